// Which check-in notes a clinician has read (issue 18, item 5). A note is read once a clinician of the
// patient's care team has had it on screen on the patient page (any clinician while the patient has no
// care team); the first such reading is kept, one row per check-in. The caseload's "unread note"
// marker is the check-ins with a note and no row here.
import { foreignKey, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { checkIns, episodes } from './episodes.ts';

export const checkInReads = pgTable('check_in_reads', {
  clinicId: text('clinic_id').notNull(),
  checkInId: text('check_in_id').notNull(),
  episodeId: text('episode_id').notNull(),
  readBy: text('read_by').notNull(),
  readAt: timestamp('read_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.checkInId] }),
  foreignKey({ columns: [t.clinicId, t.checkInId], foreignColumns: [checkIns.clinicId, checkIns.id] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
  index('check_in_reads_episode').on(t.clinicId, t.episodeId),
]);
