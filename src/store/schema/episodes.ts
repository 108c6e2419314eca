// An episode of care and the records that hang off it (spec §3). Nested parts of a record that are
// always read and written whole (modalities of a session, answers of a screen) are jsonb typed by
// the domain's zod schemas; everything a query filters or sorts on is a column.
import {
  boolean, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique,
} from 'drizzle-orm/pg-core';
import type {
  Checkpoint, CheckIn, Episode, Goal, Intake, IrritabilityGrade, Measure, OngoingCare, Referral, Removal, Session,
} from '../../domain/records/index.ts';
import { patients } from './people.ts';

export const episodes = pgTable('episodes', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  patientId: text('patient_id').notNull(),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['active', 'graduated', 'referred', 'ongoing-care', 'discharged'] }).notNull(),
  // The day the status last changed: graduation and time-to-graduation read it.
  statusSince: date('status_since', { mode: 'string' }).notNull(),
  regions: jsonb('regions').$type<Episode['regions']>().notNull(),
  condition: text('condition').$type<Episode['condition']>().notNull(),
  complaint: text('complaint'),
  painDurationMonths: doublePrecision('pain_duration_months'),
  expectations: text('expectations'),
  intake: jsonb('intake').$type<Intake>().notNull(),
  ongoingCare: jsonb('ongoing_care').$type<OngoingCare>(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.patientId], foreignColumns: [patients.clinicId, patients.id] }),
  index('episodes_patient').on(t.clinicId, t.patientId),
  index('episodes_status').on(t.clinicId, t.status),
]);

export const goals = pgTable('goals', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  activity: text('activity').notNull(),
  measure: jsonb('measure').$type<Goal['measure']>().notNull(),
  baseline: doublePrecision('baseline').notNull(),
  target: doublePrecision('target').notNull(),
  setOn: date('set_on', { mode: 'string' }).notNull(),
  ratings: jsonb('ratings').$type<Goal['ratings']>().notNull(),
  // Set when the record was removed (who, when, why): it is kept, and the engine ignores it from that day.
  removed: jsonb('removed').$type<Removal>(),
  patterns: jsonb('patterns').$type<Goal['patterns']>().notNull().default([]),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('goals_episode').on(t.clinicId, t.episodeId),
]);

/** Irritability graded again after intake (spec §4a.1): at a session, a checkpoint, or on its own. */
export const irritabilityGrades = pgTable('irritability_grades', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  grade: text('grade').$type<IrritabilityGrade['grade']>().notNull(),
  context: text('context').$type<IrritabilityGrade['context']>().notNull(),
  contextId: text('context_id'),
  inputs: jsonb('inputs').$type<NonNullable<IrritabilityGrade['inputs']>>(),
  by: text('by'),
  note: text('note'),
  // Set when the record was removed (who, when, why): it is kept, and the engine ignores it from that day.
  removed: jsonb('removed').$type<Removal>(),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('irritability_grades_episode').on(t.clinicId, t.episodeId),
]);

export const treatmentSessions = pgTable('treatment_sessions', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  // A date or a date-time with its offset, kept as written (the engine reads the calendar day in it).
  date: text('date').notNull(),
  clinicianId: text('clinician_id'),
  modalities: jsonb('modalities').$type<Session['modalities']>().notNull(),
  responseSinceLastSession: jsonb('response').$type<NonNullable<Session['responseSinceLastSession']>>(),
  findings: jsonb('findings').$type<Session['findings']>().notNull(),
  notes: text('notes'),
  // Set when the record was removed (who, when, why): it is kept, and the engine ignores it from that day.
  removed: jsonb('removed').$type<Removal>(),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('treatment_sessions_episode').on(t.clinicId, t.episodeId),
]);

export const checkIns = pgTable('check_ins', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  date: text('date').notNull(),
  painNow: doublePrecision('pain_now').notNull(),
  goals: jsonb('goals').$type<CheckIn['goals']>().notNull(),
  reliefSinceLastSession: boolean('relief_since_last_session'),
  soreness: doublePrecision('soreness'),
  sleepQuality: doublePrecision('sleep_quality'),
  stress: doublePrecision('stress'),
  hep: text('hep', { enum: ['yes', 'partly', 'no'] }),
  // The programme's log (spec §4b): read whole with the check-in, never filtered on.
  exercises: jsonb('exercises').$type<CheckIn['exercises']>().notNull().default([]),
  morningAfter: jsonb('morning_after').$type<CheckIn['morningAfter']>().notNull().default([]),
  note: text('note'),
  // When the server received it, stamped by the server (never taken from the client); `date` is
  // when the patient made it, by the device clock with its offset. Null for check-ins stored before.
  receivedAt: timestamp('received_at', { withTimezone: true }),
  // A retried submission carries the same key: the unique index makes it count once.
  idempotencyKey: text('idempotency_key'),
  // A fingerprint of the first submission's body: the same key with a different body is refused.
  requestHash: text('request_hash'),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('check_ins_episode').on(t.clinicId, t.episodeId),
  unique('check_ins_idempotency').on(t.clinicId, t.episodeId, t.idempotencyKey),
]);

export const flares = pgTable('flares', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  start: text('start').notNull(),
  peak: text('peak'),
  peakPain: doublePrecision('peak_pain'),
  end: text('end'),
  cause: text('cause', { enum: ['new-load', 'technique-change', 'life-event', 'unknown'] }).notNull(),
  recordedBy: text('recorded_by', { enum: ['patient', 'clinician'] }).notNull(),
  // Set when the record was removed (who, when, why): it is kept, and the engine ignores it from that day.
  removed: jsonb('removed').$type<Removal>(),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('flares_episode').on(t.clinicId, t.episodeId),
]);

export const measures = pgTable('measures', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  instrument: text('instrument').$type<Measure['instrument']>().notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  score: doublePrecision('score').notNull(),
  subscales: jsonb('subscales').$type<Record<string, number>>(),
  band: text('band'),
  answers: jsonb('answers').$type<(number | null)[]>(),
  removed: jsonb('removed').$type<Removal>(),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('measures_episode').on(t.clinicId, t.episodeId),
]);

export const checkpoints = pgTable('checkpoints', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  decision: jsonb('decision').$type<NonNullable<Checkpoint['decision']>>(),
  // The engine's assessment as it was when the checkpoint was held: never recomputed.
  assessment: jsonb('assessment').$type<unknown>(),
  // The clinic settings version that assessment was made under (null: held before clinics had settings).
  settingsVersion: integer('settings_version'),
  // Set when the record was removed (who, when, why): it is kept, and the engine ignores it from that day.
  removed: jsonb('removed').$type<Removal>(),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('checkpoints_episode').on(t.clinicId, t.episodeId),
]);

export const referrals = pgTable('referrals', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  to: jsonb('to').$type<Referral['to']>().notNull(),
  reason: text('reason').notNull(),
  summary: text('summary'),
  overlapStart: date('overlap_start', { mode: 'string' }),
  overlapEnd: date('overlap_end', { mode: 'string' }),
  status: text('status', { enum: ['proposed', 'active', 'completed', 'cancelled'] }).notNull(),
  // Set when the record was removed (who, when, why): it is kept, and the engine ignores it from that day.
  removed: jsonb('removed').$type<Removal>(),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('referrals_episode').on(t.clinicId, t.episodeId),
]);
