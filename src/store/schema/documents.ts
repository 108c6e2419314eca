// The record of documents made (spec §6, Documents): every progress report, referral letter and
// graduation summary a clinic has handed over, with the PDF itself, so that what left the building
// can be shown again exactly as it was and listed in the patient's FHIR record (DocumentReference).
// The same document made twice (same episode, kind and bytes: same records on the same day) is kept
// once; every making is still in the audit log.
import { date, foreignKey, integer, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { documentKinds } from '../../domain/documents/model.ts';
import { episodes } from './episodes.ts';

export const documents = pgTable('documents', {
  clinicId: text('clinic_id').notNull(),
  id: text('id').notNull(),
  episodeId: text('episode_id').notNull(),
  patientId: text('patient_id').notNull(),
  kind: text('kind', { enum: documentKinds }).notNull(),
  // The referral a referral letter is about.
  referralId: text('referral_id'),
  // The day the document speaks of (the engine's as-of day).
  asOf: date('as_of', { mode: 'string' }).notNull(),
  title: text('title').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  // SHA-1 of the bytes, base64: what a FHIR Attachment carries as its hash.
  sha1: text('sha1').notNull(),
  // The PDF, base64 (text travels unchanged through both drivers and the JSON-lines backup).
  content: text('content').notNull(),
  madeBy: text('made_by').notNull(),
  madeAt: timestamp('made_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  // Also the index of an episode's documents (its first two columns).
  unique('documents_same_bytes').on(t.clinicId, t.episodeId, t.kind, t.sha1),
]);
