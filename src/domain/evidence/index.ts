// The treatment evidence catalogue (guideline positions by condition category) and the escalation ladder.
export * from './treatments.ts';
export * from './sources.ts';
export type { GuidelinePosition } from './position.ts';
export * from './disagreements.ts';
export * from './catalogue.ts';
export * from './escalation.ts';
