// Issue 4, issue 15: a check-in no longer runs the engine; it counts itself as a write to its episode,
// the summary refresher recomputes the summary off the request, and a caseload (or outcomes) read
// that comes before the refresher recomputes whatever is still stale. These tests check that no read
// can show a summary older than a committed write, with and without the refresher, on every backend.
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Assessment } from '../../src/domain/index.ts';
import { createSummaryRefresher, getCaseload, noRefresher } from '../../src/services/index.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, watchEngine, type TestApi, type TestClinic } from '../support/api.ts';

interface Brief { phase: string; flags: string[]; reliefWindowTrend: string; nextCheckpoint: string; asOf: string }
interface CaseloadRow { episodeId: string; summary: Brief | null }

describe.each(backends)('caseload summaries on $name', (backend) => {
  let api: TestApi;
  let assess: ReturnType<typeof watchEngine>;
  beforeAll(async () => {
    api = await startTestApi(backend);
    assess = watchEngine(api);
  });
  afterAll(async () => api.close());

  let keys = 0;
  const checkIn = async (clinic: TestClinic, token: string, episodeId: string, body: Record<string, unknown>): Promise<void> => {
    keys += 1;
    const reply = await call(api, token, 'POST', `/episodes/${episodeId}/check-ins`, body, { 'Idempotency-Key': `fresh-${backend.name}-${keys}-${clinic.clinicId.slice(0, 8)}` });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  };
  const caseload = async (clinic: TestClinic): Promise<Map<string, Brief | null>> => {
    const reply = await call(api, clinic.tokens.clinician, 'GET', '/caseload');
    expect(reply.status).toBe(200);
    return new Map((reply.body as CaseloadRow[]).map((row) => [row.episodeId, row.summary]));
  };
  /** What the engine says now, straight from the records (never from a saved summary). */
  const assessedNow = async (clinic: TestClinic, episodeId: string): Promise<Brief> => {
    const reply = await call(api, clinic.tokens.clinician, 'GET', `/episodes/${episodeId}/assessment`);
    expect(reply.status).toBe(200);
    const a = reply.body as Assessment;
    return { phase: a.phase, flags: a.flags.map((f) => f.code), reliefWindowTrend: a.reliefWindowTrend.value, nextCheckpoint: a.checkpoint.due, asOf: a.asOf };
  };
  const brief = (summary: Brief | null | undefined): Omit<Brief, 'asOf'> | null =>
    summary ? { phase: summary.phase, flags: [...summary.flags].sort(), reliefWindowTrend: summary.reliefWindowTrend, nextCheckpoint: summary.nextCheckpoint } : null;
  const expectCaseloadFresh = async (clinic: TestClinic): Promise<void> => {
    const rows = await caseload(clinic);
    for (const episodeId of [clinic.episodeId, clinic.otherEpisodeId]) {
      expect(brief(rows.get(episodeId)), episodeId).toEqual(brief(await assessedNow(clinic, episodeId)));
    }
  };

  it('recomputes the summary a check-in stales off the request: the engine runs once, in the refresher, and the read finds it fresh', async () => {
    const clinic = await makeClinic(api);
    const episode = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { goals: { id: string }[] };
    await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/checkpoints`, { date: '2026-03-09' });
    await api.deps.summaryRefresher.idle();
    assess.mockClear();
    await checkIn(clinic, clinic.tokens.patient, clinic.episodeId, { date: '2026-03-09', painNow: 8, goals: [{ goalId: episode.goals[0]?.id ?? '', value: 0 }] });
    await api.deps.summaryRefresher.idle();
    expect(assess).toHaveBeenCalledTimes(1);
    assess.mockClear();
    expect((await caseload(clinic)).get(clinic.episodeId)?.flags).toContain('deteriorating');
    expect(assess).not.toHaveBeenCalled();
    await expectCaseloadFresh(clinic);
  });

  it('gathers the writes that arrive together into one batch: two check-ins on two episodes, one refresh', async () => {
    const clinic = await makeClinic(api);
    await api.settle();
    // A refresher that lets writes gather for a second (the server's is a tenth of that): the second
    // check-in, sent a moment after the first has been acknowledged, joins the first one's batch.
    const refresher = api.deps.summaryRefresher;
    api.deps.summaryRefresher = createSummaryRefresher(() => api.deps, { gatherMs: 1_000 });
    onTestFinished(async () => {
      await api.deps.summaryRefresher.stop();
      api.deps.summaryRefresher = refresher;
    });
    const transactions = vi.spyOn(api.store, 'transaction');
    onTestFinished(() => transactions.mockRestore());
    assess.mockClear();
    await checkIn(clinic, clinic.tokens.patient, clinic.episodeId, { date: '2026-03-09', painNow: 4 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await checkIn(clinic, clinic.tokens.clinician, clinic.otherEpisodeId, { date: '2026-03-09', painNow: 5 });
    await api.deps.summaryRefresher.idle();
    // The check-ins themselves are single statements (no transaction); the refresher made one batch of both.
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(assess).toHaveBeenCalledTimes(2);
    await expectCaseloadFresh(clinic);
  });

  it('shows the flag a check-in raises at the next caseload read when no refresher has run, running the engine once for it', async () => {
    const refresher = api.deps.summaryRefresher;
    api.deps.summaryRefresher = noRefresher;
    onTestFinished(() => { api.deps.summaryRefresher = refresher; });
    const clinic = await makeClinic(api);
    const episode = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { goals: { id: string }[] };
    const goalId = episode.goals[0]?.id ?? '';
    // A checkpoint is held; the patient's check-in that day rates the goal far below its baseline of 3.
    const held = await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/checkpoints`, { date: '2026-03-09' });
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect((await caseload(clinic)).get(clinic.episodeId)?.flags).not.toContain('deteriorating');

    assess.mockClear();
    await checkIn(clinic, clinic.tokens.patient, clinic.episodeId, { date: '2026-03-09', painNow: 8, goals: [{ goalId, value: 0 }] });
    expect(assess).not.toHaveBeenCalled();
    const rows = await caseload(clinic);
    expect(assess).toHaveBeenCalledTimes(1);
    expect(rows.get(clinic.episodeId)?.flags).toContain('deteriorating');
    await expectCaseloadFresh(clinic);
    // Nothing written since: the next read runs no engine at all.
    assess.mockClear();
    await caseload(clinic);
    expect(assess).not.toHaveBeenCalled();
  });

  it('never shows a summary older than a check-in acknowledged before the read, while the refresher runs', async () => {
    const clinic = await makeClinic(api);
    const episode = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { goals: { id: string }[] };
    const goalId = episode.goals[0]?.id ?? '';
    await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/checkpoints`, { date: '2026-03-09' });
    // Each check-in moves the goal far below or back above its baseline (raising and clearing the
    // deteriorating flag); the read that follows its acknowledgement must show it, whether the
    // refresher or the read itself recomputed the summary.
    for (let i = 0; i < 6; i += 1) {
      const value = i % 2 === 0 ? 0 : 6;
      await checkIn(clinic, clinic.tokens.patient, clinic.episodeId, { date: '2026-03-09', painNow: 5, goals: [{ goalId, value }] });
      const flags = (await caseload(clinic)).get(clinic.episodeId)?.flags ?? [];
      expect(flags.includes('deteriorating'), `after check-in ${i + 1}`).toBe(value === 0);
    }
    await expectCaseloadFresh(clinic);
  });

  it('refuses a check-in naming another episode\'s goal or rating an ability above 10, writing nothing', async () => {
    const clinic = await makeClinic(api);
    const other = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.otherEpisodeId}`)).body as { goals: { id: string }[] };
    const own = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { goals: { id: string }[] };
    const post = (goals: unknown, key: string): ReturnType<typeof call> => call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`,
      { date: '2026-03-09', painNow: 3, goals }, { 'Idempotency-Key': `${key}-${clinic.clinicId.slice(0, 8)}` });
    const foreign = await post([{ goalId: other.goals[0]?.id, value: 4 }], 'foreign-goal');
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ error: { details: [{ path: 'goals[0].goalId' }] } });
    const tooHigh = await post([{ goalId: own.goals[0]?.id, value: 11 }], 'ability-eleven');
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body).toMatchObject({ error: { details: [{ path: 'goals[0].value', message: 'an ability is rated 0 to 10' }] } });
    const list = await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/check-ins`);
    expect(list.body).toEqual([]);
  });

  it('gives the right answer after a burst of concurrent writes and reads', async () => {
    const clinic = await makeClinic(api);
    const goals = async (episodeId: string): Promise<string> =>
      ((await call(api, clinic.tokens.clinician, 'GET', `/episodes/${episodeId}`)).body as { goals: { id: string }[] }).goals[0]?.id ?? '';
    const [own, other] = [await goals(clinic.episodeId), await goals(clinic.otherEpisodeId)];
    await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.otherEpisodeId}/checkpoints`, { date: '2026-03-05' });
    // Check-ins to both episodes, a session and caseload and outcomes reads, all in flight at once.
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 12; i += 1) {
      const day = `2026-03-0${2 + (i % 7)}`;
      writes.push(checkIn(clinic, clinic.tokens.patient, clinic.episodeId, { date: day, painNow: i % 10, goals: [{ goalId: own, value: i % 4 }], reliefSinceLastSession: i % 2 === 0 }));
      writes.push(checkIn(clinic, clinic.tokens.otherPatient, clinic.otherEpisodeId, { date: day, painNow: 9 - (i % 10), goals: [{ goalId: other, value: (i * 3) % 7 }] }));
      if (i % 4 === 0) writes.push(caseload(clinic), call(api, clinic.tokens.admin, 'GET', '/outcomes'));
      if (i === 6) writes.push(call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/sessions`, { date: '2026-03-04', modalities: [{ modality: 'dry-needling', minutes: 20 }], responseSinceLastSession: { reliefDays: 2 } }));
    }
    await Promise.all(writes);
    await expectCaseloadFresh(clinic);
  });

  it('shares the server with its clients: with up to n requests under way of late, it rests n - 1 times each batch', async () => {
    const clinic = await makeClinic(api);
    const other = await makeClinic(api);
    await api.settle();
    // Up to three requests under way at once of late (a stand-in for the server's Activity), batches of one episode.
    const activity = api.deps.activity;
    api.deps.activity = { ...activity, idle: () => true, recentPeak: () => 3 };
    const refresher = api.deps.summaryRefresher;
    api.deps.summaryRefresher = createSummaryRefresher(() => api.deps, { batchSize: 1, busyBatchSize: 1, gatherMs: 0 });
    const batches: { start: number; end: number }[] = [];
    const transaction = api.store.transaction.bind(api.store);
    const timed = vi.spyOn(api.store, 'transaction').mockImplementation(async (work) => {
      const start = performance.now();
      try { return await transaction(work); } finally { batches.push({ start, end: performance.now() }); }
    });
    onTestFinished(async () => {
      timed.mockRestore();
      await api.deps.summaryRefresher.stop();
      api.deps.summaryRefresher = refresher;
      api.deps.activity = activity;
    });
    for (const episodeId of [clinic.episodeId, clinic.otherEpisodeId]) api.deps.summaryRefresher.wake(clinic.clinicId, episodeId, api.clock.now);
    await api.deps.summaryRefresher.idle();
    const [first, second] = batches;
    expect(batches).toHaveLength(2);
    // A timer may fire up to a millisecond early by performance.now().
    expect((second?.start ?? 0) - (first?.end ?? 0)).toBeGreaterThanOrEqual(2 * ((first?.end ?? 0) - (first?.start ?? 0)) - 1);

    // Beside a single request it does not rest: the two batches of a second clinic follow each other.
    api.deps.activity = { ...activity, idle: () => true, recentPeak: () => 1 };
    batches.length = 0;
    for (const episodeId of [other.episodeId, other.otherEpisodeId]) api.deps.summaryRefresher.wake(other.clinicId, episodeId, api.clock.now);
    await api.deps.summaryRefresher.idle();
    expect(batches).toHaveLength(2);
    expect((batches[1]?.start ?? 0) - (batches[0]?.end ?? 0)).toBeLessThan((batches[0]?.end ?? 0) - (batches[0]?.start ?? 0));
  });

  it.skipIf(backend.name === 'pglite')('keeps a summary stale when a write commits after the read counted the writes', async () => {
    // PGlite runs one transaction at a time, so this interleaving only exists on PostgreSQL.
    const clinic = await makeClinic(api);
    const episode = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { goals: { id: string }[] };
    await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/checkpoints`, { date: '2026-03-09' });
    // A committed check-in leaves the summary stale, so the read below has to recompute it.
    await checkIn(clinic, clinic.tokens.patient, clinic.episodeId, { date: '2026-03-08', painNow: 2 });
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let counted = (): void => undefined;
    const inFlight = new Promise<void>((resolve) => { counted = resolve; });
    // A write that has inserted its check-in and counted itself, but has not committed yet.
    const write = api.store.transaction(async (tx) => {
      const scope = tx.clinic(clinic.clinicId);
      await scope.records('check-in').insert(clinic.episodeId, { id: api.store.newId(), date: '2026-03-09', painNow: 9, goals: [{ goalId: episode.goals[0]?.id ?? '', value: 0 }], exercises: [], morningAfter: [] });
      await scope.summaries.countWrite(clinic.episodeId);
      counted();
      await gate;
    });
    await inFlight;
    // The caseload read meanwhile cannot see the uncommitted check-in, and must not mark what it computes fresh beyond it.
    const actor = { userId: clinic.userIds.clinician, clinicId: clinic.clinicId, role: 'clinician' as const };
    const during = await getCaseload(api.deps, actor, api.clock.now);
    expect(during.find((row) => row.episodeId === clinic.episodeId)?.summary?.flags).not.toContain('deteriorating');
    release();
    await write;
    expect((await caseload(clinic)).get(clinic.episodeId)?.flags).toContain('deteriorating');
    await expectCaseloadFresh(clinic);
  });
});
