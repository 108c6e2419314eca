// Caseload summaries of one clinic's episodes, and the clinic-wide reads over them (issue 4).
//
// How a summary is known to be fresh, on PostgreSQL (read committed) and PGlite alike:
// - every write to an episode counts itself in episode_writes (countWrite) inside its transaction;
//   the upsert holds that row's lock until commit, so the writes to one episode are counted in the
//   order they commit;
// - a summary is saved with the count it was computed from (writesSeen), and never over a summary
//   computed from a greater count, so a slow computation cannot overwrite a newer one;
// - whoever computes a summary reads the count before the records: every statement after sees every
//   commit before it, so the records hold at least the counted writes. A write that commits in
//   between is counted above writesSeen and the summary stays stale (recomputed at the next read).
// - a summary also remembers the clinic settings version it was assessed under; the reads are given
//   the clinic's current version, and a summary of another version is stale too (spec §4a.5: a
//   settings change makes the clinic's summaries stale, and no other clinic's).
// The reads here hand out only fresh summaries: a stale or missing one comes back as null with its
// episode listed in `stale`, for the service to recompute. No caller can take a stale one for fresh.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Episode, FlagCode, Phase, SideStatus } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { toEpisode, type StoredEpisode } from './episodes.ts';
import type { StoredPatient } from './people.ts';
import { toRecord } from './rows.ts';
import {
  episodes, episodeSummaries, episodeWrites, patients, type ProgrammeAdviceCounts, type StoredAuditItem, type StoredFlagReason, type StoredNote,
} from './schema/index.ts';

export interface EpisodeSummary {
  episodeId: string;
  asOf: string;
  phase: Phase;
  sideStatuses: SideStatus[];
  flags: FlagCode[];
  reliefWindowTrend: 'growing' | 'stable' | 'shrinking' | 'unknown';
  nextCheckpoint: string;
  /** Relief days after each of the last sessions (at most 12), oldest first; null where none was known. */
  reliefWindows: (number | null)[];
  /** Mean progress toward the goals, 0 at baseline and 1 at target; null without a measured goal. */
  goalProgress: number | null;
  guidelineAudit: StoredAuditItem[];
  /** The clinic settings version it was assessed under. */
  settingsVersion: number;
  /** Each flag's first reason, in the engine's words. */
  flagReasons: StoredFlagReason[];
  /** In blended or active-dominant care: the last day active care was given (or the phase began, if later); else null. */
  lastActiveCareOn: string | null;
  /** Check-in notes no clinician of the care team has read yet, and the newest of them. */
  unreadNotes: number;
  latestUnreadNote: StoredNote | null;
  /** The engine's advice over the programme's exercises, counted; null without a programme. */
  programmeAdvice: ProgrammeAdviceCounts | null;
}

export interface CaseloadRow {
  patientId: string;
  patientName: string | null;
  episodeId: string;
  status: Episode['status'];
  startDate: string;
  /** Null while the summary is stale or missing: the episode is then in `stale`. */
  summary: Omit<EpisodeSummary, 'guidelineAudit' | 'settingsVersion'> | null;
}

export interface OutcomeRow {
  id: string;
  status: Episode['status'];
  startDate: string;
  statusSince: string;
  /** Null while the summary is stale or missing: the episode is then in `stale`. */
  phase: Phase | null;
  flags: FlagCode[] | null;
  goalProgress: number | null;
  guidelineAudit: StoredAuditItem[] | null;
}

/** An episode whose summary must be recomputed, with the write count to compute it from. */
export interface StaleSummary {
  episodeId: string;
  writes: number;
}

/** What a summary is computed from: the episode and its patient (the records are read by kind). */
export interface SummarySource {
  episode: StoredEpisode;
  patient: StoredPatient;
}

const writes = sql<number>`coalesce(${episodeWrites.count}, 0)`.mapWith(Number);
// Fresh: a summary exists, no write was counted after the one it was computed from, and it was
// assessed under the clinic's current settings.
const fresh = (settingsVersion: number): SQL => sql`(${episodeSummaries.episodeId} is not null and coalesce(${episodeWrites.count}, 0) <= ${episodeSummaries.writesSeen} and ${episodeSummaries.settingsVersion} = ${settingsVersion})`;

