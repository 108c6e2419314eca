// Every instrument Threshold scores, by code. The `satisfies` makes a missing code a type error.
import { AppError } from '../../errors.ts';
import type { InstrumentCode } from '../../records/instrument-codes.ts';
import type { InstrumentDefinition } from '../instrument.ts';
import { fabq } from './fabq.ts';
import { gad2 } from './gad-2.ts';
import { isi } from './isi.ts';
import { ndi } from './ndi.ts';
import { nprs } from './nprs.ts';
import { odi } from './odi.ts';
import { peg } from './peg.ts';
import { phq2 } from './phq-2.ts';
import { psfs } from './psfs.ts';
import { startBack } from './start-back.ts';
import { tsk11 } from './tsk-11.ts';

export const instruments: Readonly<Record<InstrumentCode, InstrumentDefinition>> = {
  nprs, peg, psfs, odi, ndi, 'start-back': startBack, 'tsk-11': tsk11, fabq, 'phq-2': phq2, 'gad-2': gad2, isi,
};

/** True when `code` names an instrument Threshold scores. */
export function isInstrumentCode(code: string): code is InstrumentCode {
  return Object.hasOwn(instruments, code);
}

/** The definition of an instrument, or a validation error listing the known codes. */
export function instrumentDefinition(code: string): InstrumentDefinition {
  if (!isInstrumentCode(code)) {
    throw new AppError('validation', `unknown instrument "${code}"; known instruments: ${Object.keys(instruments).join(', ')}`, [
      { path: 'instrument', message: `unknown instrument "${code}"` },
    ]);
  }
  return instruments[code];
}
