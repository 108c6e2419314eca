// The only surface the other layers import from the domain.
export * from './records/index.ts';
export * from './settings/index.ts';
export * from './errors.ts';
export * from './engine/index.ts';
export * from './measures/index.ts';
export * from './screens/index.ts';
export * from './guidelines/index.ts';
export * from './evidence/index.ts';
export * from './imaging/index.ts';
export * from './conversations/index.ts';
export * from './documents/index.ts';
export * from './labels.ts';
export * from './exercises/index.ts';
