// The active phase (spec §4b): movement assessments and the programme's versions hang off an
// episode; a clinic's own exercises belong to the clinic. Programme versions are append-only (a
// change is a new version with who, when and why), so they carry no edit version. The parts read
// whole (ratings, the programme's items, an exercise's definition) are jsonb typed by the domain.
import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Exercise, MovementAssessment, ProgrammeVersion } from '../../domain/records/index.ts';
import { episodes } from './episodes.ts';
import { clinics } from './global.ts';

export const movementAssessments = pgTable('movement_assessments', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  context: text('context').$type<MovementAssessment['context']>().notNull(),
  skippedReason: text('skipped_reason'),
  ratings: jsonb('ratings').$type<MovementAssessment['ratings']>().notNull(),
  by: text('by'),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('movement_assessments_episode').on(t.clinicId, t.episodeId),
]);

export const programmeVersions = pgTable('programme_versions', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  by: text('by').notNull(),
  reason: text('reason').notNull(),
  items: jsonb('items').$type<ProgrammeVersion['items']>().notNull(),
  // An ISO date-time as the server stamped it (kept as text, like session dates: the engine reads it as written).
  recordedAt: text('recorded_at'),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('programme_versions_episode').on(t.clinicId, t.episodeId),
]);

export const clinicExercises = pgTable('clinic_exercises', {
  clinicId: text('clinic_id').notNull().references(() => clinics.id),
  id: text('id').notNull(),
  definition: jsonb('definition').$type<Exercise>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.clinicId, t.id] })]);
