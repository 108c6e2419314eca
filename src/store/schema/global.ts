// Tables that are not owned by one clinic. With Citus these become reference (or local) tables: a
// sign-in arrives with an email or a token and no clinic, so these are how the clinic is found.
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const clinics = pgTable('clinics', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** email -> (clinic, user): sign-in finds the clinic from the email alone. */
export const signInDirectory = pgTable('sign_in_directory', {
  email: text('email').primaryKey(),
  clinicId: text('clinic_id').notNull(),
  userId: text('user_id').notNull(),
});