export class EpisodeSummaries {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  private joinWrites(): SQL | undefined {
    return and(eq(episodeWrites.clinicId, episodes.clinicId), eq(episodeWrites.episodeId, episodes.id));
  }

  private joinSummary(): SQL | undefined {
    return and(eq(episodeSummaries.clinicId, episodes.clinicId), eq(episodeSummaries.episodeId, episodes.id));
  }

  /** Count a write to the episode; the new count. Call it in the write's transaction. */
  async countWrite(episodeId: string): Promise<number> {
    const [row] = await this.db.insert(episodeWrites).values({ clinicId: this.clinicId, episodeId, count: 1 })
      .onConflictDoUpdate({ target: [episodeWrites.clinicId, episodeWrites.episodeId], set: { count: sql`${episodeWrites.count} + 1` } })
      .returning({ count: episodeWrites.count });
    if (!row) throw new AppError('internal', 'the write to the episode was not counted');
    return row.count;
  }

  /** Save summaries computed from `writesSeen`; one already computed from a later count is kept. */
  async save(summaries: (EpisodeSummary & { writesSeen: number })[], now: Date): Promise<void> {
    if (summaries.length === 0) return;
    // In episode order, so two readers refreshing overlapping sets lock the rows in the same order.
    const rows = [...summaries].sort((a, b) => (a.episodeId < b.episodeId ? -1 : a.episodeId > b.episodeId ? 1 : 0))
      .map((summary) => ({ ...summary, clinicId: this.clinicId, computedAt: now }));
    const excluded = (column: string): SQL => sql.raw(`excluded.${column}`);
    await this.db.insert(episodeSummaries).values(rows).onConflictDoUpdate({
      target: [episodeSummaries.clinicId, episodeSummaries.episodeId],
      set: {
        asOf: excluded('as_of'), phase: excluded('phase'), sideStatuses: excluded('side_statuses'), flags: excluded('flags'),
        reliefWindowTrend: excluded('relief_window_trend'), nextCheckpoint: excluded('next_checkpoint'),
        reliefWindows: excluded('relief_windows'), goalProgress: excluded('goal_progress'),
        guidelineAudit: excluded('guideline_audit'), flagReasons: excluded('flag_reasons'), lastActiveCareOn: excluded('last_active_care_on'),
        unreadNotes: excluded('unread_notes'), latestUnreadNote: excluded('latest_unread_note'), programmeAdvice: excluded('programme_advice'),
        writesSeen: excluded('writes_seen'), settingsVersion: excluded('settings_version'), computedAt: excluded('computed_at'),
      },
      // Settings versions only grow, so of two summaries from the same writes the later settings win.
      setWhere: sql`(${episodeSummaries.writesSeen}, ${episodeSummaries.settingsVersion}) <= (excluded.writes_seen, excluded.settings_version)`,
    });
  }

