// The instruments Threshold scores (definitions and scoring live in src/domain/measures).
export const instrumentCodes = [
  'nprs', 'peg', 'psfs', 'odi', 'ndi', 'start-back', 'tsk-11', 'fabq', 'phq-2', 'gad-2', 'isi',
] as const;
export type InstrumentCode = (typeof instrumentCodes)[number];
