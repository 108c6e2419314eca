// Row counts and full contents of every table: "nothing was written" and "the round trip lost
// nothing" are checked by comparing them before and after.
import { asc, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { backupTables, type Database } from '../../src/store/index.ts';

export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of backupTables) {
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(table);
    counts[getTableName(table)] = Number(row?.n ?? -1);
  }
  return counts;
}

/** Every row of every table, sorted by all its columns, as JSON (dates as ISO strings). */
export async function tableContents(database: Database): Promise<Record<string, string[]>> {
  const contents: Record<string, string[]> = {};
  for (const table of backupTables) {
    const columns = Object.values(getTableColumns(table)) as PgColumn[];
    const rows = await database.db.select().from(table).orderBy(...columns.filter((c) => c.columnType !== 'PgJsonb').map((c) => asc(c)));
    contents[getTableName(table)] = rows.map((row) => JSON.stringify(row));
  }
  return contents;
}
