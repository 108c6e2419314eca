export { assess } from './assess.ts';
export { explainAssessment } from './explain.ts';
export { describeDose } from './programme/dose.ts';
export type * from './assessment.ts';
