// Questionnaires for the intake (issue 5): the instruments Threshold scores, as data the web app can
// render, and live scoring of a response before it is saved. Neither touches patient data, so neither
// opens a transaction nor writes an audit event; both are for staff only, like the intake itself.
import {
  instrumentDefinition, instruments, scoreInstrument, wordingFor,
  type Answer, type InstrumentDefinition, type InstrumentScore, type InstrumentWording,
} from '../domain/index.ts';
import type { Actor } from './context.ts';
import { enforce, type Decision } from './policies/index.ts';

// Clinicians answer questionnaires with patients; admins may look at what the clinic offers.
const canUseInstruments = (actor: Actor): Decision => (actor.role === 'clinician' || actor.role === 'admin' ? 'allow' : 'deny');

export interface InstrumentItemView {
  id: string;
  label: string;
  min: number;
  max: number;
  /** The item's wording and labelled answers, only where the wording is bundled (free to embed). */
  text?: string;
  options?: { value: number; text: string }[];
}

export interface InstrumentView {
  code: InstrumentDefinition['code'];
  name: string;
  reference: string;
  items: InstrumentItemView[];
  answerCount: InstrumentDefinition['answerCount'];
  direction: InstrumentDefinition['direction'];
  scoreRange: InstrumentDefinition['scoreRange'];
  unit: InstrumentDefinition['unit'];
  bands: { code: string; label: string }[];
  licence: InstrumentDefinition['licence'];
  /** Text shown before the items, where the wording is bundled. */
  instructions?: string;
}

function viewOf(definition: InstrumentDefinition, wording: InstrumentWording | null): InstrumentView {
  const items = definition.items.map((item): InstrumentItemView => {
    const worded = wording?.items.find((w) => w.id === item.id);
    return {
      id: item.id, label: item.label, min: item.min, max: item.max,
      ...(worded === undefined ? {} : { text: worded.text }),
      ...(worded?.options === undefined ? {} : { options: worded.options }),
    };
  });
  const bands = definition.bands === null ? [] : [
    ...definition.bands.rules.map(({ code, label }) => ({ code, label })), definition.bands.otherwise,
  ].filter((band, i, all) => all.findIndex((b) => b.code === band.code) === i);
  return {
    code: definition.code, name: definition.name, reference: definition.reference, items,
    answerCount: definition.answerCount, direction: definition.direction, scoreRange: definition.scoreRange, unit: definition.unit,
    bands, licence: definition.licence,
    ...(wording?.instructions === undefined ? {} : { instructions: wording.instructions }),
  };
}

/** Every instrument Threshold scores, with its items; wording only where Threshold bundles it. */
export function listInstruments(actor: Actor): InstrumentView[] {
  enforce(canUseInstruments(actor), 'use the questionnaires');
  return Object.values(instruments).map((definition) => viewOf(definition, wordingFor(definition.code)));
}

/** Score one response live (nothing is saved). Bad answers throw a validation AppError naming the item. */
export function scoreResponse(actor: Actor, code: string, answers: readonly Answer[]): InstrumentScore {
  enforce(canUseInstruments(actor), 'use the questionnaires');
  instrumentDefinition(code); // an unknown instrument is reported before its answers
  return scoreInstrument(code, answers);
}
