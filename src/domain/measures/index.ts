// Measures: instruments as data, one scorer, and item wording (bundled or loaded under licence).
export type * from './instrument.ts';
export { licenceTerms } from './instrument.ts';
export { instruments, instrumentDefinition, isInstrumentCode } from './instruments/index.ts';
export { scoreInstrument, itemPoints, type InstrumentScore } from './score.ts';
export { checkAnswers, type Answer } from './answers.ts';
export { changePoints } from './change.ts';
export {
  instrumentWordingSchema, wordingItemSchema, wordingOptionSchema, loadInstrumentWording, type InstrumentWording,
} from './wording-file.ts';
export { bundledWording, wordingFor } from './wording/index.ts';
