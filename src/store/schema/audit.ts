// Audit events: who did what to which record, when (spec §3, §7). Append-only: a trigger in the
// migration 0001 raises on UPDATE, DELETE and TRUNCATE, so not even the application can rewrite them.
import { bigserial, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { clinics } from './global.ts';

/**
 * What a change did: the changed fields before and after (an edit), and the reason (a removal). Only
 * the fields that changed are kept, so the row says what was corrected without copying the record.
 */
export interface AuditDetail {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  reason?: string;
}

export const auditEvents = pgTable('audit_events', {
  clinicId: text('clinic_id').notNull().references(() => clinics.id),
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorUserId: text('actor_user_id').notNull(),
  actorRole: text('actor_role').notNull(),
  // refused: access to a record the policy did not allow (issue 15), in its own transaction.
  action: text('action', {
    enum: ['read', 'create', 'update', 'remove', 'sign-in', 'sign-out', 'sign-in-failed', 'locked', 'refused', 'invite', 'set-password', 'deactivate', 'reactivate', 'end-sessions'],
  }).notNull(),
  recordType: text('record_type').notNull(),
  recordId: text('record_id').notNull(),
  // The patient whose data it is, when it is patient data.
  patientId: text('patient_id'),
  detail: jsonb('detail').$type<AuditDetail>(),
  // The SMART app (its client id) the user acted through, when an app did it.
  appId: text('app_id'),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.seq] }),
  index('audit_events_patient').on(t.clinicId, t.patientId),
  // What changed after an instant (a bulk export's _since reads the writes of the audit log).
  index('audit_events_at').on(t.clinicId, t.at),
]);
