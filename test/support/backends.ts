// The backends every contract suite runs on: PGlite in memory always, PostgreSQL when
// TEST_DATABASE_URL is set (.ci/run sets it). Each test makes its own clinic, so suites share one
// database without truncating and in any order.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/store/index.ts';

/** What a test may ask of the connection: bulk writes for the bulk-load suite, the statement log for the clinic-scope suite. */
type OpenOptions = Pick<DatabaseOptions, 'bulkWrites' | 'onStatement'>;

export interface Backend {
  name: 'pglite' | 'postgres';
  open: (options?: OpenOptions) => Promise<Database>;
}

export const backends: Backend[] = [
  { name: 'pglite', open: () => openDatabase({ dataDir: 'memory://', purpose: 'test', now: new Date() }) },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'postgres' as const, open: (options: OpenOptions = {}) => openDatabase({ ...options, databaseUrl: process.env.TEST_DATABASE_URL, dataDir: 'unused', purpose: 'test', now: new Date() }) }]
    : []),
];

/**
 * A backend on a database of its own: a new in-memory PGlite, or a new PostgreSQL database beside the
 * test database (for tests that read whole tables, which other test files write at the same time).
 */
export function isolated(backend: Backend): Backend & { drop: () => Promise<void> } {
  if (backend.name === 'pglite') return { ...backend, drop: async () => undefined };
  const base = new URL(process.env.TEST_DATABASE_URL ?? '');
  const name = `threshold_t_${randomBytes(6).toString('hex')}`;
  const admin = (): ReturnType<typeof postgres> => postgres(base.toString(), { max: 1, onnotice: () => undefined });
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    open: async (options: OpenOptions = {}) => {
      const sql = admin();
      await sql.unsafe(`create database ${name}`);
      await sql.end();
      return openDatabase({ ...options, databaseUrl: url.toString(), dataDir: 'unused', purpose: 'test', now: new Date() });
    },
    drop: async () => {
      const sql = admin();
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}

/** Open and migrate a backend for one test file. */
export async function openMigrated(backend: Backend): Promise<Database> {
  const database = await backend.open();
  await database.migrate();
  return database;
}
