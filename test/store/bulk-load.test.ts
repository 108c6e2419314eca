// The bulk loader behind `threshold simulate` (issue 6): what it writes per clinic, that the clinics
// stay apart, and that a loaded episode reads back as the case file that was simulated.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { assess, defaultSettings, type CaseFile } from '../../src/domain/index.ts';
import { serviceDeps } from '../../src/server.ts';
import { loadStoredCaseFile, toCaseFile } from '../../src/services/case-file.ts';
import { bulkLoadSimulatedClinics, clinicSeed, getCaseload, type BulkLoadResult, type ServiceDeps } from '../../src/services/index.ts';
import { cohortPlan, simulatePlanned } from '../../src/sim/index.ts';
import { createBulkLoader, createStore, openDatabase, type Database, type Store } from '../../src/store/index.ts';
import * as schema from '../../src/store/schema/index.ts';

const now = new Date('2026-03-02T09:00:00Z');
const options = { clinics: 2, patients: 24, seed: 7, startDate: '2025-11-03', summaries: 'compute', password: 'bulk-test-password' } as const;

describe('bulk load of simulated clinics', () => {
  let database: Database;
  let store: Store;
  let deps: ServiceDeps;
  let loaded: BulkLoadResult;
  const progress: number[] = [];

  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://', purpose: 'test', now });
    await database.migrate();
    store = createStore(database);
    deps = serviceDeps(loadConfig({}), store);
    loaded = await bulkLoadSimulatedClinics(deps, createBulkLoader(database, 100), { ...options, patientsPerBatch: 5 }, now, (p) => progress.push(p.patientsDone));
  }, 180_000);
  afterAll(async () => store.close());

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

  it("assesses a loaded episode as the engine assesses the simulated case file", async () => {
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
});

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
