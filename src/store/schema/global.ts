// Tables that are not owned by one clinic. With Citus these become reference (or local) tables: a
// sign-in arrives with an email or a token and no clinic, so these are how the clinic is found.
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const clinics = pgTable('clinics', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  // The clinic's own day (spec §4a.6): an IANA time zone name, checked with Intl before it is written.
  // A new clinic takes the server's zone; clinics that existed before this column take UTC, the day
  // they were already given.
  timeZone: text('time_zone').notNull().default('UTC'),
  // Edits of the name and time zone carry the version they read (409 when stale).
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** email -> (clinic, user): sign-in finds the clinic from the email alone. */
export const signInDirectory = pgTable('sign_in_directory', {
  email: text('email').primaryKey(),
  clinicId: text('clinic_id').notNull(),
  userId: text('user_id').notNull(),
});
