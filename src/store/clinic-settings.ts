// One clinic's own configuration: its name and time zone (the clinics row), its settings overrides
// (clinic_settings, versioned), and the append-only log of changes to either. Every statement is
// filtered by the clinic the scope was built with.
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Db } from './database.ts';
import { clinicChanges, clinics, clinicSettings } from './schema/index.ts';

/** What every assessment of the clinic needs: its day and its numbers. */
export interface ClinicProfile {
  id: string;
  name: string;
  timeZone: string;
  /** The clinic row's version (name and time zone edits). */
  version: number;
  settingsVersion: number;
  /** Setting name -> value where the clinic differs from the default (checked above the store). */
  overrides: Record<string, number>;
}

export interface ClinicChangeInput {
  kind: 'setting' | 'clinic';
  key: string;
  oldValue: number | string;
  newValue: number | string;
  version: number;
}

export interface ClinicChange extends ClinicChangeInput {
  seq: number;
  at: Date;
  actorUserId: string;
}

/** A clinic without a settings row runs on the defaults, at this version. */
export const FIRST_SETTINGS_VERSION = 1;

const stale = (what: string, current: number, yours: number): AppError =>
  new AppError('conflict', `the ${what} were changed by someone else (version ${current}, yours ${yours}): reload and try again`,
    [{ path: 'version', message: `current version is ${current}` }]);

export class ClinicProfiles {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  /** The clinic's name, time zone and settings in one statement. */
  async get(): Promise<ClinicProfile> {
    const [row] = await this.db
      .select({
        id: clinics.id, name: clinics.name, timeZone: clinics.timeZone, version: clinics.version,
        settingsVersion: clinicSettings.version, overrides: clinicSettings.overrides,
      })
      .from(clinics)
      // The clinic named on both tables, so the statement routes to one shard (Citus) on its own.
      .leftJoin(clinicSettings, and(eq(clinicSettings.clinicId, clinics.id), eq(clinicSettings.clinicId, this.clinicId)))
      .where(eq(clinics.id, this.clinicId));
    if (!row) throw new AppError('not-found', `no clinic ${this.clinicId}`);
    return { ...row, settingsVersion: row.settingsVersion ?? FIRST_SETTINGS_VERSION, overrides: row.overrides ?? {} };
  }

  /**
   * Replace the overrides if the settings are still at `version`; the new version. A stale version
   * changes nothing and is a conflict. The first save of a clinic (no row yet, version 1) inserts.
   */
  async saveSettings(version: number, overrides: Record<string, number>, now: Date, by: string): Promise<number> {
    const next = { clinicId: this.clinicId, version: version + 1, overrides, updatedAt: now, updatedBy: by };
    const [row] = version === FIRST_SETTINGS_VERSION
      ? await this.db.insert(clinicSettings).values(next).onConflictDoUpdate({
        target: clinicSettings.clinicId,
        set: { version: next.version, overrides, updatedAt: now, updatedBy: by },
        setWhere: eq(clinicSettings.version, version),
      }).returning({ version: clinicSettings.version })
      : await this.db.update(clinicSettings).set({ version: next.version, overrides, updatedAt: now, updatedBy: by })
        .where(and(eq(clinicSettings.clinicId, this.clinicId), eq(clinicSettings.version, version)))
        .returning({ version: clinicSettings.version });
    if (row) return row.version;
    throw stale('settings', (await this.get()).settingsVersion, version);
  }

  /** Change the clinic's name and time zone if its row is still at `version`; the new row. */
  async update(version: number, changes: { name: string; timeZone: string }): Promise<ClinicProfile> {
    const [row] = await this.db.update(clinics).set({ ...changes, version: sql`${clinics.version} + 1` })
      .where(and(eq(clinics.id, this.clinicId), eq(clinics.version, version)))
      .returning({ id: clinics.id });
    const current = await this.get();
    if (!row) throw stale('clinic details', current.version, version);
    return current;
  }

  async appendChanges(at: Date, actorUserId: string, changes: ClinicChangeInput[]): Promise<void> {
    if (changes.length === 0) return;
    await this.db.insert(clinicChanges).values(changes.map((change) => ({ ...change, at, actorUserId, clinicId: this.clinicId })));
  }

  /** Newest first; `before` pages backwards by sequence number. */
  async listChanges(options: { limit: number; before?: number | undefined }): Promise<ClinicChange[]> {
    const rows = await this.db.select().from(clinicChanges)
      .where(and(eq(clinicChanges.clinicId, this.clinicId), options.before === undefined ? undefined : lt(clinicChanges.seq, options.before)))
      .orderBy(desc(clinicChanges.seq)).limit(options.limit);
    return rows.map(({ clinicId: _c, ...change }) => change);
  }
}
