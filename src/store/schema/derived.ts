// What the caseload reads: each episode's latest assessment in brief. A write to an episode counts
// itself in episode_writes (in its own transaction, holding that row's lock until it commits); a
// summary remembers the count it was computed from. A summary whose count is behind is stale, and
// the clinic-wide reads recompute it before they show it (issue 4: the check-in no longer runs the
// engine). Time-driven facts (is the checkpoint overdue today?) are worked out at read time.
import { bigint, date, foreignKey, integer, jsonb, pgTable, primaryKey, real, text, timestamp } from 'drizzle-orm/pg-core';
import type { FlagCode, Phase, SideStatus } from '../../domain/records/index.ts';

/** The caseload's count of the engine's advice over the programme's exercises. */
export interface ProgrammeAdviceCounts {
  progress: number;
  hold: number;
  regress: number;
}

/** One line of the guideline audit (Lin et al. 2020) as the outcomes page counts it. */
export interface StoredAuditItem {
  id: number;
  status: 'met' | 'not-met' | 'not-applicable';
}

/** A flag with its first reason, one line as the engine wrote it, and how many more reasons it has. */
export interface StoredFlagReason {
  code: FlagCode;
  text: string;
  more: number;
}

/** A check-in note in brief: which check-in, the day it was made, the start of its text. */
export interface StoredNote {
  checkInId: string;
  date: string;
  text: string;
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
  // The last sessions' relief days (oldest first) and the mean goal progress, for the caseload's
  // sparkline and goal column. relief_windows is null only in summaries saved before it was added:
  // the caseload takes those for stale and recomputes them. goal_progress is null without goals.
  reliefWindows: jsonb('relief_windows').$type<(number | null)[]>(),
  goalProgress: real('goal_progress'),
  guidelineAudit: jsonb('guideline_audit').$type<StoredAuditItem[]>().notNull().default([]),
  // The caseload as a today list (issue 18, item 9): each flag's first reason in the engine's words,
  // the last day active care was given in blended or active-dominant care, and the check-in notes
  // no clinician of the care team has read yet (the newest of them in brief). flag_reasons is null only
  // in summaries saved before it was added: the caseload takes those for stale and recomputes them.
  flagReasons: jsonb('flag_reasons').$type<StoredFlagReason[]>(),
  lastActiveCareOn: date('last_active_care_on', { mode: 'string' }),
  unreadNotes: integer('unread_notes').notNull().default(0),
  latestUnreadNote: jsonb('latest_unread_note').$type<StoredNote>(),
  // How many exercises of the programme the engine advises to progress, hold or regress (spec §4b); null without a programme.
  programmeAdvice: jsonb('programme_advice').$type<ProgrammeAdviceCounts>(),
  // The episode_writes count this summary was computed from: behind the count means stale.
  writesSeen: bigint('writes_seen', { mode: 'number' }).notNull().default(0),
  // The clinic settings version it was assessed under: a summary of another version is stale (a
  // settings change makes the clinic's summaries stale, and no other clinic's). Summaries written
  // before clinics had settings were assessed under the defaults, which is version 1.
  settingsVersion: integer('settings_version').notNull().default(1),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.episodeId] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
]);

/**
 * How many writes each episode has had. Kept apart from the summary so a write can count itself
 * with one small upsert whether or not a summary exists yet; an episode with no row has had none
 * since this table was added (summaries written before then were fresh when written).
 */
export const episodeWrites = pgTable('episode_writes', {
  clinicId: text('clinic_id').notNull(),
  episodeId: text('episode_id').notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.clinicId, t.episodeId] }),
  foreignKey({ columns: [t.clinicId, t.episodeId], foreignColumns: [episodes.clinicId, episodes.id] }),
]);
