// The bulk loader behind `threshold simulate` (issue 6), on every backend: what it writes per clinic,
// that the clinics stay apart, that a loaded episode reads back as the case file that was simulated,
// that the load is the same whatever the number of worker threads, that COPY carries any text
// unchanged, and that a batch the database refuses leaves nothing behind.
import { and, eq, getTableName, sql, type Table } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { assess, defaultSettings, type CaseFile } from '../../src/domain/index.ts';
import { serviceDeps } from '../../src/server.ts';
import { loadStoredCaseFile, toCaseFile } from '../../src/services/case-file.ts';
import { bulkLoadSimulatedClinics, clinicSeed, getCaseload, type BulkLoadResult, type ServiceDeps } from '../../src/services/index.ts';
import { cohortPlan, simulatePlanned } from '../../src/sim/index.ts';
import { createBulkLoader, createStore, emptyBatch, encodeBatch, type BulkBatch, type Database, type Store } from '../../src/store/index.ts';
import * as schema from '../../src/store/schema/index.ts';
import { backends, isolated } from '../support/backends.ts';

const now = new Date('2026-03-02T09:00:00Z');
const options = { clinics: 2, patients: 24, seed: 7, startDate: '2025-11-03', summaries: 'compute', password: 'bulk-test-password', patientsPerBatch: 5 } as const;

const loadedTables: Table[] = [
  schema.clinics, schema.patients, schema.users, schema.signInDirectory, schema.careTeamMembers, schema.episodes, schema.goals,
  schema.treatmentSessions, schema.checkIns, schema.flares, schema.measures, schema.checkpoints, schema.referrals,
  schema.episodeSummaries, schema.auditEvents,
];

/** A digest of every loaded table, row by row (the staff's password hashes are salted afresh by each load, so left out). */
async function digest(database: Database): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of loadedTables) {
    const name = getTableName(table);
    const result = await database.db.execute(sql.raw(
      `select count(*)::int as n, md5(coalesce(string_agg(x, E'\\n' order by x), '')) as d from (select (to_jsonb(t) - 'password_hash')::text as x from ${name} t) s`,
    ));
    const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number; d: string }[];
    digests[name] = `${row?.n ?? 0} rows, ${row?.d ?? ''}`;
  }
  return digests;
}

