// Opening the database: PostgreSQL when a URL is given, otherwise PGlite in the data folder (or in
// memory for tests). Both give the same drizzle database type, so everything above is backend-blind.
import { mkdir } from 'node:fs/promises';
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

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Apply every pending migration; a no-op when the schema is current. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... for PostgreSQL; absent for PGlite. */
  databaseUrl?: string | undefined;
  /** The PGlite data folder, or "memory://" for a throwaway in-memory database. */
  dataDir: string;
  /** Who opens it, written into the lock file ("threshold serve"). */
  purpose: string;
  now: Date;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Any fixed number: concurrent starts against one PostgreSQL take turns to migrate.
const MIGRATION_LOCK_KEY = 7_262_011;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options);
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
    db: driver as unknown as Db,
    migrate: () => migratePglite(driver, { migrationsFolder }),
    close: async () => {
      await client.close();
      await lock?.release();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const client = postgres(url, { max: 10, onnotice: () => undefined });
  const driver = drizzlePostgres(client, { schema });
  return {
    kind: 'postgres',
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
