// Opening the database: PostgreSQL when a URL is given, otherwise PGlite in the data folder (or in
// memory for tests). Both give the same drizzle database type, so everything above is backend-blind.
import { mkdir } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { fileURLToPath } from 'node:url';
import { lockDataFolder, type DataFolderLock } from './lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The drizzle database both drivers share (stack notes §4: the common type needs this cast). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

interface DatabaseBase {
  db: Db;
  /** Apply every pending migration; a no-op when the schema is current. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

/** With the driver's own client, for the one thing drizzle does not do: COPY (src/store/bulk-load.ts). */
export type Database = (DatabaseBase & { kind: 'pglite'; client: PGlite }) | (DatabaseBase & { kind: 'postgres'; client: postgres.Sql });

export interface DatabaseOptions {
  /** postgres://... for PostgreSQL; absent for PGlite. */
  databaseUrl?: string | undefined;
  /** The PGlite data folder, or "memory://" for a throwaway in-memory database. */
  dataDir: string;
  /** Who opens it, written into the lock file ("threshold serve"). */
  purpose: string;
  now: Date;
  /**
   * For bulk loads (`threshold simulate`, the scale benchmark): PostgreSQL connections with Nagle's
   * algorithm off, through a socket of our own (see noDelaySocket). Other connections keep the
   * driver's socket, which knows multi-host URLs.
   */
  bulkWrites?: boolean;
  /**
   * Every statement sent to PostgreSQL, with its parameters: the statement log the clinic-scope test
   * reads (test/store/clinic-scoped-statements.test.ts). PostgreSQL only.
   */
  onStatement?: (statement: string, parameters: readonly unknown[]) => void;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Any fixed number: concurrent starts against one PostgreSQL take turns to migrate.
const MIGRATION_LOCK_KEY = 7_262_011;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.bulkWrites === true, options.onStatement) : openPglite(options);
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  let lock: DataFolderLock | null = null;
  let client: PGlite;
  if (options.dataDir === 'memory://') {
    client = await PGlite.create();
  } else {
    // PGlite does not create parent folders (stack notes §2).
    await mkdir(options.dataDir, { recursive: true });
    lock = await lockDataFolder(options.dataDir, options.purpose, options.now);
    try {
      client = await PGlite.create(join(options.dataDir, 'pglite'));
    } catch (error) {
      await lock.release();
      throw error;
    }
  }
  const driver = drizzlePglite(client, { schema });
  return {
    kind: 'pglite',
    client,
    db: driver as unknown as Db,
    migrate: () => migratePglite(driver, { migrationsFolder }),
    close: async () => {
      await client.close();
      await lock?.release();
    },
  };
}

/**
 * Connections with Nagle's algorithm off, as libpq makes them. postgres.js leaves it on, which holds
 * a small message written right behind another (a COPY's CopyDone behind its rows) until the server
 * acknowledges the first: its delayed ACK made every COPY of a bulk load take ~88 ms instead of ~1 ms.
 * postgres.js's own connect is skipped for a custom socket, so this one connects (to the first host
 * only) and names the host, which TLS reads for the server name.
 */
function noDelaySocket(options: { host: string[]; port: number[]; path: string | false }): Socket {
  const host = options.host[0];
  const socket = options.path ? connect(options.path) : connect(options.port[0] ?? 5432, host);
  socket.setNoDelay(true);
  return Object.assign(socket, { host });
}

async function openPostgres(url: string, bulkWrites: boolean, onStatement: DatabaseOptions['onStatement']): Promise<Database> {
  // `socket` is a documented option (README, "Custom socket") missing from postgres.js's types.
  const socket = bulkWrites ? { socket: noDelaySocket } : {};
  const debug = onStatement ? { debug: (_connection: number, statement: string, parameters: unknown[]) => onStatement(statement, parameters) } : {};
  const client = postgres(url, { max: 10, onnotice: () => undefined, ...socket, ...debug } as postgres.Options<Record<string, never>>);
  const driver = drizzlePostgres(client, { schema });
  return {
    kind: 'postgres',
    client,
    db: driver as unknown as Db,
    migrate: async () => {
      // An advisory lock is held per connection, so migrations run on a client of their own.
      const single = postgres(url, { max: 1, onnotice: () => undefined });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migratePostgres(drizzlePostgres(single), { migrationsFolder });
        await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      } finally {
        await single.end();
      }
    },
    close: () => client.end(),
  };
}