describe.each(backends)('bulk load of simulated clinics on $name', (backend) => {
  // Two databases of their own: the same load by one worker thread and by two.
  const sides = [isolated(backend), isolated(backend)];
  let database: Database;
  let store: Store;
  let deps: ServiceDeps;
  let loaded: BulkLoadResult;
  const digests: Record<string, string>[] = [];
  const progress: number[] = [];

  beforeAll(async () => {
    for (const [i, side] of sides.entries()) {
      const opened = await side.open({ bulkWrites: true });
      await opened.migrate();
      const openedStore = createStore(opened);
      const openedDeps = serviceDeps(loadConfig({}), openedStore);
      const result = await bulkLoadSimulatedClinics(openedDeps, createBulkLoader(opened), { ...options, workers: i + 1 }, now,
        (p) => (i === 0 ? progress.push(p.patientsDone) : undefined));
      digests.push(await digest(opened));
      if (i === 0) {
        [database, store, deps, loaded] = [opened, openedStore, openedDeps, result];
      } else {
        await openedStore.close();
      }
    }
  }, 180_000);
  afterAll(async () => {
    await store.close();
    for (const side of sides) await side.drop();
  });

  const count = async (table: typeof schema.patients | typeof schema.episodes | typeof schema.checkIns | typeof schema.auditEvents | typeof schema.episodeSummaries, clinicId: string): Promise<number> => {
    const [row] = await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table).where(eq(table.clinicId, clinicId));
    return row?.n ?? 0;
  };

  it('writes every patient of every clinic, reporting progress as it goes', async () => {
    expect(loaded.clinicIds).toHaveLength(2);
    expect(loaded.patientsDone).toBe(24);
    expect(progress.at(-1)).toBe(24);
    expect(progress.length).toBeGreaterThan(2);
    const [total] = await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(schema.checkIns);
    expect(total?.n).toBeGreaterThan(0);
  });

  it('writes the same rows with one worker thread and with two', () => {
    const [one, two] = digests;
    expect(one?.check_ins).not.toMatch(/^0 rows/);
    expect(two).toEqual(one);
  });

  it('writes per clinic its staff, 12 patients with an episode, summary and two audit rows each, and every simulated check-in', async () => {
    for (const [index, clinicId] of loaded.clinicIds.entries()) {
      const simulated = cohortPlan({ patients: 12, seed: clinicSeed(options.seed, index), startDate: options.startDate }).map(simulatePlanned);
      expect(await count(schema.patients, clinicId)).toBe(12);
      expect(await count(schema.episodes, clinicId)).toBe(12);
      expect(await count(schema.episodeSummaries, clinicId)).toBe(12);
      expect(await count(schema.auditEvents, clinicId)).toBe(24);
      expect(await count(schema.checkIns, clinicId)).toBe(simulated.reduce((n, e) => n + e.caseFile.checkIns.length, 0));
      const staff = await database.db.select().from(schema.users).where(eq(schema.users.clinicId, clinicId));
      expect(staff.map((u) => u.role).sort()).toEqual(['admin', 'clinician', 'clinician', 'clinician']);
    }
  });

  it("lists only the clinic's own patients in its caseload", async () => {
    const [first, second] = loaded.clinicIds;
    if (!first || !second) throw new Error('two clinics expected');
    const [clinician] = await database.db.select().from(schema.users).where(and(eq(schema.users.clinicId, first), eq(schema.users.role, 'clinician')));
    if (!clinician) throw new Error('no clinician');
    const caseload = await getCaseload(deps, { userId: clinician.id, clinicId: first, role: 'clinician' }, now);
    const own = new Set((await database.db.select().from(schema.patients).where(eq(schema.patients.clinicId, first))).map((p) => p.id));
    const others = new Set((await database.db.select().from(schema.patients).where(eq(schema.patients.clinicId, second))).map((p) => p.id));
    expect(caseload.length).toBeGreaterThan(0);
    for (const entry of caseload) {
      expect(own.has(entry.patientId)).toBe(true);
      expect(others.has(entry.patientId)).toBe(false);
      // Saved at load time, so the read had nothing stale to recompute.
      expect(entry.summary).not.toBeNull();
    }
  });

  it('assesses a loaded episode as the engine assesses the simulated case file', async () => {
    const today = now.toISOString().slice(0, 10);
    const simulated = cohortPlan({ patients: 12, seed: clinicSeed(options.seed, 0), startDate: options.startDate }).map(simulatePlanned);
    const clinicId = loaded.clinicIds[0] ?? '';
    // Episode ids are made in the order the cohort is simulated, so id order is simulation order.
    const episodes = await database.db.select().from(schema.episodes).where(eq(schema.episodes.clinicId, clinicId)).orderBy(schema.episodes.id);
    const results = await store.transaction(async (tx) => {
      const pairs: { loaded: unknown; simulated: unknown }[] = [];
      for (const [i, row] of episodes.entries()) {
        const episode = await tx.clinic(clinicId).episodes.get(row.id);
        const original = simulated[i]?.caseFile;
        if (!episode || !original) throw new Error('episode missing');
        const file = toCaseFile(await loadStoredCaseFile(tx.clinic(clinicId), episode));
        pairs.push({ loaded: withSourceIds(assess(file, today, defaultSettings), original, file), simulated: assess(original, today, defaultSettings) });
      }
      return pairs;
    });
    expect(results).toHaveLength(12);
    for (const result of results) expect(result.loaded).toEqual(result.simulated);
  }, 60_000);

  it('carries tabs, line breaks, backslashes, quotes and unicode through COPY unchanged, in text and in jsonb', async () => {
    const text = 'tab\there; line\nbreak; return\r; backslash \\ and \\N and \\.; quotes \' and "; unicode é 中文 😀 \u2028; end\\';
    const clinicId = `copy-text-${backend.name}`;
    const batch = oneEpisode(clinicId, 'e1');
    batch.clinics[0] = { id: clinicId, name: text, createdAt: now };
    batch.patients[0] = { id: 'p1', name: text, contact: '', birthDate: '1980-05-01', sex: 'female', createdAt: now };
    batch.checkIns.push({ id: 'c1', episodeId: 'e1', date: '2026-03-01', painNow: 2.5, goals: [{ goalId: text, value: 1 }], note: text, hep: 'yes' });
    batch.checkpoints.push({ id: 'k1', episodeId: 'e1', date: '2026-03-01', assessment: { [text]: [text, null, 1.5, { nested: text }] } });
    await createBulkLoader(database).write(encodeBatch(clinicId, batch));

    const [clinic] = await database.db.select().from(schema.clinics).where(eq(schema.clinics.id, clinicId));
    const [patient] = await database.db.select().from(schema.patients).where(eq(schema.patients.clinicId, clinicId));
    const [checkIn] = await database.db.select().from(schema.checkIns).where(eq(schema.checkIns.clinicId, clinicId));
    const [checkpoint] = await database.db.select().from(schema.checkpoints).where(eq(schema.checkpoints.clinicId, clinicId));
    expect(clinic?.name).toBe(text);
    // An empty string stays an empty string; only an absent value is NULL.
    expect(patient).toMatchObject({ name: text, contact: '', createdAt: now });
    expect(checkIn).toMatchObject({ note: text, goals: [{ goalId: text, value: 1 }], painNow: 2.5, soreness: null, hep: 'yes' });
    expect(checkpoint?.assessment).toEqual({ [text]: [text, null, 1.5, { nested: text }] });
  });

  it('writes nothing of a batch the database refuses, and writes the next one', async () => {
    const clinicId = `refused-${backend.name}`;
    const loader = createBulkLoader(database);
    const batch = oneEpisode(clinicId, 'e1');
    // A table late in the batch names an episode that does not exist: the whole batch goes, clinic and all.
    batch.audit.push({ at: now, actorUserId: 'u1', actorRole: 'clinician', action: 'create', recordType: 'episode', recordId: 'e1', patientId: 'p1' });
    batch.checkIns.push({ id: 'c1', episodeId: 'no-such-episode', date: '2026-03-01', painNow: 3, goals: [] });
    await expect(loader.write(encodeBatch(clinicId, batch))).rejects.toThrow(/foreign key/);
    expect(await database.db.select().from(schema.clinics).where(eq(schema.clinics.id, clinicId))).toEqual([]);
    expect(await count(schema.patients, clinicId)).toBe(0);
    expect(await count(schema.episodes, clinicId)).toBe(0);

    batch.checkIns[0] = { id: 'c1', episodeId: 'e1', date: '2026-03-01', painNow: 3, goals: [] };
    await loader.write(encodeBatch(clinicId, batch));
    expect(await count(schema.checkIns, clinicId)).toBe(1);
    expect(await count(schema.auditEvents, clinicId)).toBe(1);
  });

  it('stops a load at the first refused batch, its workers with it', async () => {
    // The same seed at the same moment makes the same ids: the first clinic is already there.
    const before = await count(schema.patients, loaded.clinicIds[0] ?? '');
    await expect(bulkLoadSimulatedClinics(deps, createBulkLoader(database), { ...options, workers: 2 }, now)).rejects.toThrow(/duplicate key/);
    expect(await count(schema.patients, loaded.clinicIds[0] ?? '')).toBe(before);
  }, 60_000);

  it('refuses a batch that would create another clinic', () => {
    expect(() => encodeBatch('clinic-a', { ...emptyBatch(), clinics: [{ id: 'clinic-b', name: 'B', createdAt: now }] })).toThrow(/only that clinic/);
  });
});

