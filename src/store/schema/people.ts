// Users, patients and care teams. Every tenant table carries clinic_id first in its primary key and
// in each foreign key, so that Citus can distribute by clinic_id and keep joins on one shard (spec §8).
import {
  boolean, date, foreignKey, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique,
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
  passwordHash: text('password_hash').notNull(),
  // A patient's sign-in is tied to their patient record; null for staff.
  patientId: text('patient_id'),
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
