// Bundled wording (only for instruments free to embed) and the choice of which wording to show.
import type { InstrumentCode } from '../../records/instrument-codes.ts';
import type { InstrumentWording } from '../wording-file.ts';
import { fabqWording } from './fabq.ts';
import { gad2Wording, phq2Wording } from './mood.ts';
import { nprsWording, pegWording, psfsWording } from './pain.ts';

export const bundledWording: Readonly<Partial<Record<InstrumentCode, InstrumentWording>>> = {
  nprs: nprsWording,
  peg: pegWording,
  psfs: psfsWording,
  'phq-2': phq2Wording,
  'gad-2': gad2Wording,
  fabq: fabqWording,
};

/**
 * The wording to show for an instrument: the clinic's own (loaded under its licence) first, so a clinic
 * may also replace Threshold's paraphrase with the original text; then the bundled wording; else null,
 * and the instrument is offered as structure and scoring only.
 */
export function wordingFor(code: InstrumentCode, clinicWording: readonly InstrumentWording[] = []): InstrumentWording | null {
  return clinicWording.find((w) => w.instrument === code) ?? bundledWording[code] ?? null;
}
