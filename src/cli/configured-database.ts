// The database a command works on: the one the environment configures (PostgreSQL when DATABASE_URL
// is set, else the embedded database in THRESHOLD_DATA), opened for `purpose` (written into the data
// folder's lock, so a refusal names who holds it), migrated, handed to `work`, and closed when the
// work ends, however it ends.
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../store/index.ts';

export interface OpenFor {
  /** Bulk loads: PostgreSQL connections tuned for COPY (src/store/database.ts). */
  bulkWrites?: boolean;
  now?: Date;
}

export async function withConfiguredDatabase<T>(purpose: string, work: (database: Database, config: Config) => Promise<T>, options: OpenFor = {}): Promise<T> {
  const config = loadConfig(process.env);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose, now: options.now ?? new Date(), bulkWrites: options.bulkWrites === true,
  });
  try {
    await database.migrate();
    return await work(database, config);
  } finally {
    await database.close();
  }
}
