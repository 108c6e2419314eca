// Episodes of one clinic. Their caseload summaries and the clinic-level reads are in episode-summaries.ts.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Episode, Intake, OngoingCare } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { staleVersion } from './errors.ts';
import { toRecord } from './rows.ts';
import { episodes } from './schema/index.ts';

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

export function toEpisode(row: typeof episodes.$inferSelect): StoredEpisode {
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

  /** The episodes of several patients, by patient then as listForPatient orders them. */
  async listForPatients(patientIds: readonly string[]): Promise<StoredEpisode[]> {
    if (patientIds.length === 0) return [];
    const rows = await this.db.select().from(episodes)
      .where(and(eq(episodes.clinicId, this.clinicId), inArray(episodes.patientId, [...patientIds])))
      .orderBy(asc(episodes.patientId), asc(episodes.startDate), asc(episodes.id));
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
    throw staleVersion('episode', current.version, version);
  }
}
