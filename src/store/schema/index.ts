// The whole database schema: one definition for PGlite and PostgreSQL, and the source of the
// migrations (drizzle-kit generate reads this file).
export * from './global.ts';
export * from './clinic-settings.ts';
export * from './people.ts';
export * from './episodes.ts';
export * from './active-phase.ts';
export * from './derived.ts';
export * from './notes.ts';
export * from './audit.ts';
export * from './documents.ts';
export * from './exports.ts';
export * from './smart.ts';
