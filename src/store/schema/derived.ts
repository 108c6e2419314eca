// What the caseload reads: each episode's latest assessment in brief, recomputed in the same
// transaction as every write to the episode (so it is never older than the last write). Time-driven
// facts (is the checkpoint overdue today?) are worked out at read time from the stored dates.
import { date, foreignKey, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { FlagCode, Phase, SideStatus } from '../../domain/records/index.ts';

/** One line of the guideline audit (Lin et al. 2020) as the outcomes page counts it. */
export interface StoredAuditItem {
  id: number;
  status: 'met' | 'not-met' | 'not-applicable';
}
import { episodes } from './episodes.ts';

export const episodeSummaries = pgTable('episode_summaries', {
  clinicId: text('clinic_id').notNull(),
  episodeId: text('episode_id').notNull(),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  phase: text('phase').$type<Phase>().notNull(),
  sideStatuses: jsonb('side_statuses').$type<SideStatus[]>().notNull(),
  flags: jsonb('flags').$type<FlagCode[]>().notNull(),
  reliefWindowTrend: text('relief_window_trend').$type<'growing' | 'stable' | 'shrinking' | 'unknown'>().notNull(),
  nextCheckpoint: date('next_checkpoint', { mode: 'string' }).notNull(),
  guidelineAudit: jsonb('guideline_audit').$type<StoredAuditItem[]>().notNull().default([]),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.episodeId] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
]);
