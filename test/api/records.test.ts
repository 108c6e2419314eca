// The clinical records through the API: a short course of care, idempotent check-ins, versioned
// edits, checkpoints that keep their assessment, the caseload, outcomes and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { clearScreen } from '../support/screens.ts';

type Json = Record<string, unknown>;

describe.each(backends)('records on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(backend); });
  afterAll(async () => api.close());

  const countRows = async (clinic: TestClinic): Promise<{ checkIns: number; audit: number }> => api.store.transaction(async (tx) => ({
    checkIns: (await tx.clinic(clinic.clinicId).records('check-in').list(clinic.episodeId)).length,
    audit: (await tx.clinic(clinic.clinicId).audit.list({ limit: 10_000 })).length,
  }));

  it('counts a retried check-in once and returns the first result', async () => {
    const clinic = await makeClinic(api);
    const checkIn = { date: '2026-03-09', painNow: 4, reliefSinceLastSession: true, hep: 'partly' };
    const headers = { 'Idempotency-Key': 'phone-7f3a-0001' };
    // The phone submits; the response is lost; the phone retries with the same key.
    const first = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, checkIn, headers);
    expect(first.status).toBe(201);
    const after = await countRows(clinic);
    const retry = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, checkIn, headers);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    // Nothing new: no second check-in and no new audit row.
    expect(await countRows(clinic)).toEqual(after);
    expect(after.checkIns).toBe(1);
    // The same key with a different body is a client bug, not a retry.
    const reused = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, { ...checkIn, painNow: 6 }, headers);
    expect(reused.status).toBe(409);
    // No key at all is bad input.
    const keyless = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, checkIn);
    expect(keyless.status).toBe(400);
    expect(await countRows(clinic)).toEqual(after);
  });

  it('refuses a stale edit with 409 and changes nothing', async () => {
    const clinic = await makeClinic(api);
    const episode = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { goals: (Json & { id: string; version: number })[] };
    const goal = episode.goals[0];
    if (!goal) throw new Error('no goal');
    const { id, episodeId: _e, version, ...fields } = goal;
    // Two clinicians read version 1; the first saves a new target, the second's save is stale.
    const firstSave = await call(api, clinic.tokens.clinician, 'PUT', `/goals/${id}`, { ...fields, target: 9, version });
    expect(firstSave.status).toBe(200);
    expect((firstSave.body as Json).version).toBe(version + 1);
    const staleSave = await call(api, clinic.tokens.clinician, 'PUT', `/goals/${id}`, { ...fields, target: 7, version });
    expect(staleSave.status).toBe(409);
    expect((staleSave.body as { error: { code: string } }).error.code).toBe('conflict');
    const now = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/goals`)).body as Json[];
    expect(now[0]?.target).toBe(9);
  });

  it('runs a course of care: intake, sessions, flare, checkpoint, referral, ongoing care', async () => {
    const clinic = await makeClinic(api);
    const e = clinic.episodeId;
    const as = clinic.tokens.clinician;
    // The clinician records the intake: a negative red-flag screen, irritability, a prior treatment and an MRI report.
    const read = (await call(api, as, 'GET', `/episodes/${e}`)).body as { episode: { version: number } };
    const intake = await call(api, as, 'PUT', `/episodes/${e}/intake`, {
      version: read.episode.version, completedOn: '2026-03-01',
      redFlags: clearScreen('2026-03-01'),
      irritability: { confirmed: 'moderate', confirmedOn: '2026-03-01' },
      priorTreatments: [{ kind: 'exercise-program', outcome: 'flare' }],
      imaging: [{ id: 'mri-1', date: '2026-01-10', modality: 'mri', region: 'low-back', text: 'Mild disc bulge at L4-L5. No protrusion.' }],
    });
    expect(intake.status, JSON.stringify(intake.body)).toBe(200);
    // The MRI report comes back with its findings in age context.
    const imaging = await call(api, as, 'GET', `/episodes/${e}/imaging`);
    expect(imaging.status).toBe(200);
    const [report] = imaging.body as { ageAtImaging: number; context: { findings: { finding: string }[] } }[];
    expect(report?.ageAtImaging).toBe(50);
    expect(report?.context.findings.map((f) => f.finding)).toContain('disc-bulge');
    // Two sessions of dry needling, the second reporting three days of relief.
    for (const [date, relief] of [['2026-03-02', null], ['2026-03-06', 3]] as const) {
      const session = await call(api, as, 'POST', `/episodes/${e}/sessions`, {
        date, modalities: [{ modality: 'dry-needling', minutes: 20 }], ...(relief === null ? {} : { responseSinceLastSession: { reliefDays: relief } }),
      });
      expect(session.status, JSON.stringify(session.body)).toBe(201);
    }
    // The patient reports a flare after gardening; a PEG score is recorded.
    expect((await call(api, clinic.tokens.patient, 'POST', `/episodes/${e}/flares`, { start: '2026-03-07', cause: 'new-load' })).status).toBe(201);
    expect((await call(api, as, 'POST', `/episodes/${e}/measures`, { instrument: 'peg', date: '2026-03-02', score: 6 })).status).toBe(201);
    // The patient rates their goal from home.
    const goals = (await call(api, clinic.tokens.patient, 'GET', `/episodes/${e}/goals`)).body as { id: string; version: number }[];
    const rated = await call(api, clinic.tokens.patient, 'POST', `/goals/${goals[0]?.id}/ratings`, { date: '2026-03-08', value: 5, version: goals[0]?.version });
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);
    expect((rated.body as { ratings: unknown[] }).ratings).toEqual([{ date: '2026-03-08', value: 5, source: 'check-in' }]);

    // A checkpoint keeps the assessment as it was on its date, with the decision.
    const checkpoint = await call(api, as, 'POST', `/episodes/${e}/checkpoints`, { date: '2026-03-09', decision: { code: 'continue', reason: 'relief window appearing' } });
    expect(checkpoint.status, JSON.stringify(checkpoint.body)).toBe(201);
    const held = checkpoint.body as { id: string; version: number; assessment: { asOf: string; phase: string }; decision: { by: string } };
    expect(held.assessment.asOf).toBe('2026-03-09');
    expect(held.decision.by).toBe(clinic.userIds.clinician);
    const decided = await call(api, as, 'PUT', `/checkpoints/${held.id}/decision`, { code: 'extend-passive', reason: 'window still short', version: held.version });
    expect(decided.status).toBe(200);
    expect((decided.body as { assessment: unknown }).assessment).toEqual(held.assessment);

    // The assessment can be asked as of any date.
    const early = await call(api, as, 'GET', `/episodes/${e}/assessment?asOf=2026-03-01`);
    expect(early.status).toBe(200);
    expect((early.body as { asOf: string }).asOf).toBe('2026-03-01');
    expect((await call(api, as, 'GET', `/episodes/${e}/assessment?asOf=yesterday`)).status).toBe(400);

    // A referral with its overlap; then ongoing care declared with a reason and review date.
    const referral = await call(api, as, 'POST', `/episodes/${e}/referrals`, {
      date: '2026-03-09', to: { discipline: 'psychology' }, reason: 'fear of movement', overlapStart: '2026-03-10', overlapEnd: '2026-03-31',
    });
    expect(referral.status, JSON.stringify(referral.body)).toBe(201);
    const current = (await call(api, as, 'GET', `/episodes/${e}`)).body as { episode: { version: number } };
    const ongoing = await call(api, as, 'PUT', `/episodes/${e}/ongoing-care`, {
      declaredOn: '2026-03-10', reason: 'maintenance while returning to work', reviewOn: '2026-04-10', version: current.episode.version,
    });
    expect(ongoing.status, JSON.stringify(ongoing.body)).toBe(200);
    const file = ongoing.body as Json & { episode: { status: string }; sessions: unknown[]; flares: unknown[]; checkpoints: unknown[]; referrals: unknown[]; intake: { imaging: unknown[] } };
    expect(file.episode.status).toBe('ongoing-care');
    expect([file.sessions.length, file.flares.length, file.checkpoints.length, file.referrals.length, file.intake.imaging.length]).toEqual([2, 1, 1, 1, 1]);
    expect(file.ongoingCare).toMatchObject({ reviewOn: '2026-04-10' });
  });

  it('refuses a record that contradicts the episode (a check-in for an unknown goal)', async () => {
    const clinic = await makeClinic(api);
    const before = await countRows(clinic);
    const reply = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`,
      { date: '2026-03-09', painNow: 3, goals: [{ goalId: 'no-such-goal', value: 4 }] }, { 'Idempotency-Key': 'phone-bad-goal-1' });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain('no goal with id');
    expect(await countRows(clinic)).toEqual(before);
  });

  it('lists the caseload with phase, flags and next checkpoint, and clinic outcomes', async () => {
    const clinic = await makeClinic(api);
    const caseload = await call(api, clinic.tokens.clinician, 'GET', '/caseload');
    expect(caseload.status).toBe(200);
    const rows = caseload.body as { episodeId: string; summary: { phase: string; flags: string[]; nextCheckpoint: string } }[];
    expect(rows.map((r) => r.episodeId).sort()).toEqual([clinic.episodeId, clinic.otherEpisodeId].sort());
    expect(rows[0]?.summary.phase).toBe('screening');
    expect(rows[0]?.summary.nextCheckpoint).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const outcomes = await call(api, clinic.tokens.admin, 'GET', '/outcomes');
    expect(outcomes.status).toBe(200);
    expect(outcomes.body).toMatchObject({ episodes: { total: 2, active: 2 }, graduationRate: null });
    expect((outcomes.body as { guidelineAudit: unknown[] }).guidelineAudit).toHaveLength(11);
  });

  it('audits every read and write of patient data, for the admin to list', async () => {
    const clinic = await makeClinic(api);
    await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`);
    await call(api, clinic.tokens.patient, 'GET', `/patients/${clinic.patientId}`);
    const events = (await call(api, clinic.tokens.admin, 'GET', `/audit-events?patientId=${clinic.patientId}`)).body as Json[];
    expect(events).toEqual(expect.arrayContaining([
      expect.objectContaining({ action: 'read', recordType: 'episode', recordId: clinic.episodeId, actorUserId: clinic.userIds.clinician }),
      expect.objectContaining({ action: 'read', recordType: 'patient', recordId: clinic.patientId, actorUserId: clinic.userIds.patient }),
      expect.objectContaining({ action: 'create', recordType: 'goal' }),
    ]));
    expect((await call(api, clinic.tokens.clinician, 'GET', '/audit-events')).status).toBe(403);
  });
});
