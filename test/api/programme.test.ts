// The active phase through the API (spec §4b): the library with a clinic's own exercise; a movement
// assessment and goals naming patterns; the programme built and changed by versions (who, when,
// why; a stale change refused); the patient logging it in the check-in (idempotent, exercises
// checked against the programme) and reading it; the engine's advice per exercise; the caseload's
// counts of progress, hold and regress; scoping to the clinic and the patient's own record.
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { noRefresher } from '../../src/services/index.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi } from '../support/api.ts';

type Json = Record<string, unknown>;
const bridge = { exerciseId: 'hinge-bridge', dose: { sets: 2, reps: 10 }, daysPerWeek: 7, startDate: '2026-03-01' };

describe.each(backends)('the programme on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(backend); });
  afterAll(async () => api.close());

  it('lists and extends the library; a bad or built-in exercise is refused with its field named', async () => {
    const clinic = await makeClinic(api);
    const hinge = (await call(api, clinic.tokens.clinician, 'GET', '/exercises?kind=hinge')).body as Json[];
    expect(hinge.length).toBeGreaterThanOrEqual(5);
    expect(hinge.every((e) => e.kind === 'hinge' && e.source === 'built-in')).toBe(true);
    const own = { ...hinge[0], id: 'towel-hinge', name: 'Hinge with a towel', source: undefined };
    expect((await call(api, clinic.tokens.clinician, 'POST', '/exercises', own)).status).toBe(201);
    expect(((await call(api, clinic.tokens.clinician, 'GET', '/exercises?q=towel%20hinge')).body as Json[]).map((e) => e.id)).toEqual(['towel-hinge']);
    const duplicate = await call(api, clinic.tokens.clinician, 'POST', '/exercises', own);
    expect(duplicate.status).toBe(409);
    const builtIn = await call(api, clinic.tokens.clinician, 'POST', '/exercises', { ...own, id: 'hinge-bridge' });
    expect(builtIn.status).toBe(400);
    const bad = await call(api, clinic.tokens.clinician, 'POST', '/exercises', { ...own, id: 'x2', instructions: 'short' });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toContain('instructions');
    // Another clinic does not see it; a patient does not browse the library.
    const other = await makeClinic(api);
    expect(((await call(api, other.tokens.clinician, 'GET', '/exercises?q=towel%20hinge')).body as Json[])).toEqual([]);
    expect((await call(api, clinic.tokens.patient, 'GET', '/exercises')).status).toBe(403);
  });

  it('records a movement assessment, and goals name the patterns they depend on', async () => {
    const clinic = await makeClinic(api);
    const added = await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/movement-assessments`, {
      date: '2026-03-01', context: 'intake', ratings: [{ pattern: 'hinge', quality: 2, painDuring: 4, tolerated: { repetitions: 8 } }, { pattern: 'carry', quality: 1, painDuring: 5, tolerated: { kg: 4, metres: 20 } }],
    });
    expect(added.status).toBe(201);
    const skipped = await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/movement-assessments`, { date: '2026-03-01', context: 'intake', skippedReason: 'Irritability high today.' });
    expect(skipped.status).toBe(201);
    const bad = await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/movement-assessments`, { date: '2026-03-01', ratings: [{ pattern: 'hinge', quality: 5, painDuring: 4 }] });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { details: { path: string }[] } }).error.details[0]?.path).toBe('ratings[0].quality');
    const goal = await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/goals`, { activity: 'Lift my grandson', measure: { kind: 'ability' }, baseline: 2, target: 8, setOn: '2026-03-01', patterns: ['hinge', 'carry'] });
    expect((goal.body as Json).patterns).toEqual(['hinge', 'carry']);
    const file = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { movementAssessments: Json[] };
    expect(file.movementAssessments).toHaveLength(2);
  });

  it('builds the programme in versions, the patient logs it, and the engine advises per exercise', async () => {
    const clinic = await makeClinic(api);
    const path = `/episodes/${clinic.episodeId}/programme`;
    // First the clinician builds it on 1 March; the version records who, when and why.
    api.clock.now = new Date('2026-03-01T09:00:00Z');
    const first = await call(api, clinic.tokens.clinician, 'POST', path, { date: '2026-03-01', reason: 'Start below tolerance.', items: [bridge], basedOn: 0 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ by: 'Cleo Clinician', reason: 'Start below tolerance.', recordedAt: '2026-03-01T09:00:00.000Z' });
    // A second clinician still holding the empty programme is refused: nothing changes.
    const stale = await call(api, clinic.tokens.clinician, 'POST', path, { date: '2026-03-02', reason: 'x', items: [], basedOn: 0 });
    expect(stale.status).toBe(409);
    const unknown = await call(api, clinic.tokens.clinician, 'POST', path, { date: '2026-03-02', reason: 'x', items: [{ ...bridge, exerciseId: 'no-such' }], basedOn: 1 });
    expect(unknown.status).toBe(400);
    expect((unknown.body as { error: { details: { path: string }[] } }).error.details[0]?.path).toBe('items[0].exerciseId');
    const backdated = await call(api, clinic.tokens.clinician, 'POST', path, { date: '2026-02-20', reason: 'x', items: [bridge], basedOn: 1 });
    expect(backdated.status).toBe(400);
    // The patient may not change it, and may read their own; not another's.
    expect((await call(api, clinic.tokens.patient, 'POST', path, { date: '2026-03-02', reason: 'x', items: [], basedOn: 1 })).status).toBe(403);
    const mine = (await call(api, clinic.tokens.patient, 'GET', path)).body as { versions: Json[]; current: { items: Json[] }; exercises: Json[] };
    expect(mine.versions).toHaveLength(1);
    expect(mine.exercises[0]).toMatchObject({ id: 'hinge-bridge', name: 'Bridge' });
    expect((await call(api, clinic.tokens.otherPatient, 'GET', path)).status).toBe(404);

    api.clock.now = new Date('2026-03-10T10:00:00Z');
    // A week of logs in the band: the check-in carries them, once per key; an exercise not in the programme is refused.
    // Each is written in the one statement of the check-in write path: no transaction of the full
    // gate (the refresher is set aside meanwhile, its batches being transactions of their own).
    await api.settle();
    const refresher = api.deps.summaryRefresher;
    api.deps.summaryRefresher = noRefresher;
    const transactions = vi.spyOn(api.store, 'transaction');
    onTestFinished(() => {
      transactions.mockRestore();
      api.deps.summaryRefresher = refresher;
    });
    for (let d = 2; d <= 9; d += 1) {
      const date = `2026-03-${String(d).padStart(2, '0')}`;
      const reply = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`,
        { date, painNow: 2, exercises: [{ exerciseId: 'hinge-bridge', done: 'yes', painDuring: 2 }], morningAfter: [{ exerciseId: 'hinge-bridge', response: 'same' }] },
        { 'Idempotency-Key': `log-${date}-abcdef` });
      expect(reply.status).toBe(201);
    }
    expect(transactions).not.toHaveBeenCalled();
    transactions.mockRestore();
    api.deps.summaryRefresher = refresher;
    const strayMorning = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`,
      { date: '2026-03-09', painNow: 2, morningAfter: [{ exerciseId: 'squat-box', response: 'worse' }] }, { 'Idempotency-Key': 'stray-morning-01' });
    expect(strayMorning.status).toBe(400);
    expect((strayMorning.body as { error: { details: { path: string }[] } }).error.details[0]?.path).toBe('morningAfter[0].exerciseId');
    const stray = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`,
      { date: '2026-03-09', painNow: 2, exercises: [{ exerciseId: 'squat-box', done: 'yes' }] }, { 'Idempotency-Key': 'stray-exercise-01' });
    expect(stray.status).toBe(400);
    expect((stray.body as { error: { details: { path: string }[] } }).error.details[0]?.path).toBe('exercises[0].exerciseId');

    const assessment = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/assessment?asOf=2026-03-09`)).body as { programme: Json[] };
    expect(assessment.programme).toEqual([expect.objectContaining({ exerciseId: 'hinge-bridge', advice: 'progress', nextDose: { sets: 2, reps: 11 } })]);
    // Replayed as of an earlier day: the week was not over.
    const earlier = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/assessment?asOf=2026-03-05`)).body as { programme: Json[] };
    expect(earlier.programme[0]).toMatchObject({ advice: 'hold' });

    // The clinician steps it up as advised: a second version; the caseload counts the advice.
    const second = await call(api, clinic.tokens.clinician, 'POST', path, { date: '2026-03-10', reason: 'A week in the band: about 10% more.', items: [{ ...bridge, dose: { sets: 2, reps: 11 } }], basedOn: 1 });
    expect(second.status).toBe(201);
    const programme = (await call(api, clinic.tokens.clinician, 'GET', path)).body as { versions: { date: string; reason: string }[] };
    expect(programme.versions.map((v) => v.date)).toEqual(['2026-03-01', '2026-03-10']);
    const caseload = (await call(api, clinic.tokens.clinician, 'GET', '/caseload')).body as { episodeId: string; summary: { programmeAdvice: Json | null } | null }[];
    expect(caseload.find((row) => row.episodeId === clinic.episodeId)?.summary?.programmeAdvice).toEqual({ progress: 0, hold: 1, regress: 0 });
    expect(caseload.find((row) => row.episodeId === clinic.otherEpisodeId)?.summary?.programmeAdvice).toBeNull();
  });
});
