// One repository shape for every record that belongs to an episode (goals, irritability grades,
// sessions, check-ins, flares, measures, checkpoints, referrals, movement assessments, programme
// versions). Every statement is filtered by the clinic the scope was
// built with: this file and clinic-scope.ts are the only places tenant rows are read or written.
import { and, asc, eq, getTableColumns, inArray, sql, type Table } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type {
  Checkpoint, CheckIn, Flare, Goal, IrritabilityGrade, Measure, MovementAssessment, ProgrammeVersion, Referral, Removal, Session,
} from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { staleVersion } from './errors.ts';
import { replacementRow, toRecord } from './rows.ts';
import {
  checkIns, checkpoints, flares, goals, irritabilityGrades, measures, movementAssessments, programmeVersions, referrals, treatmentSessions,
} from './schema/index.ts';

export const episodeRecordTables = {
  goal: goals,
  'irritability-grade': irritabilityGrades,
  session: treatmentSessions,
  'check-in': checkIns,
  flare: flares,
  measure: measures,
  checkpoint: checkpoints,
  referral: referrals,
  'movement-assessment': movementAssessments,
  'programme-version': programmeVersions,
} as const;

/** What each kind of record looks like to the layers above. */
export interface EpisodeRecordTypes {
  goal: Goal;
  'irritability-grade': IrritabilityGrade;
  session: Session;
  'check-in': CheckIn;
  flare: Flare;
  measure: Measure & { id: string };
  checkpoint: Checkpoint;
  referral: Referral;
  'movement-assessment': MovementAssessment;
  'programme-version': ProgrammeVersion;
}
export type EpisodeRecordKind = keyof EpisodeRecordTypes;

/** A stored record: the domain record, the episode it belongs to, and its version for edits. */
export type Stored<R> = R & { episodeId: string; version: number };

// The columns every episode-record table has; `version` is absent on the append-only ones.
type AnyEpisodeTable = typeof goals;

const instantColumnsOf = new Map<Table, string[]>();
/** The timestamp columns of a table (read once per table). */
function instantColumns(table: Table): string[] {
  let found = instantColumnsOf.get(table);
  if (!found) {
    found = Object.entries(getTableColumns(table)).filter(([, column]) => column.columnType === 'PgTimestamp').map(([key]) => key);
    instantColumnsOf.set(table, found);
  }
  return found;
}

// Rows per multi-row INSERT: a statement's parameters stay far below PostgreSQL's 65,535 (records
// have fewer than 30 columns).
const INSERT_CHUNK = 500;

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
    // An instant column (a check-in's receivedAt) is an ISO string in the record, as the case file has it.
    const record = toRecord<Record<string, unknown>>(row);
    for (const [key, value] of Object.entries(record)) if (value instanceof Date) record[key] = value.toISOString();
    return { ...(record as EpisodeRecordTypes[K]), episodeId: row.episodeId as string, version: (row.version as number | undefined) ?? 1 };
  }

  /** The record's fields as the driver wants them: an instant column takes a Date. */
  private toRow(record: Record<string, unknown>): Record<string, unknown> {
    const row = { ...record };
    for (const key of instantColumns(this.table)) if (typeof row[key] === 'string') row[key] = new Date(row[key]);
    return row;
  }

  async insert(episodeId: string, record: EpisodeRecordTypes[K], extra: Record<string, unknown> = {}): Promise<Stored<EpisodeRecordTypes[K]>> {
    const row = { ...this.toRow(record as Record<string, unknown>), ...extra, clinicId: this.clinicId, episodeId };
    const [inserted] = await this.db.insert(this.table).values(row as never).returning();
    if (!inserted) throw new AppError('internal', `${this.kind} was not written`);
    return this.stored(inserted);
  }

  /**
   * Insert many records of one episode (an import): multi-row INSERTs of up to INSERT_CHUNK rows, not
   * a round trip per record. Nothing is read back.
   */
  async insertMany(episodeId: string, records: readonly EpisodeRecordTypes[K][]): Promise<void> {
    const rows = records.map((record) => ({ ...this.toRow(record as Record<string, unknown>), clinicId: this.clinicId, episodeId }));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await this.db.insert(this.table).values(rows.slice(start, start + INSERT_CHUNK) as never);
    }
  }

  /** Insert unless a row with the same unique key exists; null when it did (nothing written). */
  async insertUnlessExists(episodeId: string, record: EpisodeRecordTypes[K], extra: Record<string, unknown>): Promise<Stored<EpisodeRecordTypes[K]> | null> {
    const row = { ...this.toRow(record as Record<string, unknown>), ...extra, clinicId: this.clinicId, episodeId };
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
   * version is a conflict and changes nothing; an unknown id is not-found. The removal marker is not
   * the edit's to change: it stays as stored (see remove).
   */
  async replace(id: string, version: number, record: EpisodeRecordTypes[K]): Promise<Stored<EpisodeRecordTypes[K]>> {
    const row = replacementRow(this.table, this.toRow(record as Record<string, unknown>), ['clinicId', 'id', 'episodeId', 'version', 'idempotencyKey', 'requestHash', 'removed']);
    return this.updateAt(id, version, row);
  }

  /** Mark a record removed (who, when, why) if its version is still `version`; the row itself stays. */
  async remove(id: string, version: number, removal: Removal): Promise<Stored<EpisodeRecordTypes[K]>> {
    return this.updateAt(id, version, { removed: removal });
  }

  private async updateAt(id: string, version: number, set: Record<string, unknown>): Promise<Stored<EpisodeRecordTypes[K]>> {
    const [updated] = await this.db.update(this.table)
      .set({ ...set, version: sql`${this.table.version} + 1` } as never)
      .where(and(eq(this.table.clinicId, this.clinicId), eq(this.table.id, id), eq(this.table.version, version)))
      .returning();
    if (updated) return this.stored(updated);
    const current = await this.get(id);
    if (!current) throw new AppError('not-found', `no ${this.kind} ${id}`);
    throw staleVersion(this.kind, current.version, version);
  }
}

