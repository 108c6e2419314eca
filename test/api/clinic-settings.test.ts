// Each clinic's own settings (spec §4a.5): a change by a clinic's admin changes that clinic's
// assessments (caseload, the episode's assessment, checkpoints) and no other clinic's; a stale version
// is a 409 and a value out of range a 400 naming the setting, with nothing changed either way; every
// change is logged with who, when, the old and the new value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/index.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, watchEngine, type TestApi, type TestClinic } from '../support/api.ts';

interface CaseloadRow { episodeId: string; checkpointOverdue: boolean; summary: { flags: string[]; nextCheckpoint: string } | null }
interface SettingsBody { version: number; values: Record<string, number>; overrides: Record<string, number>; catalogue: { key: string; default: number; min: number; max: number; unit: string; rationale: string; source: string }[] }
interface ChangeRow { key: string; kind: string; oldValue: number | string; newValue: number | string; version: number; actorUserId: string; at: string }
interface ErrorBody { error: { code: string; message: string; details: { path: string; message: string }[] } }

// Many requests each: on a machine shared by many suites they take longer than the default 20 s.
const LONG = 120_000;

describe.each(backends)('clinic settings on $name', (backend) => {
  let api: TestApi;
  let assess: ReturnType<typeof watchEngine>;
  beforeAll(async () => {
    api = await startTestApi(backend);
    assess = watchEngine(api);
  });
  afterAll(async () => api.close());

  const caseload = async (clinic: TestClinic): Promise<Map<string, CaseloadRow>> => {
    const reply = await call(api, clinic.tokens.clinician, 'GET', '/caseload');
    expect(reply.status).toBe(200);
    return new Map((reply.body as CaseloadRow[]).map((row) => [row.episodeId, row]));
  };
  const settings = async (clinic: TestClinic, token = clinic.tokens.admin): Promise<SettingsBody> => {
    const reply = await call(api, token, 'GET', '/clinic/settings');
    expect(reply.status).toBe(200);
    return reply.body as SettingsBody;
  };
  const change = (clinic: TestClinic, body: unknown): ReturnType<typeof call> => call(api, clinic.tokens.admin, 'PUT', '/clinic/settings', body);

  it('changes that clinic\'s caseload, assessments and checkpoints, and no other clinic\'s', async () => {
    // Two clinics, each with two episodes that started on 2026-03-01; today is 2026-03-10. By the
    // default a checkpoint is due every 14 days (2026-03-15): nobody is overdue.
    const clinic = await makeClinic(api);
    const other = await makeClinic(api);
    for (const c of [clinic, other]) {
      for (const row of (await caseload(c)).values()) {
        expect(row.summary?.flags).not.toContain('checkpoint-overdue');
        expect(row.summary?.nextCheckpoint).toBe('2026-03-15');
      }
    }

    // The clinician may read the settings (every catalogue entry with its range and source) but not change them.
    const before = await settings(clinic, clinic.tokens.clinician);
    expect(before.version).toBe(1);
    expect(before.overrides).toEqual({});
    expect(before.values.checkpointIntervalDays).toBe(14);
    expect(before.catalogue.find((s) => s.key === 'checkpointIntervalDays')).toMatchObject({ default: 14, min: 7, max: 42, unit: 'days' });
    expect(before.catalogue.every((s) => s.rationale !== '' && s.source !== '')).toBe(true);
    expect((await call(api, clinic.tokens.clinician, 'PUT', '/clinic/settings', { version: 1, values: { checkpointIntervalDays: 7 } })).status).toBe(403);

    // The admin makes checkpoints weekly: this clinic's episodes are now overdue (due 2026-03-08).
    const saved = await change(clinic, { version: 1, values: { checkpointIntervalDays: 7 } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, overrides: { checkpointIntervalDays: 7 }, values: { checkpointIntervalDays: 7 } });

    assess.mockClear();
    const after = await caseload(clinic);
    // Both summaries were stale (assessed under version 1) and were assessed again under version 2.
    expect(assess).toHaveBeenCalledTimes(2);
    for (const episodeId of [clinic.episodeId, clinic.otherEpisodeId]) {
      expect(after.get(episodeId)?.summary?.flags).toContain('checkpoint-overdue');
      expect(after.get(episodeId)?.checkpointOverdue).toBe(true);
    }
    // The other clinic's summaries were not made stale: its read assesses nothing and shows no flag.
    assess.mockClear();
    for (const row of (await caseload(other)).values()) expect(row.summary?.flags).not.toContain('checkpoint-overdue');
    expect(assess).not.toHaveBeenCalled();

    // The episode's own assessment (the patient page) runs on the clinic's values too.
    const assessed = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/assessment`)).body as Assessment;
    expect(assessed.checkpoint.due).toBe('2026-03-08');
    expect(((await call(api, other.tokens.clinician, 'GET', `/episodes/${other.episodeId}/assessment`)).body as Assessment).checkpoint.due).toBe('2026-03-15');

    // A checkpoint keeps the settings version it was assessed under.
    const held = await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/checkpoints`, { date: '2026-03-10' });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ settingsVersion: 2, assessment: { checkpoint: { due: '2026-03-08' } } });

    // Back to the default (null): the flag goes, at version 3, on the other episode of this clinic.
    const reverted = await change(clinic, { version: 2, values: { checkpointIntervalDays: null } });
    expect(reverted.body).toMatchObject({ version: 3, overrides: {}, values: { checkpointIntervalDays: 14 } });
    expect((await caseload(clinic)).get(clinic.otherEpisodeId)?.summary?.flags).not.toContain('checkpoint-overdue');
  }, LONG);

  it('refuses a stale version with 409 and a value out of range with 400 naming the setting, changing nothing', async () => {
    const clinic = await makeClinic(api);
    expect((await change(clinic, { version: 1, values: { plateauMinDays: 28 } })).status).toBe(200);
    // What a change writes: the settings row, the change log, the audit log (all of this clinic's).
    const written = async (): Promise<unknown> => api.store.transaction(async (tx) => {
      const scope = tx.clinic(clinic.clinicId);
      return { profile: await scope.profile.get(), changes: await scope.profile.listChanges({ limit: 100 }), audit: await scope.audit.list({ limit: 1000 }) };
    });
    const before = await written();

    // Someone else saved version 2 meanwhile: a change made from version 1 is refused whole.
    const stale = await change(clinic, { version: 1, values: { plateauMinDays: 35, checkpointIntervalDays: 21 } });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).error).toMatchObject({ code: 'conflict', details: [{ path: 'version', message: 'current version is 2' }] });

    // A value outside the catalogue's range, beside a good one: 400, naming the setting and its range.
    const outOfRange = await change(clinic, { version: 2, values: { checkpointIntervalDays: 21, sorenessWindowHours: 200 } });
    expect(outOfRange.status).toBe(400);
    const { error } = outOfRange.body as ErrorBody;
    expect(error.details).toEqual([{ path: 'values.sorenessWindowHours', message: 'sorenessWindowHours must be between 12 and 96 hours' }]);
    // An unknown name is refused too, by its name.
    const unknown = await change(clinic, { version: 2, values: { plateauMinDayz: 30 } });
    expect(unknown.status).toBe(400);
    expect((unknown.body as ErrorBody).error.details[0]?.path).toBe('values.plateauMinDayz');

    expect(await written()).toEqual(before);
    expect(await settings(clinic)).toMatchObject({ version: 2, overrides: { plateauMinDays: 28 } });
  }, LONG);

  it('logs every change with who, when, the old and the new value, and audits it', async () => {
    const clinic = await makeClinic(api);
    api.clock.now = new Date('2026-03-10T10:00:00Z');
    await change(clinic, { version: 1, values: { plateauMinDays: 28, firstWindowDays: 2 } });
    api.clock.now = new Date('2026-03-10T11:30:00Z');
    await change(clinic, { version: 2, values: { plateauMinDays: null, firstWindowDays: 2 } });
    // A change that changes no value makes no version and no log row.
    expect((await change(clinic, { version: 3, values: { firstWindowDays: 2 } })).body).toMatchObject({ version: 3 });
    api.clock.now = new Date('2026-03-10T10:00:00Z');

    const log = await call(api, clinic.tokens.admin, 'GET', '/clinic/settings/changes');
    expect(log.status).toBe(200);
    const rows = (log.body as ChangeRow[]).map(({ key, kind, oldValue, newValue, version, actorUserId, at }) => ({ key, kind, oldValue, newValue, version, actorUserId, at }));
    const admin = clinic.userIds.admin;
    // Newest first; within one change, in the catalogue's order.
    expect(rows).toEqual([
      { key: 'plateauMinDays', kind: 'setting', oldValue: 28, newValue: 21, version: 3, actorUserId: admin, at: '2026-03-10T11:30:00.000Z' },
      { key: 'plateauMinDays', kind: 'setting', oldValue: 21, newValue: 28, version: 2, actorUserId: admin, at: '2026-03-10T10:00:00.000Z' },
      { key: 'firstWindowDays', kind: 'setting', oldValue: 1, newValue: 2, version: 2, actorUserId: admin, at: '2026-03-10T10:00:00.000Z' },
    ]);
    expect((await call(api, clinic.tokens.clinician, 'GET', '/clinic/settings/changes')).status).toBe(403);

    const audit = (await call(api, clinic.tokens.admin, 'GET', '/audit-events')).body as { action: string; recordType: string; actorUserId: string }[];
    expect(audit.filter((e) => e.recordType === 'clinic-settings')).toHaveLength(2);
    expect(audit.find((e) => e.recordType === 'clinic-settings')).toMatchObject({ action: 'update', actorUserId: admin });
  }, LONG);

  // The preview runs the accuracy measurement on worker threads; once is enough (it reads no rows).
  it.runIf(backend.name === 'pglite')('previews a change on simulated episodes off the request path: progress, figures side by side, one at a time, cancellable', async () => {
    const clinic = await makeClinic(api);
    await change(clinic, { version: 1, values: { plateauMinDays: 28 } });
    const start = (body: unknown): ReturnType<typeof call> => call(api, clinic.tokens.admin, 'POST', '/clinic/settings/preview', body);
    expect((await call(api, clinic.tokens.clinician, 'POST', '/clinic/settings/preview', { values: {} })).status).toBe(403);
    expect((await start({ values: { plateauMinDays: 5 }, episodes: 20 })).status).toBe(400);

    // The admin proposes plateau windows of 6 weeks; the request answers at once, before any episode is replayed.
    const started = await start({ values: { plateauMinDays: 42 }, episodes: 20 });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      status: 'running', episodes: 20, total: 40, settingsVersion: 2,
      current: { overrides: { plateauMinDays: 28 }, figures: null }, proposed: { overrides: { plateauMinDays: 42 }, figures: null },
    });
    // One at a time per clinic.
    expect((await start({ values: { plateauMinDays: 35 }, episodes: 20 })).status).toBe(409);

    interface Preview { id: string; status: string; done: number; total: number; current: { figures: Figures | null }; proposed: { figures: Figures | null } }
    interface Figures { episodes: number; plateau: { sensitivity: number | null; specificity: number | null; medianDelayDays: number | null }; flares: { correct: number | null } }
    const poll = async (): Promise<Preview> => (await call(api, clinic.tokens.admin, 'GET', '/clinic/settings/preview')).body as Preview;
    const seen = new Set<number>();
    let preview = await poll();
    for (let i = 0; preview.status === 'running' && i < 600; i += 1) {
      seen.add(preview.done);
      await new Promise((resolve) => setTimeout(resolve, 250));
      preview = await poll();
    }
    expect(preview.status).toBe('done');
    expect(preview.done).toBe(40);
    expect(seen.size).toBeGreaterThan(1); // progress was visible along the way
    for (const figures of [preview.current.figures, preview.proposed.figures]) {
      expect(figures?.episodes).toBe(20);
      for (const share of [figures?.plateau.sensitivity, figures?.plateau.specificity, figures?.flares.correct]) {
        if (share !== null && share !== undefined) expect(share).toBeGreaterThanOrEqual(0);
      }
    }
    // Nothing was saved by the preview.
    expect(await settings(clinic)).toMatchObject({ version: 2, overrides: { plateauMinDays: 28 } });

    // A second preview can be cancelled; then another may start.
    const second = (await start({ values: { plateauMinDays: 56 }, episodes: 20 })).body as Preview;
    const cancelled = await call(api, clinic.tokens.admin, 'POST', '/clinic/settings/preview/cancel', { id: second.id });
    expect(cancelled.body).toMatchObject({ id: second.id, status: 'cancelled' });
    expect((await poll()).status).toBe('cancelled');
    const third = await start({ values: { plateauMinDays: 21 }, episodes: 10 });
    expect(third.status).toBe(202);
    await call(api, clinic.tokens.admin, 'POST', '/clinic/settings/preview/cancel', { id: (third.body as Preview).id });
  }, 300_000);
});
