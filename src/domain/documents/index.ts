// Documents a clinic hands over (spec §6): pure composition from the case file and the assessment to
// a document model; the renderer (src/documents) draws it.
export * from './model.ts';
export { composeProgressReport } from './progress-report.ts';
export { composeReferralLetter } from './referral-letter.ts';
export { composeGraduationSummary, graduationSummaryAvailable } from './graduation-summary.ts';
export { programmeFromRecords, type ProgrammeSource, type SelfManagementProgramme } from './self-management.ts';
export { measureReadings, type MeasureReading } from './goals-and-measures.ts';
