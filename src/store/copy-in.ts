// COPY ... FROM STDIN of several tables in one transaction, on each backend: all the tables or none.
// The tables are copied in the order given, so every key a row names was written before it.
import type { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Writable } from 'node:stream';
import type { CopyTable } from './copy-text.ts';

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const copyStatement = (table: CopyTable, source: string): string =>
  `copy ${quote(table.name)} (${table.columns.map(quote).join(', ')}) from ${source}`;

/** PGlite has no client socket to stream into: the rows go in as a blob it reads as /dev/blob. */
export async function copyInPglite(client: PGlite, tables: readonly CopyTable[]): Promise<void> {
  await client.transaction(async (tx) => {
    for (const table of tables) {
      if (table.rows > 0) await tx.query(copyStatement(table, "'/dev/blob'"), [], { blob: new Blob([table.data]) });
    }
  });
}

/**
 * postgres.js 3.4.9 streams COPY data, with two traps worked around here. A COPY the server rejects
 * after the last row was sent (a foreign key, a duplicate key) never finishes its writable, and the
 * error goes only to the query's promise, which has already settled on the writable
 * (porsager/postgres#1173): so the query's rejection is watched (its `reject`, a driver internal:
 * postgres is pinned), and it is that error which aborts the transaction and reaches the caller. And a finished writable is destroyed with a CopyFail message, which the server
 * ignores between statements but which fails the next COPY if that one is already under way: so
 * each COPY is waited on to its close before the next one starts.
 */
export async function copyInPostgres(sql: postgres.Sql, tables: readonly CopyTable[]): Promise<void> {
  await sql.begin(async (tx) => {
    for (const table of tables) {
      if (table.rows === 0) continue;
      const query = tx.unsafe(copyStatement(table, 'stdin'));
      const rejected = new Promise<never>((_, fail) => {
        const internal = query as unknown as { reject: (error: unknown) => void };
        const reject = internal.reject;
        internal.reject = (error) => {
          fail(error);
          reject(error);
        };
      });
      // An error before the COPY began rejects writable() itself; this copy of it is not needed then.
      rejected.catch(() => undefined);
      await Promise.race([rejected, query.writable().then((stream) => send(stream, table.data))]);
    }
  });
}

/** Write the rows, end the COPY (the driver sends CopyDone) and wait for the stream to close. */
function send(stream: Writable, data: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.once('close', resolve);
    stream.end(data);
  });
}
