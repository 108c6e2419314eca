// SMART on FHIR use-cases: the clinic's apps, authorizing them, and what their tokens may do.
export * from './manage-apps.ts';
export * from './authorize-app.ts';
export * from './oauth-storage.ts';
