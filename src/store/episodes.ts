// Episodes of one clinic, their caseload summaries, and the clinic-level reads over them.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Episode, FlagCode, Intake, OngoingCare, Phase, SideStatus } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { toRecord } from './rows.ts';
import { episodes, episodeSummaries, patients, type StoredAuditItem } from './schema/index.ts';

export interface StoredEpisode extends Episode {
  id: string;
  patientId: string;
  statusSince: string;
  intake: Intake;
  ongoingCare: OngoingCare | null;
  version: number;
}

/** The columns of an episode an edit may change. */
export type EpisodeChanges = Partial<Omit<StoredEpisode, 'id' | 'patientId' | 'version'>>;

export interface EpisodeSummary {
  episodeId: string;
  asOf: string;
  phase: Phase;
  sideStatuses: SideStatus[];
  flags: FlagCode[];
  reliefWindowTrend: 'growing' | 'stable' | 'shrinking' | 'unknown';
  nextCheckpoint: string;
  guidelineAudit: StoredAuditItem[];
}

export interface CaseloadRow {
  patientId: string;
  patientName: string | null;
  episodeId: string;
  status: Episode['status'];
  startDate: string;
  summary: Omit<EpisodeSummary, 'guidelineAudit'> | null;
}

function toEpisode(row: typeof episodes.$inferSelect): StoredEpisode {
  const { createdAt: _created, ongoingCare, ...rest } = row;
  return { ...toRecord<StoredEpisode>(rest), ongoingCare: ongoingCare ?? null };
}

export class Episodes {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  async insert(episode: Omit<StoredEpisode, 'version'>, now: Date): Promise<StoredEpisode> {
    const [row] = await this.db.insert(episodes).values({ ...episode, clinicId: this.clinicId, createdAt: now }).returning();
    if (!row) throw new AppError('internal', 'episode was not written');
    return toEpisode(row);
  }

  async get(id: string): Promise<StoredEpisode | null> {
    const [row] = await this.db.select().from(episodes).where(and(eq(episodes.clinicId, this.clinicId), eq(episodes.id, id)));
    return row ? toEpisode(row) : null;
  }

  async listForPatient(patientId: string): Promise<StoredEpisode[]> {
    const rows = await this.db.select().from(episodes)
      .where(and(eq(episodes.clinicId, this.clinicId), eq(episodes.patientId, patientId)))
      .orderBy(asc(episodes.startDate), asc(episodes.id));
    return rows.map(toEpisode);
  }

  /** Change an episode if its version is still `version`; 409 when stale, 404 when unknown. */
  async update(id: string, version: number, changes: EpisodeChanges): Promise<StoredEpisode> {
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(changes)) set[key] = value === undefined ? null : value;
    const [row] = await this.db.update(episodes).set({ ...set, version: sql`${episodes.version} + 1` })
      .where(and(eq(episodes.clinicId, this.clinicId), eq(episodes.id, id), eq(episodes.version, version))).returning();
    if (row) return toEpisode(row);
    const current = await this.get(id);
    if (!current) throw new AppError('not-found', `no episode ${id}`);
    throw new AppError('conflict', `the episode was changed by someone else (version ${current.version}, yours ${version}): reload and try again`,
      [{ path: 'version', message: `current version is ${current.version}` }]);
  }

  async saveSummary(summary: EpisodeSummary, now: Date): Promise<void> {
    const row = { ...summary, clinicId: this.clinicId, computedAt: now };
    await this.db.insert(episodeSummaries).values(row).onConflictDoUpdate({
      target: [episodeSummaries.clinicId, episodeSummaries.episodeId],
      set: { ...summary, computedAt: now },
    });
  }

  /** Every episode in care (active or ongoing care) with its patient and its latest summary: one query. */
  async caseload(): Promise<CaseloadRow[]> {
    const rows = await this.db
      .select({
        patientId: patients.id, patientName: patients.name, episodeId: episodes.id, status: episodes.status, startDate: episodes.startDate,
        asOf: episodeSummaries.asOf, phase: episodeSummaries.phase, sideStatuses: episodeSummaries.sideStatuses, flags: episodeSummaries.flags,
        reliefWindowTrend: episodeSummaries.reliefWindowTrend, nextCheckpoint: episodeSummaries.nextCheckpoint,
      })
      .from(episodes)
      .innerJoin(patients, and(eq(patients.clinicId, episodes.clinicId), eq(patients.id, episodes.patientId)))
      .leftJoin(episodeSummaries, and(eq(episodeSummaries.clinicId, episodes.clinicId), eq(episodeSummaries.episodeId, episodes.id)))
      .where(and(eq(episodes.clinicId, this.clinicId), inArray(episodes.status, ['active', 'ongoing-care'])))
      .orderBy(asc(patients.name), asc(episodes.id));
    return rows.map(({ asOf, phase, sideStatuses, flags, reliefWindowTrend, nextCheckpoint, ...row }) => ({
      ...row,
      summary: asOf !== null && phase !== null && sideStatuses !== null && flags !== null && reliefWindowTrend !== null && nextCheckpoint !== null
        ? { episodeId: row.episodeId, asOf, phase, sideStatuses, flags, reliefWindowTrend, nextCheckpoint }
        : null,
    }));
  }

  /** Every episode of the clinic with its summary flags, for clinic outcomes. */
  async outcomeRows(): Promise<{ id: string; status: Episode['status']; startDate: string; statusSince: string; flags: FlagCode[] | null; guidelineAudit: StoredAuditItem[] | null }[]> {
    return this.db
      .select({ id: episodes.id, status: episodes.status, startDate: episodes.startDate, statusSince: episodes.statusSince, flags: episodeSummaries.flags, guidelineAudit: episodeSummaries.guidelineAudit })
      .from(episodes)
      .leftJoin(episodeSummaries, and(eq(episodeSummaries.clinicId, episodes.clinicId), eq(episodeSummaries.episodeId, episodes.id)))
      .where(eq(episodes.clinicId, this.clinicId));
  }
}
