// The clinic's own day (spec §4a.6) at its edges, and the records of revision 2 (spec §4a.1, §4a.3):
// irritability graded again as a series, and a check-in that keeps the device's time while the
// server stamps when it arrived.
import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/index.ts';
import { EXT } from '../../src/fhir/systems.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';

interface ClinicBody { id: string; name: string; timeZone: string; today: string; version: number }
interface CaseloadRow { episodeId: string; checkpointOverdue: boolean }
interface ErrorBody { error: { code: string; details: { path: string; message: string }[] } }
interface Grade { id: string; date: string; grade: string; context: string; contextId?: string; by?: string; version: number }

// Many requests each: on a machine shared by many suites they take longer than the default 20 s.
const LONG = 120_000;

describe.each(backends)('the clinic\'s day and the records of revision 2 on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(backend); });
  afterAll(async () => api.close());

  const setZone = async (clinic: TestClinic, timeZone: string): Promise<ClinicBody> => {
    const current = (await call(api, clinic.tokens.admin, 'GET', '/clinic')).body as ClinicBody;
    const reply = await call(api, clinic.tokens.admin, 'PUT', '/clinic', { name: current.name, timeZone, version: current.version });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body as ClinicBody;
  };
  const overdue = async (clinic: TestClinic): Promise<boolean | undefined> =>
    ((await call(api, clinic.tokens.clinician, 'GET', '/caseload')).body as CaseloadRow[]).find((r) => r.episodeId === clinic.episodeId)?.checkpointOverdue;
  const assessedOn = async (clinic: TestClinic): Promise<string> =>
    ((await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/assessment`)).body as Assessment).asOf;
  const at = async <T>(instant: string, work: () => Promise<T>): Promise<T> => {
    const saved = api.clock.now;
    api.clock.now = new Date(instant);
    try {
      return await work();
    } finally {
      api.clock.now = saved;
    }
  };

  it('gives "today" in the clinic\'s time zone: 23:30 in Los Angeles and 00:30 in Auckland', async () => {
    // Three clinics whose episodes started 2026-03-01, each with a checkpoint every 8 days: the first
    // is due on 2026-03-09. (Sign-ins were made at 2026-03-10 10:00 UTC; the instants below are within their life.)
    const [utc, losAngeles, auckland] = [await makeClinic(api), await makeClinic(api), await makeClinic(api)];
    for (const clinic of [utc, losAngeles, auckland]) {
      expect((await call(api, clinic.tokens.admin, 'PUT', '/clinic/settings', { version: 1, values: { checkpointIntervalDays: 8 } })).status).toBe(200);
    }
    expect(((await call(api, utc.tokens.patient, 'GET', '/clinic')).body as ClinicBody).timeZone).toBe('UTC');
    // An alias is kept as the tz database spells it; the change is logged with its old and new value.
    expect((await setZone(losAngeles, 'US/Pacific')).timeZone).toBe('America/Los_Angeles');
    await setZone(auckland, 'Pacific/Auckland');
    const log = (await call(api, losAngeles.tokens.admin, 'GET', '/clinic/settings/changes')).body as { kind: string; key: string; oldValue: string; newValue: string }[];
    expect(log[0]).toMatchObject({ kind: 'clinic', key: 'timeZone', oldValue: 'UTC', newValue: 'America/Los_Angeles' });

    // 2026-03-10 06:30 UTC is 23:30 on the 9th in Los Angeles (PDT, UTC-7): the checkpoint due on the
    // 9th is not overdue there yet, though UTC's date has moved on.
    await at('2026-03-10T06:30:00Z', async () => {
      expect(((await call(api, losAngeles.tokens.clinician, 'GET', '/clinic')).body as ClinicBody).today).toBe('2026-03-09');
      expect(await assessedOn(losAngeles)).toBe('2026-03-09');
      expect(await overdue(losAngeles)).toBe(false);
      expect(await assessedOn(utc)).toBe('2026-03-10');
      expect(await overdue(utc)).toBe(true);
    });
    // 2026-03-09 11:30 UTC is 00:30 on the 10th in Auckland (NZDT, UTC+13): overdue there already.
    await at('2026-03-09T11:30:00Z', async () => {
      expect(((await call(api, auckland.tokens.clinician, 'GET', '/clinic')).body as ClinicBody).today).toBe('2026-03-10');
      expect(await assessedOn(auckland)).toBe('2026-03-10');
      expect(await overdue(auckland)).toBe(true);
      expect(await overdue(utc)).toBe(false);
    });
  }, LONG);

  it('refuses a time zone that is not one, and a stale clinic version, changing nothing', async () => {
    const clinic = await makeClinic(api);
    const current = (await call(api, clinic.tokens.admin, 'GET', '/clinic')).body as ClinicBody;
    const bad = await call(api, clinic.tokens.admin, 'PUT', '/clinic', { name: current.name, timeZone: 'Mars/Olympus_Mons', version: current.version });
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.details[0]).toMatchObject({ path: 'timeZone' });
    await setZone(clinic, 'Europe/Berlin');
    const stale = await call(api, clinic.tokens.admin, 'PUT', '/clinic', { name: current.name, timeZone: 'Asia/Tokyo', version: current.version });
    expect(stale.status).toBe(409);
    expect(((await call(api, clinic.tokens.clinician, 'GET', '/clinic')).body as ClinicBody).timeZone).toBe('Europe/Berlin');
    expect((await call(api, clinic.tokens.clinician, 'PUT', '/clinic', { name: 'x', timeZone: 'UTC', version: 2 })).status).toBe(403);
  }, LONG);

  it('gives a new clinic the server\'s time zone', async () => {
    const serverZone = api.deps.serverTimeZone;
    api.deps.serverTimeZone = 'Europe/Lisbon';
    try {
      const clinic = await makeClinic(api);
      expect(((await call(api, clinic.tokens.admin, 'GET', '/clinic')).body as ClinicBody).timeZone).toBe('Europe/Lisbon');
    } finally {
      api.deps.serverTimeZone = serverZone;
    }
  }, LONG);

  it('keeps the time the patient made a check-in and stamps when the server received it, never taking it from the client', async () => {
    const clinic = await makeClinic(api);
    const post = (body: unknown, key: string): ReturnType<typeof call> =>
      call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, body, { 'Idempotency-Key': `${key}-${clinic.clinicId.slice(0, 8)}` });
    const made = { date: '2026-03-09T23:30:00-07:00', painNow: 4 };
    // A client that sends its own receivedAt is refused, naming the field; nothing is written.
    const forged = await post({ ...made, receivedAt: '2026-03-09T08:00:00Z' }, 'forged-receipt');
    expect(forged.status).toBe(400);
    expect((forged.body as ErrorBody).error.details).toEqual([{ path: 'receivedAt', message: '"receivedAt" is not a field this accepts' }]);
    expect((await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/check-ins`)).body).toEqual([]);

    // Made offline at 23:30 in Los Angeles, sent the next morning: the device's time stays as made.
    const sent = await at('2026-03-10T15:04:05Z', () => post(made, 'late-check-in'));
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ date: '2026-03-09T23:30:00-07:00', receivedAt: '2026-03-10T15:04:05.000Z' });
    // A retry an hour later is the same check-in, with the first receipt time.
    const retried = await at('2026-03-10T16:04:05Z', () => post(made, 'late-check-in'));
    expect(retried.body).toMatchObject({ receivedAt: '2026-03-10T15:04:05.000Z' });
    const file = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { checkIns: { date: string; receivedAt: string }[] };
    expect(file.checkIns).toEqual([expect.objectContaining({ date: '2026-03-09T23:30:00-07:00', receivedAt: '2026-03-10T15:04:05.000Z' })]);
  }, LONG);

  it('stores irritability grades as a series: add, list, edit with the version, in the case file and through FHIR', async () => {
    const clinic = await makeClinic(api);
    const base = `/episodes/${clinic.episodeId}`;
    const session = (await call(api, clinic.tokens.clinician, 'POST', `${base}/sessions`, { date: '2026-03-09T09:15:00+00:00', modalities: [{ modality: 'manual-therapy', minutes: 20 }] })).body as { id: string };

    // Graded again at the session: the clinician who graded it is recorded.
    const added = await call(api, clinic.tokens.clinician, 'POST', `${base}/irritability-grades`, { date: '2026-03-09', grade: 'moderate', context: 'session', contextId: session.id });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const grade = added.body as Grade;
    expect(grade).toMatchObject({ grade: 'moderate', context: 'session', contextId: session.id, by: clinic.userIds.clinician, version: 1 });
    // A grade naming a session the episode does not have is refused whole.
    const dangling = await call(api, clinic.tokens.clinician, 'POST', `${base}/irritability-grades`, { date: '2026-03-09', grade: 'low', context: 'session', contextId: 'no-such-session' });
    expect(dangling.status).toBe(400);
    expect((dangling.body as ErrorBody).error.details[0]?.path).toMatch(/^irritabilityGrades\[\d\]\.contextId$/);
    // The patient may not grade.
    expect((await call(api, clinic.tokens.patient, 'POST', `${base}/irritability-grades`, { date: '2026-03-09', grade: 'low' })).status).toBe(403);

    // Edited with the version read; a stale version is refused.
    const edited = await call(api, clinic.tokens.clinician, 'PUT', `/irritability-grades/${grade.id}`, { date: '2026-03-09', grade: 'low', context: 'session', contextId: session.id, note: 'Settles within the hour', version: 1 });
    expect(edited.body).toMatchObject({ grade: 'low', note: 'Settles within the hour', version: 2 });
    expect((await call(api, clinic.tokens.clinician, 'PUT', `/irritability-grades/${grade.id}`, { date: '2026-03-09', grade: 'high', version: 1 })).status).toBe(409);
    const listed = (await call(api, clinic.tokens.clinician, 'GET', `${base}/irritability-grades`)).body as Grade[];
    expect(listed.map((g) => [g.grade, g.version])).toEqual([['low', 2]]);
    const file = (await call(api, clinic.tokens.clinician, 'GET', base)).body as { irritabilityGrades: Grade[] };
    expect(file.irritabilityGrades).toEqual([expect.objectContaining({ id: grade.id, grade: 'low' })]);

    // FHIR: one Observation per grade in $everything, and an import into another clinic keeps the
    // grade beside the session it was made at (under the session's new id).
    const fhir = async (token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> => {
      const response = await api.app.request(`http://clinic.test/fhir/R4${path}`, {
        method, headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/fhir+json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.json() as unknown };
    };
    const everything = await fhir(clinic.tokens.clinician, 'GET', `/Patient/${clinic.patientId}/$everything`);
    const resources = ((everything.body as Bundle).entry ?? []).flatMap((e) => (e.resource ? [e.resource] : [])) as Resource[];
    const grades = resources.filter((r): r is Observation => r.resourceType === 'Observation' && (r.extension ?? []).some((x) => x.url === EXT.irritabilityContext));
    expect(grades).toHaveLength(1);
    expect(grades[0]).toMatchObject({ status: 'final', effectiveDateTime: '2026-03-09', valueCodeableConcept: { coding: [{ code: 'irritability-low' }] } });
    const target = await makeClinic(api);
    const transaction: Bundle = { resourceType: 'Bundle', type: 'transaction', entry: resources.map((resource) => ({ resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id ?? ''}` } })) };
    const imported = await fhir(target.tokens.clinician, 'POST', '', transaction);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const episodeId = ((imported.body as Bundle).entry ?? []).map((e) => e.response?.location ?? '').find((l) => l.startsWith('EpisodeOfCare/'))?.slice('EpisodeOfCare/'.length) ?? '';
    const copy = (await call(api, target.tokens.clinician, 'GET', `/episodes/${episodeId}`)).body as { irritabilityGrades: Grade[]; sessions: { id: string }[] };
    expect(copy.irritabilityGrades).toEqual([expect.objectContaining({ grade: 'low', context: 'session', contextId: copy.sessions[0]?.id, note: 'Settles within the hour', by: clinic.userIds.clinician })]);
  }, LONG);
});
