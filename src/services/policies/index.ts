// Every access rule of Threshold, as small named functions. Use-cases call them through the gates
// in ../access.ts; no endpoint decides access on its own.
export * from './decision.ts';
export * from './clinic.ts';
export * from './patient-record.ts';
export * from './documents.ts';
