// Bulk writes for `threshold simulate` and the scale benchmark (issue 6): a clinic's rows by the
// hundred, as multi-row inserts (stack notes §2-§4: ~500 rows a statement is where the rate levels
// off), one transaction per batch of patients. Like the clinic scope, every row is stamped here with
// the one clinic id the batch is written for, so a bulk load cannot put rows in another clinic.
// The rows are written as given: checking them (the case-file schema) is the caller's job.
import { getTableColumns, sql, type Table } from 'drizzle-orm';
import type { Database, Db } from './database.ts';
import {
  auditEvents, careTeamMembers, checkIns, checkpoints, clinics, episodes, episodeSummaries, flares, goals, measures, patients,
  referrals, signInDirectory, treatmentSessions, users,
} from './schema/index.ts';

type Row<T extends Table> = Omit<T['$inferInsert'], 'clinicId'>;

/** One batch of a clinic's rows. The lists are written in this order, so every key a row names exists. */
export interface BulkBatch {
  patients: Row<typeof patients>[];
  users: Row<typeof users>[];
  careTeam: Row<typeof careTeamMembers>[];
  episodes: Row<typeof episodes>[];
  goals: Row<typeof goals>[];
  sessions: Row<typeof treatmentSessions>[];
  checkIns: Row<typeof checkIns>[];
  flares: Row<typeof flares>[];
  measures: Row<typeof measures>[];
  checkpoints: Row<typeof checkpoints>[];
  referrals: Row<typeof referrals>[];
  summaries: Row<typeof episodeSummaries>[];
  audit: Row<typeof auditEvents>[];
}

export const emptyBatch = (): BulkBatch => ({
  patients: [], users: [], careTeam: [], episodes: [], goals: [], sessions: [], checkIns: [], flares: [], measures: [],
  checkpoints: [], referrals: [], summaries: [], audit: [],
});

const order = [
  ['patients', patients], ['users', users], ['careTeam', careTeamMembers], ['episodes', episodes], ['goals', goals],
  ['sessions', treatmentSessions], ['checkIns', checkIns], ['flares', flares], ['measures', measures],
  ['checkpoints', checkpoints], ['referrals', referrals], ['summaries', episodeSummaries], ['audit', auditEvents],
] as const satisfies readonly (readonly [keyof BulkBatch, Table])[];

export function batchRows(batch: BulkBatch): number {
  return order.reduce((sum, [name]) => sum + batch[name].length, 0);
}

export interface BulkLoader {
  /** A new clinic with its staff (and their sign-in directory entries), in one transaction. */
  createClinic: (clinic: { id: string; name: string; createdAt: Date }, staff: Row<typeof users>[]) => Promise<void>;
  /** Every row of the batch for this clinic, in one transaction; the number of rows written. */
  write: (clinicId: string, batch: BulkBatch) => Promise<number>;
}

// Each statement's rows travel as one jsonb text: a cap keeps it to a few megabytes.
const MAX_ROWS_PER_INSERT = 5000;

/**
 * One statement for many rows, with the rows as ONE jsonb parameter that the database unpacks
 * (jsonb_populate_recordset): measured 2-3x faster than a VALUES list with a parameter per field,
 * where building the statement and binding thousands of parameters dominate. Only the columns some
 * row sets are named, so the others take their defaults (version 1, the audit sequence).
 */
function insertJson(tx: Db, table: Table, rows: Record<string, unknown>[]): PromiseLike<unknown> {
  const columns = getTableColumns(table);
  const used = new Set<string>();
  const json = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      const column = columns[key];
      if (!column || value === undefined) continue;
      used.add(column.name);
      out[column.name] = value instanceof Date ? value.toISOString() : value;
    }
    return out;
  });
  const names = sql.join([...used].map((name) => sql.identifier(name)), sql`, `);
  return tx.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)`);
}

/**
 * The statements of a transaction are issued together and awaited once: on PostgreSQL they are
 * pipelined on the transaction's connection (executed in issue order, so foreign keys hold) while
 * this process goes on simulating the next batch.
 */
async function insertAll(tx: Db, lists: { table: Table; rows: Record<string, unknown>[] }[], rowsPerInsert: number): Promise<void> {
  const statements: PromiseLike<unknown>[] = [];
  for (const { table, rows } of lists) {
    for (let i = 0; i < rows.length; i += rowsPerInsert) statements.push(insertJson(tx, table, rows.slice(i, i + rowsPerInsert)));
  }
  await Promise.all(statements);
}

export function createBulkLoader(database: Database, rowsPerInsert = 500): BulkLoader {
  const size = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, rowsPerInsert));
  return {
    createClinic: (clinic, staff) => database.db.transaction(async (tx) => {
      await tx.insert(clinics).values(clinic);
      await insertAll(tx as unknown as Db, [
        { table: users, rows: staff.map((u) => ({ ...u, clinicId: clinic.id })) },
        { table: signInDirectory, rows: staff.map((u) => ({ email: u.email.toLowerCase(), clinicId: clinic.id, userId: u.id })) },
      ], size);
    }),
    write: (clinicId, batch) => database.db.transaction(async (tx) => {
      await insertAll(tx as unknown as Db, order.map(([name, table]) => ({
        table, rows: (batch[name] as Record<string, unknown>[]).map((row) => ({ ...row, clinicId })),
      })), size);
      return batchRows(batch);
    }),
  };
}
