// Users, patients and care teams. Every tenant table carries clinic_id first in its primary key and
// in each foreign key, so that Citus can distribute by clinic_id and keep joins on one shard (spec §8).
import {
  boolean, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique,
} from 'drizzle-orm/pg-core';
import { clinics } from './global.ts';

export const roleEnum = pgEnum('role', ['admin', 'clinician', 'patient']);

export const patients = pgTable('patients', {
  clinicId: text('clinic_id').notNull().references(() => clinics.id),
  id: text('id').notNull(),
  name: text('name'),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  sex: text('sex', { enum: ['female', 'male', 'other', 'unknown'] }).notNull(),
  contact: text('contact'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.clinicId, t.id] })]);

export const users = pgTable('users', {
  clinicId: text('clinic_id').notNull().references(() => clinics.id),
  id: text('id').notNull(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: roleEnum('role').notNull(),
  discipline: text('discipline'),
  // Null until the person sets a password from their invitation (issue 15).
  passwordHash: text('password_hash'),
  // A patient's sign-in is tied to their patient record; null for staff.
  patientId: text('patient_id'),
  // A deactivated user cannot sign in and has no sessions; their records and audit trail stay.
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  // Sign-in lockout per account (spec §7, issue 15): failures since the last success, and until when
  // the account refuses every password after too many of them.
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  unique('users_clinic_email').on(t.clinicId, t.email),
  foreignKey({ columns: [t.clinicId, t.patientId], foreignColumns: [patients.clinicId, patients.id] }),
]);

export const careTeamMembers = pgTable('care_team_members', {
  clinicId: text('clinic_id').notNull(),
  patientId: text('patient_id').notNull(),
  userId: text('user_id').notNull(),
  discipline: text('discipline').notNull(),
  lead: boolean('lead').notNull().default(false),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.patientId, t.userId] }),
  foreignKey({ columns: [t.clinicId, t.patientId], foreignColumns: [patients.clinicId, patients.id] }),
  foreignKey({ columns: [t.clinicId, t.userId], foreignColumns: [users.clinicId, users.id] }),
]);

/**
 * Sign-in sessions, one clinic's each (issue 15: a tenant table, so every lookup is a router query
 * on Citus). The token a client holds names its clinic and carries a secret; only the token's SHA-256
 * is kept, so a copy of the database signs no one in. `id` is what a person sees and ends.
 */
export const authSessions = pgTable('auth_sessions', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  userId: text('user_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  csrfToken: text('csrf_token').notNull(),
  // The browser or client that signed in (its User-Agent, cut short), to tell the sessions apart.
  client: text('client'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  unique('auth_sessions_token').on(t.clinicId, t.tokenHash),
  foreignKey({ columns: [t.clinicId, t.userId], foreignColumns: [users.clinicId, users.id] }),
  index('auth_sessions_user').on(t.clinicId, t.userId),
]);

/**
 * Invitations: a single-use link that lets a person set their password (their first, or a new one
 * after an admin resends it). Only the token's SHA-256 is kept; it expires, is used once, and is
 * replaced when a new one is sent.
 */
export const invitations = pgTable('invitations', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  userId: text('user_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  // Set when a newer invitation replaced it or the user was deactivated.
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  unique('invitations_token').on(t.clinicId, t.tokenHash),
  foreignKey({ columns: [t.clinicId, t.userId], foreignColumns: [users.clinicId, users.id] }),
  index('invitations_user').on(t.clinicId, t.userId),
]);
