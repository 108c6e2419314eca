// Backup and restore, the same for both backends: every row of every table as JSON lines, parents
// before children, read in one repeatable-read transaction (a consistent snapshot on PostgreSQL even
// while the server writes). A restore goes into a freshly migrated, empty database, in one
// transaction, and checks the row counts the backup recorded.
import { asc, getTableColumns, getTableName, sql, type Table } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../domain/errors.ts';
import type { Database, Db } from './database.ts';
import * as schema from './schema/index.ts';

/** Every table, parents before children (the order a restore inserts in). */
export const backupTables: PgTable[] = [
  schema.clinics, schema.clinicSettings, schema.clinicChanges, schema.signInDirectory, schema.patients, schema.users, schema.authSessions, schema.invitations,
  schema.careTeamMembers, schema.episodes, schema.goals, schema.irritabilityGrades, schema.treatmentSessions, schema.checkIns, schema.flares, schema.measures,
  schema.checkpoints, schema.referrals, schema.movementAssessments, schema.programmeVersions, schema.clinicExercises, schema.checkInReads, schema.documents,
  schema.episodeSummaries, schema.episodeWrites, schema.auditEvents, schema.bulkExports, schema.smartApps, schema.oauthClients, schema.oauthRecords,
];

export const BACKUP_FORMAT = 'threshold-backup';
export type BackupLine =
  | { format: typeof BACKUP_FORMAT; version: 1; createdAt: string }
  | { table: string; row: Record<string, unknown> }
  | { end: true; counts: Record<string, number> };

const PAGE = 2_000;

function primaryKeyColumns(table: Table): PgColumn[] {
  const columns = Object.values(getTableColumns(table)) as PgColumn[];
  const keyNames = new Set(['clinicId', 'id', 'episodeId', 'checkInId', 'patientId', 'userId', 'seq', 'email', 'tokenHash']);
  const byName = Object.entries(getTableColumns(table)).filter(([name]) => keyNames.has(name)).map(([, column]) => column as PgColumn);
  return byName.length > 0 ? byName : columns;
}

/** Write every row of the database, in restore order, to `write`, ending with the row counts. */
export async function exportDatabase(database: Database, now: Date, write: (line: BackupLine) => Promise<void>): Promise<Record<string, number>> {
  await write({ format: BACKUP_FORMAT, version: 1, createdAt: now.toISOString() });
  const counts: Record<string, number> = {};
  // One snapshot for the whole backup, so rows written meanwhile cannot leave a child without its parent.
  await database.db.transaction(async (tx) => {
    for (const table of backupTables) {
      const name = getTableName(table);
      let count = 0;
      for (let offset = 0; ; offset += PAGE) {
        const rows = await (tx as unknown as Db).select().from(table).orderBy(...primaryKeyColumns(table).map((c) => asc(c))).limit(PAGE).offset(offset);
        for (const row of rows) await write({ table: name, row: row as Record<string, unknown> });
        count += rows.length;
        if (rows.length < PAGE) break;
      }
      counts[name] = count;
    }
  }, { isolationLevel: 'repeatable read' });
  await write({ end: true, counts });
  return counts;
}

/** Timestamps travel as ISO strings in JSON; the driver wants Dates back. */
function revive(table: Table, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const [name, column] of Object.entries(getTableColumns(table))) {
    if ((column as PgColumn).columnType === 'PgTimestamp' && typeof out[name] === 'string') out[name] = new Date(out[name]);
  }
  return out;
}

/** Load a backup into a migrated, empty database. Refuses a database that already holds data. */
export async function importDatabase(database: Database, lines: AsyncIterable<BackupLine>): Promise<Record<string, number>> {
  const byName = new Map(backupTables.map((table) => [getTableName(table), table]));
  return database.db.transaction(async (txAny) => {
    const tx = txAny as unknown as Db;
    for (const table of backupTables) {
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(table);
      if (Number(row?.n) > 0) throw new AppError('conflict', `the target database is not empty (table ${getTableName(table)} has rows): restore into a new data folder or database`);
    }
    let header = false;
    let expected: Record<string, number> | null = null;
    const counts: Record<string, number> = {};
    const batch = new Map<string, Record<string, unknown>[]>();
    const flush = async (name: string): Promise<void> => {
      const rows = batch.get(name);
      const table = byName.get(name);
      if (!rows || rows.length === 0 || !table) return;
      await tx.insert(table).values(rows as never);
      batch.set(name, []);
    };
    let current: string | null = null;
    for await (const line of lines) {
      if ('format' in line) {
        if (line.format !== BACKUP_FORMAT || line.version !== 1) throw new AppError('validation', 'not a Threshold backup (version 1)');
        header = true;
      } else if ('table' in line) {
        if (!header) throw new AppError('validation', 'the backup does not start with its header line');
        const table = byName.get(line.table);
        if (!table) throw new AppError('validation', `the backup names an unknown table ${line.table}`);
        if (current !== null && current !== line.table) await flush(current);
        current = line.table;
        const rows = batch.get(line.table) ?? [];
        rows.push(revive(table, line.row));
        batch.set(line.table, rows);
        counts[line.table] = (counts[line.table] ?? 0) + 1;
        if (rows.length >= 500) await flush(line.table);
      } else {
        expected = line.counts;
      }
    }
    if (current !== null) await flush(current);
    if (!expected) throw new AppError('validation', 'the backup is incomplete (no closing line): it was cut short');
    for (const [name, n] of Object.entries(expected)) {
      if ((counts[name] ?? 0) !== n) throw new AppError('validation', `the backup is damaged: table ${name} should have ${n} rows, found ${counts[name] ?? 0}`);
    }
    // Audit and change-log sequence numbers were restored as they were; new rows continue after the highest.
    await tx.execute(sql`select setval(pg_get_serial_sequence('audit_events', 'seq'), coalesce((select max(seq) from audit_events), 0) + 1, false)`);
    await tx.execute(sql`select setval(pg_get_serial_sequence('clinic_changes', 'seq'), coalesce((select max(seq) from clinic_changes), 0) + 1, false)`);
    return counts;
  }).then(async (counts) => {
    // Fresh planner statistics: without them the first queries after a bulk load plan as if tables were empty.
    await database.db.execute(sql`analyze`);
    return counts;
  });
}
