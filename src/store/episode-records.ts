// One repository shape for every record that belongs to an episode (goals, sessions, check-ins,
// flares, measures, checkpoints, referrals). Every statement is filtered by the clinic the scope was
// built with: this file and clinic-scope.ts are the only places tenant rows are read or written.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type {
  Checkpoint, CheckIn, Flare, Goal, Measure, Referral, Session,
} from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { replacementRow, toRecord } from './rows.ts';
import { checkIns, checkpoints, flares, goals, measures, referrals, treatmentSessions } from './schema/index.ts';

export const episodeRecordTables = {
  goal: goals,
  session: treatmentSessions,
  'check-in': checkIns,
  flare: flares,
  measure: measures,
  checkpoint: checkpoints,
  referral: referrals,
} as const;

/** What each kind of record looks like to the layers above. */
export interface EpisodeRecordTypes {
  goal: Goal;
  session: Session;
  'check-in': CheckIn;
  flare: Flare;
  measure: Measure & { id: string };
  checkpoint: Checkpoint;
  referral: Referral;
}
export type EpisodeRecordKind = keyof EpisodeRecordTypes;

/** A stored record: the domain record, the episode it belongs to, and its version for edits. */
export type Stored<R> = R & { episodeId: string; version: number };

// The columns every episode-record table has; `version` is absent on the append-only ones.
type AnyEpisodeTable = typeof goals;

export class EpisodeRecords<K extends EpisodeRecordKind> {
  private readonly table: AnyEpisodeTable;

  constructor(
    private readonly db: Db,
    private readonly clinicId: string,
    readonly kind: K,
  ) {
    this.table = episodeRecordTables[kind] as unknown as AnyEpisodeTable;
  }

  private stored(row: Record<string, unknown>): Stored<EpisodeRecordTypes[K]> {
    return { ...toRecord<EpisodeRecordTypes[K]>(row), episodeId: row.episodeId as string, version: (row.version as number | undefined) ?? 1 };
  }

  async insert(episodeId: string, record: EpisodeRecordTypes[K], extra: Record<string, unknown> = {}): Promise<Stored<EpisodeRecordTypes[K]>> {
    const row = { ...record, ...extra, clinicId: this.clinicId, episodeId };
    const [inserted] = await this.db.insert(this.table).values(row as never).returning();
    if (!inserted) throw new AppError('internal', `${this.kind} was not written`);
    return this.stored(inserted);
  }

  /** Insert unless a row with the same unique key exists; null when it did (nothing written). */
  async insertUnlessExists(episodeId: string, record: EpisodeRecordTypes[K], extra: Record<string, unknown>): Promise<Stored<EpisodeRecordTypes[K]> | null> {
    const row = { ...record, ...extra, clinicId: this.clinicId, episodeId };
    const [inserted] = await this.db.insert(this.table).values(row as never).onConflictDoNothing().returning();
    return inserted ? this.stored(inserted) : null;
  }

  async get(id: string): Promise<Stored<EpisodeRecordTypes[K]> | null> {
    const [row] = await this.db.select().from(this.table)
      .where(and(eq(this.table.clinicId, this.clinicId), eq(this.table.id, id)));
    return row ? this.stored(row) : null;
  }

  /** The row matching a column value within the clinic, e.g. a check-in by idempotency key. */
  async findBy(episodeId: string, column: 'idempotencyKey', value: string): Promise<(Stored<EpisodeRecordTypes[K]> & { requestHash?: string }) | null> {
    const table = this.table as unknown as typeof checkIns;
    const [row] = await this.db.select().from(table)
      .where(and(eq(table.clinicId, this.clinicId), eq(table.episodeId, episodeId), eq(table[column], value)));
    if (!row) return null;
    return { ...this.stored(row), ...(row.requestHash ? { requestHash: row.requestHash } : {}) };
  }

  async list(episodeId: string): Promise<Stored<EpisodeRecordTypes[K]>[]> {
    const rows = await this.db.select().from(this.table)
      .where(and(eq(this.table.clinicId, this.clinicId), eq(this.table.episodeId, episodeId)))
      .orderBy(asc(this.table.id));
    return rows.map((row) => this.stored(row));
  }

  async listForEpisodes(episodeIds: string[]): Promise<Stored<EpisodeRecordTypes[K]>[]> {
    if (episodeIds.length === 0) return [];
    const rows = await this.db.select().from(this.table)
      .where(and(eq(this.table.clinicId, this.clinicId), inArray(this.table.episodeId, episodeIds)))
      .orderBy(asc(this.table.episodeId), asc(this.table.id));
    return rows.map((row) => this.stored(row));
  }

  /**
   * Replace a record if its stored version is still `version` (optimistic concurrency). A stale
   * version is a conflict and changes nothing; an unknown id is not-found.
   */
  async replace(id: string, version: number, record: EpisodeRecordTypes[K]): Promise<Stored<EpisodeRecordTypes[K]>> {
    const row = replacementRow(this.table, record as Record<string, unknown>, ['clinicId', 'id', 'episodeId', 'version', 'idempotencyKey', 'requestHash']);
    const [updated] = await this.db.update(this.table)
      .set({ ...row, version: sql`${this.table.version} + 1` } as never)
      .where(and(eq(this.table.clinicId, this.clinicId), eq(this.table.id, id), eq(this.table.version, version)))
      .returning();
    if (updated) return this.stored(updated);
    const current = await this.get(id);
    if (!current) throw new AppError('not-found', `no ${this.kind} ${id}`);
    throw new AppError('conflict', `the ${this.kind} was changed by someone else (version ${current.version}, yours ${version}): reload and try again`,
      [{ path: 'version', message: `current version is ${current.version}` }]);
  }
}
