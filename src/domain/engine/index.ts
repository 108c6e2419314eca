export { assess } from './assess.ts';
export { explainAssessment } from './explain.ts';
export type * from './assessment.ts';
