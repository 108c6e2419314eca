// The caseload's sparkline and goal column (issue 5): each summary carries the last sessions' relief
// days and the mean goal progress, as the engine's assessment of the episode has them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/index.ts';
import { meanGoalProgress } from '../../src/services/summary-refresh.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi } from '../support/api.ts';

interface Row { episodeId: string; summary: { reliefWindows: (number | null)[]; goalProgress: number | null } | null }

const goal = (progress: number | null): Assessment['goals'][number] => ({
  goalId: 'g', activity: 'walk', baseline: 2, target: 8, current: null, currentOn: null, progress, atTarget: false, reachedTargetOn: null,
});

describe('meanGoalProgress', () => {
  it('averages the measured goals, each held to 0..1, and is null without any', () => {
    expect(meanGoalProgress([])).toBeNull();
    expect(meanGoalProgress([goal(null)])).toBeNull();
    expect(meanGoalProgress([goal(-0.5), goal(1.5), goal(0.5), goal(null)])).toBeCloseTo(0.5);
  });
});

describe.each(backends)('caseload series on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(backend); });
  afterAll(async () => api.close());

  it('carries the last relief windows and the goal progress of the assessment', async () => {
    const clinic = await makeClinic(api);
    const token = clinic.tokens.clinician;
    const episode = (await call(api, token, 'GET', `/episodes/${clinic.episodeId}`)).body as { goals: { id: string }[] };
    const goalId = episode.goals[0]?.id ?? '';
    for (const [date, reliefDays] of [['2026-03-02', null], ['2026-03-04', 1], ['2026-03-07', 2]] as const) {
      const body = { date, modalities: [{ modality: 'acupuncture', minutes: 15 }], ...(reliefDays === null ? {} : { responseSinceLastSession: { reliefDays } }) };
      expect((await call(api, token, 'POST', `/episodes/${clinic.episodeId}/sessions`, body)).status).toBe(201);
    }
    const rated = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`,
      { date: '2026-03-09', painNow: 4, goals: [{ goalId, value: 5 }] }, { 'Idempotency-Key': `series-${backend.name}-${clinic.clinicId.slice(0, 8)}` });
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);

    const caseload = await call(api, token, 'GET', '/caseload');
    expect(caseload.status).toBe(200);
    const rows = caseload.body as Row[];
    const assessment = (await call(api, token, 'GET', `/episodes/${clinic.episodeId}/assessment`)).body as Assessment;
    const summary = rows.find((r) => r.episodeId === clinic.episodeId)?.summary;
    expect(summary?.reliefWindows).toEqual(assessment.reliefWindows.slice(-12).map((w) => w.reliefDays));
    expect(summary?.reliefWindows).toHaveLength(3);
    expect(summary?.goalProgress).toBeCloseTo(meanGoalProgress(assessment.goals) ?? Number.NaN);
    // Baseline 3, target 8, rated 5: two fifths of the way.
    expect(summary?.goalProgress).toBeCloseTo(0.4);
    // The other patient has no sessions: an empty series; the goal not yet rated stands at its baseline.
    const other = rows.find((r) => r.episodeId === clinic.otherEpisodeId)?.summary;
    expect(other?.reliefWindows).toEqual([]);
    expect(other?.goalProgress).toBe(0);
  });
});
