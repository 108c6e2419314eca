// Screens at intake: red flags for serious pathology, irritability, the psychosocial picture.
export * from './red-flag-items.ts';
export * from './red-flags.ts';
export * from './irritability.ts';
export * from './psychosocial.ts';
export * from './red-flag-regions.ts';
export * from './red-flag-completeness.ts';
