// Each clinic's own settings (spec §4a.5): the overrides of the catalogue's defaults, versioned, and
// the append-only log of every change to them (and to the clinic's name and time zone) with the old
// and the new value. A clinic without a row runs on the defaults at version 1.
import { bigserial, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { clinics } from './global.ts';

export const clinicSettings = pgTable('clinic_settings', {
  clinicId: text('clinic_id').notNull().references(() => clinics.id),
  // Every saved change adds one; an edit must send the version it read (409 when stale).
  version: integer('version').notNull(),
  // Setting name -> value, only where the clinic differs from the default.
  overrides: jsonb('overrides').$type<Record<string, number>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
}, (t) => [primaryKey({ columns: [t.clinicId] })]);

/**
 * One row per value changed: a setting (old and new effective values, numbers) or a clinic field
 * (`timeZone`, `name`: strings). Append-only like the audit log (migration trigger): the history of
 * the numbers a clinic's assessments ran on cannot be rewritten.
 */
export const clinicChanges = pgTable('clinic_changes', {
  clinicId: text('clinic_id').notNull(),
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorUserId: text('actor_user_id').notNull(),
  // 'setting' (version is the settings version it made) or 'clinic' (the clinic row's version).
  kind: text('kind', { enum: ['setting', 'clinic'] }).notNull(),
  key: text('key').notNull(),
  oldValue: jsonb('old_value').$type<number | string>().notNull(),
  newValue: jsonb('new_value').$type<number | string>().notNull(),
  version: integer('version').notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.seq] }),
  foreignKey({ columns: [t.clinicId], foreignColumns: [clinics.id] }),
]);
