// SMART App Launch (issue 16): the apps a clinic registers, the directory that finds an app's clinic
// from its client id alone (a token request names no clinic), and what the authorization server
// (oidc-provider) keeps between requests: authorization codes, access tokens, grants, interactions,
// sessions, EHR launch contexts, its signing keys. Those records carry no clinic in their key: like
// sign-in sessions they arrive with an opaque id; the clinic is inside, where the services read it.
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { clinics } from './global.ts';

export const smartApps = pgTable('smart_apps', {
  clinicId: text('clinic_id').notNull().references(() => clinics.id),
  // The OAuth client_id.
  id: text('id').notNull(),
  name: text('name').notNull(),
  redirectUris: jsonb('redirect_uris').$type<string[]>().notNull(),
  // The scopes the clinic allows the app (a request may ask for fewer).
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  // Where an EHR launch opens the app (with ?iss=...&launch=...); null for standalone-only apps.
  launchUrl: text('launch_url'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.clinicId, t.id] })]);

/** client_id -> clinic: the token and authorization endpoints find the app's clinic from its id. */
export const oauthClients = pgTable('oauth_clients', {
  clientId: text('client_id').primaryKey(),
  clinicId: text('clinic_id').notNull(),
});

/** The authorization server's records (oidc-provider's adapter contract: model, id, payload, indexes). */
export const oauthRecords = pgTable('oauth_records', {
  model: text('model').notNull(),
  id: text('id').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  grantId: text('grant_id'),
  uid: text('uid'),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  consumedAt: timestamp('consumed_at', { withTimezone: true }),
}, (t) => [
  primaryKey({ columns: [t.model, t.id] }),
  index('oauth_records_grant').on(t.grantId),
  index('oauth_records_uid').on(t.uid),
  index('oauth_records_expiry').on(t.expiresAt),
]);