  /** Every episode in care (active or ongoing care) with its patient and its summary if fresh under these settings: one query. */
  async caseload(settingsVersion: number): Promise<{ rows: CaseloadRow[]; stale: StaleSummary[] }> {
    const found = await this.db
      .select({
        patientId: patients.id, patientName: patients.name, episodeId: episodes.id, status: episodes.status, startDate: episodes.startDate,
        asOf: episodeSummaries.asOf, phase: episodeSummaries.phase, sideStatuses: episodeSummaries.sideStatuses, flags: episodeSummaries.flags,
        reliefWindowTrend: episodeSummaries.reliefWindowTrend, nextCheckpoint: episodeSummaries.nextCheckpoint,
        reliefWindows: episodeSummaries.reliefWindows, goalProgress: episodeSummaries.goalProgress, programmeAdvice: episodeSummaries.programmeAdvice,
        flagReasons: episodeSummaries.flagReasons, lastActiveCareOn: episodeSummaries.lastActiveCareOn,
        unreadNotes: episodeSummaries.unreadNotes, latestUnreadNote: episodeSummaries.latestUnreadNote,
        writes, fresh: sql<boolean>`${fresh(settingsVersion)}`.mapWith(Boolean),
      })
      .from(episodes)
      .innerJoin(patients, and(eq(patients.clinicId, episodes.clinicId), eq(patients.id, episodes.patientId)))
      .leftJoin(episodeSummaries, this.joinSummary())
      .leftJoin(episodeWrites, this.joinWrites())
      .where(and(eq(episodes.clinicId, this.clinicId), inArray(episodes.status, ['active', 'ongoing-care'])))
      .orderBy(asc(patients.name), asc(episodes.id));
    const stale: StaleSummary[] = [];
    const rows = found.map(({
      asOf, phase, sideStatuses, flags, reliefWindowTrend, nextCheckpoint, reliefWindows, goalProgress, programmeAdvice, flagReasons, lastActiveCareOn, unreadNotes,
      latestUnreadNote, writes: count, fresh: isFresh, ...row
    }) => {
      // A summary saved before relief_windows or flag_reasons existed lacks them: recompute it like a stale one.
      if (!isFresh || asOf === null || phase === null || sideStatuses === null || flags === null || reliefWindowTrend === null || nextCheckpoint === null
        || reliefWindows === null || flagReasons === null || unreadNotes === null) {
        stale.push({ episodeId: row.episodeId, writes: count });
        return { ...row, summary: null };
      }
      return {
        ...row,
        summary: {
          episodeId: row.episodeId, asOf, phase, sideStatuses, flags, reliefWindowTrend, nextCheckpoint, reliefWindows, goalProgress, programmeAdvice, flagReasons,
          lastActiveCareOn, unreadNotes, latestUnreadNote,
        },
      };
    });
    return { rows, stale };
  }

  /** Every episode of the clinic with its summary flags and guideline audit if fresh under these settings, for clinic outcomes. */
  async outcomeRows(settingsVersion: number): Promise<{ rows: OutcomeRow[]; stale: StaleSummary[] }> {
    const found = await this.db
      .select({
        id: episodes.id, status: episodes.status, startDate: episodes.startDate, statusSince: episodes.statusSince,
        phase: episodeSummaries.phase, flags: episodeSummaries.flags, goalProgress: episodeSummaries.goalProgress,
        guidelineAudit: episodeSummaries.guidelineAudit, writes, fresh: sql<boolean>`${fresh(settingsVersion)}`.mapWith(Boolean),
      })
      .from(episodes)
      .leftJoin(episodeSummaries, this.joinSummary())
      .leftJoin(episodeWrites, this.joinWrites())
      .where(eq(episodes.clinicId, this.clinicId));
    const stale: StaleSummary[] = [];
    const rows = found.map(({ writes: count, fresh: isFresh, ...row }) => {
      if (isFresh) return row;
      stale.push({ episodeId: row.id, writes: count });
      return { ...row, phase: null, flags: null, goalProgress: null, guidelineAudit: null };
    });
    return { rows, stale };
  }

  /** Which of these episodes have a stale (or no) summary under these settings, with their write counts: one query. */
  async staleAmong(episodeIds: string[], settingsVersion: number): Promise<StaleSummary[]> {
    if (episodeIds.length === 0) return [];
    const found = await this.db
      .select({ episodeId: episodes.id, writes, fresh: sql<boolean>`${fresh(settingsVersion)}`.mapWith(Boolean) })
      .from(episodes)
      .leftJoin(episodeSummaries, this.joinSummary())
      .leftJoin(episodeWrites, this.joinWrites())
      .where(and(eq(episodes.clinicId, this.clinicId), inArray(episodes.id, episodeIds)));
    return found.filter((row) => !row.fresh).map(({ episodeId, writes: count }) => ({ episodeId, writes: count }));
  }

  /** The episodes and their patients, for recomputing their summaries: one query. */
  async sources(episodeIds: string[]): Promise<SummarySource[]> {
    if (episodeIds.length === 0) return [];
    const found = await this.db.select().from(episodes)
      .innerJoin(patients, and(eq(patients.clinicId, episodes.clinicId), eq(patients.id, episodes.patientId)))
      .where(and(eq(episodes.clinicId, this.clinicId), inArray(episodes.id, episodeIds)));
    return found.map((row) => {
      const { createdAt: _created, ...patient } = row.patients;
      return { episode: toEpisode(row.episodes), patient: toRecord<StoredPatient>(patient) };
    });
  }
}