/** A batch that creates a clinic with one patient and one active episode. */
function oneEpisode(clinicId: string, episodeId: string): BulkBatch {
  const batch = emptyBatch();
  batch.clinics.push({ id: clinicId, name: 'Bulk test clinic', createdAt: now });
  batch.patients.push({ id: 'p1', birthDate: '1980-05-01', sex: 'female', createdAt: now });
  batch.episodes.push({
    id: episodeId, patientId: 'p1', startDate: '2026-02-01', status: 'active', statusSince: '2026-02-01', regions: ['low-back'],
    condition: 'low-back-pain', intake: { irritability: { confirmed: null }, priorTreatments: [], imaging: [] }, ongoingCare: null, createdAt: now,
  });
  return batch;
}

type Lists = Pick<CaseFile, 'goals' | 'sessions' | 'checkIns' | 'flares' | 'measures' | 'checkpoints' | 'referrals'>;
const lists: (keyof Lists)[] = ['goals', 'sessions', 'checkIns', 'flares', 'measures', 'checkpoints', 'referrals'];

/**
 * The loaded assessment with each new id put back to the simulated record's id. The load numbers a
 * list's records in the order of their source ids, so the n-th id of each, sorted, are the same record.
 */
function withSourceIds(assessment: unknown, original: CaseFile, loaded: CaseFile): unknown {
  const ids = (file: CaseFile, list: keyof Lists): string[] => file[list].map((r: { id?: string | undefined }) => r.id ?? '').sort();
  let text = JSON.stringify(assessment);
  const pairs: [string, string][] = [[loaded.patient.id ?? '', original.patient.id ?? ''], [loaded.episode.id ?? '', original.episode.id ?? '']];
  for (const list of lists) {
    const before = ids(original, list);
    ids(loaded, list).forEach((id, n) => pairs.push([id, before[n] ?? '']));
  }
  for (const [now, then] of pairs) if (now !== '') text = text.split(now).join(then);
  return JSON.parse(text);
}
