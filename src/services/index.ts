// The use-cases: what the REST API, the CLI, and later FHIR and the simulator call.
export * from './context.ts';
export { createSignInLimiter, type SignInLimiter } from './sign-in-limiter.ts';
export * from './sign-in.ts';
export * from './manage-users.ts';
export * from './manage-patients.ts';
export * from './manage-episodes.ts';
export * from './record-episode-records.ts';
export * from './record-check-in.ts';
export * from './rate-goal.ts';
export * from './hold-checkpoint.ts';
export * from './clinic-views.ts';
export type { StoredCaseFile } from './case-file.ts';
export * from './imaging-context.ts';
export * from './export-patient-history.ts';
export * from './import-patient-history.ts';
export * from './act-as-user.ts';
export * from './load-demo-clinic.ts';
