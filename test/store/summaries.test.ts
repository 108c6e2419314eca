// Store contract for caseload summaries (issue 4): a write counts itself, a summary remembers the
// count it was computed from, the reads hand out only fresh summaries, and an older computation
// never overwrites a newer one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Database, type EpisodeSummary, type Store } from '../../src/store/index.ts';
import { backends, openMigrated } from '../support/backends.ts';

const now = new Date('2026-03-02T09:00:00Z');

describe.each(backends)('episode summaries on $name', (backend) => {
  let database: Database;
  let store: Store;
  beforeAll(async () => {
    database = await openMigrated(backend);
    store = createStore(database);
  });
  afterAll(async () => database.close());

  async function clinicWithEpisode(): Promise<{ clinicId: string; episodeId: string }> {
    const clinicId = store.newId();
    const episodeId = store.newId();
    await store.transaction(async (tx) => {
      await tx.global.insertClinic({ id: clinicId, name: 'Test clinic', timeZone: 'UTC' }, now);
      const scope = tx.clinic(clinicId);
      await scope.people.insertPatient({ id: 'p1', name: 'Ada', birthDate: '1980-05-01', sex: 'female' }, now);
      await scope.episodes.insert({
        id: episodeId, patientId: 'p1', startDate: '2026-03-01', status: 'active', statusSince: '2026-03-01', regions: ['low-back'],
        condition: 'low-back-pain', intake: { irritability: { confirmed: null }, priorTreatments: [], imaging: [] }, ongoingCare: null,
      }, now);
    });
    return { clinicId, episodeId };
  }

  const summary = (episodeId: string, phase: EpisodeSummary['phase']): EpisodeSummary => ({
    episodeId, asOf: '2026-03-02', phase, sideStatuses: [], flags: [], reliefWindowTrend: 'unknown', nextCheckpoint: '2026-03-15', reliefWindows: [], goalProgress: null, guidelineAudit: [], settingsVersion: 1,
    flagReasons: [], lastActiveCareOn: null, unreadNotes: 0, latestUnreadNote: null, programmeAdvice: null,
  });

  it('hands out a summary only when no write was counted after the one it was computed from', async () => {
    const { clinicId, episodeId } = await clinicWithEpisode();
    const read = async (): Promise<{ phase: string | null; stale: { episodeId: string; writes: number }[]; outcomeStale: number }> =>
      store.transaction(async (tx) => {
        const scope = tx.clinic(clinicId);
        const caseload = await scope.summaries.caseload(1);
        const outcomes = await scope.summaries.outcomeRows(1);
        return { phase: caseload.rows[0]?.summary?.phase ?? null, stale: caseload.stale, outcomeStale: outcomes.stale.length };
      });
    // No summary yet: stale, at write count 0.
    expect(await read()).toEqual({ phase: null, stale: [{ episodeId, writes: 0 }], outcomeStale: 1 });
    const counts = await store.transaction(async (tx) => {
      const scope = tx.clinic(clinicId);
      return [await scope.summaries.countWrite(episodeId), await scope.summaries.countWrite(episodeId), await scope.summaries.countWrite(episodeId)];
    });
    expect(counts).toEqual([1, 2, 3]);
    // Computed from 2 writes of 3: still stale, and not shown.
    await store.transaction(async (tx) => tx.clinic(clinicId).summaries.save([{ ...summary(episodeId, 'screening'), writesSeen: 2 }], now));
    expect(await read()).toEqual({ phase: null, stale: [{ episodeId, writes: 3 }], outcomeStale: 1 });
    await store.transaction(async (tx) => tx.clinic(clinicId).summaries.save([{ ...summary(episodeId, 'extending-window'), writesSeen: 3 }], now));
    expect(await read()).toEqual({ phase: 'extending-window', stale: [], outcomeStale: 0 });
    // A slower computation from an older count arrives last: it is not saved over the newer one.
    await store.transaction(async (tx) => tx.clinic(clinicId).summaries.save([{ ...summary(episodeId, 'screening'), writesSeen: 2 }], now));
    expect((await read()).phase).toBe('extending-window');
  });

  it('reads the episodes and their patients to recompute, within the clinic only', async () => {
    const a = await clinicWithEpisode();
    const b = await clinicWithEpisode();
    const sources = await store.transaction(async (tx) => tx.clinic(a.clinicId).summaries.sources([a.episodeId, b.episodeId]));
    expect(sources.map((s) => [s.episode.id, s.patient.id, s.patient.name])).toEqual([[a.episodeId, 'p1', 'Ada']]);
  });
});
