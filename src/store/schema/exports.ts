// Bulk Data exports (FHIR Bulk Data Access v2, issue 16): one row per export a user started, with
// what was asked, how far it has got, and the files it wrote. The files themselves are on disk
// (the export folder); the row says who may read them and until when.
import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { clinics } from './global.ts';
import { users } from './people.ts';

/** One NDJSON file of an export: one resource type, its line count. */
export interface ExportFile {
  type: string;
  file: string;
  count: number;
}

export const bulkExports = pgTable('bulk_exports', {
  clinicId: text('clinic_id').notNull().references(() => clinics.id),
  id: text('id').notNull(),
  // Who started it: the only user who may poll it, cancel it and read its files.
  userId: text('user_id').notNull(),
  level: text('level', { enum: ['system', 'patient'] }).notNull(),
  // The kick-off request's URL, as the manifest repeats it.
  request: text('request').notNull(),
  types: jsonb('types').$type<string[]>(),
  since: timestamp('since', { withTimezone: true }),
  status: text('status', { enum: ['in-progress', 'complete', 'failed', 'cancelled', 'expired'] }).notNull(),
  patientsDone: integer('patients_done').notNull().default(0),
  patientsTotal: integer('patients_total').notNull().default(0),
  transactionTime: timestamp('transaction_time', { withTimezone: true }).notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  output: jsonb('output').$type<ExportFile[]>().notNull().default([]),
  error: text('error'),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.userId], foreignColumns: [users.clinicId, users.id] }),
]);
