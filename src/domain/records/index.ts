export * from './case-file.ts';
export * from './instrument-codes.ts';
export * from './modalities.ts';
export * from './primitives.ts';
export * from './vocabulary.ts';
export type * from './reason.ts';
export * from './active-phase.ts';
