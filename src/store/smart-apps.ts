// The SMART apps one clinic registered (schema/smart.ts), with the directory row that finds the
// clinic from the client id written and removed in the same statement group.
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Db } from './database.ts';
import { oauthClients, smartApps } from './schema/index.ts';

export interface SmartApp {
  id: string;
  name: string;
  redirectUris: string[];
  scopes: string[];
  launchUrl?: string;
  version: number;
}

export type SmartAppInput = Omit<SmartApp, 'id' | 'version'>;

function toApp(row: typeof smartApps.$inferSelect): SmartApp {
  return {
    id: row.id, name: row.name, redirectUris: row.redirectUris, scopes: row.scopes, version: row.version,
    ...(row.launchUrl === null ? {} : { launchUrl: row.launchUrl }),
  };
}

export class SmartApps {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  async list(): Promise<SmartApp[]> {
    const rows = await this.db.select().from(smartApps).where(eq(smartApps.clinicId, this.clinicId)).orderBy(asc(smartApps.name), asc(smartApps.id));
    return rows.map(toApp);
  }

  async get(id: string): Promise<SmartApp | null> {
    const [row] = await this.db.select().from(smartApps).where(and(eq(smartApps.clinicId, this.clinicId), eq(smartApps.id, id)));
    return row ? toApp(row) : null;
  }

  async insert(id: string, app: SmartAppInput, now: Date): Promise<SmartApp> {
    await this.db.insert(oauthClients).values({ clientId: id, clinicId: this.clinicId });
    const [row] = await this.db.insert(smartApps).values({ ...app, launchUrl: app.launchUrl ?? null, id, clinicId: this.clinicId, createdAt: now }).returning();
    if (!row) throw new AppError('internal', 'the app was not registered');
    return toApp(row);
  }

  async replace(id: string, version: number, app: SmartAppInput): Promise<SmartApp> {
    const [row] = await this.db.update(smartApps).set({ ...app, launchUrl: app.launchUrl ?? null, version: sql`${smartApps.version} + 1` })
      .where(and(eq(smartApps.clinicId, this.clinicId), eq(smartApps.id, id), eq(smartApps.version, version))).returning();
    if (row) return toApp(row);
    const current = await this.get(id);
    if (!current) throw new AppError('not-found', `no app ${id}`);
    throw new AppError('conflict', `the app was changed by someone else (version ${current.version}, yours ${version}): reload and try again`,
      [{ path: 'version', message: `current version is ${current.version}` }]);
  }

  async remove(id: string): Promise<void> {
    const [row] = await this.db.delete(smartApps).where(and(eq(smartApps.clinicId, this.clinicId), eq(smartApps.id, id))).returning({ id: smartApps.id });
    if (!row) throw new AppError('not-found', `no app ${id}`);
    await this.db.delete(oauthClients).where(and(eq(oauthClients.clientId, id), eq(oauthClients.clinicId, this.clinicId)));
  }
}
