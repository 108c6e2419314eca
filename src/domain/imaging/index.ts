// Imaging findings in age context: the surface the rest of the domain and the other layers use.
export { contextualiseImaging, imagingContextSource } from './contextualise-imaging.ts';
export type { ImagingContext, ImagingFinding, PhysicianReviewItem } from './contextualise-imaging.ts';
export { brinjikji2015, degenerativeFindingKeys } from './brinjikji-2015.ts';
export type { AgePrevalenceRow, DegenerativeFindingKey } from './brinjikji-2015.ts';
export { agePrevalence, prevalenceCertainties } from './prevalence.ts';
export type { AgePrevalence, PrevalenceCertainty } from './prevalence.ts';
export { physicianReviewCodes } from './serious-findings.ts';
export type { PhysicianReviewCode } from './serious-findings.ts';
