// Issue 18, items 1-4 through the API on every backend: a patient and their first episode registered
// in one transaction (or not at all), edits refused when stale (409), removals that keep the record
// and say why (an irritability grade's too), audit rows with the old and new values, dates after today refused unless the record
// is a plan, red-flag screens that are complete or explicitly not done, and one audit row per page read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../src/domain/index.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { clearScreen } from '../support/screens.ts';

type Json = Record<string, unknown>;
interface ErrorBody { error: { code: string; message: string; details: { path: string; message: string }[] } }
interface Stored { id: string; version: number; removed?: { on: string; by: string; reason: string } }

// The test clock reads 2026-03-10 (test/support/api.ts).
const TODAY = '2026-03-10';
const TOMORROW = '2026-03-11';

describe.each(backends)('corrections and integrity on $name', (backend) => {
  let api: TestApi;
  let home: TestClinic;
  beforeAll(async () => {
    api = await startTestApi(backend);
    home = await makeClinic(api);
  });
  afterAll(async () => api.close());

  // One clinic for the file (its people take seconds to make); each test takes a patient and episode of its own.
  let made = 0;
  async function makePatient(): Promise<TestClinic> {
    const reply = await call(api, home.tokens.clinician, 'POST', '/registrations', {
      patient: { name: `Pat ${(made += 1)}`, birthDate: '1975-06-15', sex: 'female' }, episode: { startDate: '2026-03-01', regions: ['low-back'], condition: 'low-back-pain' },
    });
    const file = reply.body as { patient: { id: string }; episode: { id: string } };
    await call(api, home.tokens.clinician, 'POST', `/episodes/${file.episode.id}/goals`, { activity: 'walk 30 minutes', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-03-01' });
    return { ...home, patientId: file.patient.id, episodeId: file.episode.id };
  }

  const patientsOf = async (clinic: TestClinic): Promise<number> =>
    api.store.transaction(async (tx) => (await tx.clinic(clinic.clinicId).people.listPatients()).length);
  const auditOf = async (clinic: TestClinic): Promise<Json[]> =>
    api.store.transaction(async (tx) => (await tx.clinic(clinic.clinicId).audit.list({ limit: 10_000 })) as unknown as Json[]);
  const errorOf = (reply: { body: unknown }): ErrorBody['error'] => (reply.body as ErrorBody).error;
  const paths = (reply: { body: unknown }): string[] => errorOf(reply).details.map((d) => d.path);

  describe('registration', () => {
    const patient = { name: 'Rosa Reyes', birthDate: '1969-05-01', sex: 'female' };
    const episode = { startDate: '2026-03-09', regions: ['knee'], condition: 'osteoarthritis', painDurationMonths: 14 };

    it('registers the patient and opens the episode in one transaction', async () => {
      const clinic = await makePatient();
      const reply = await call(api, clinic.tokens.clinician, 'POST', '/registrations', { patient, episode });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      const file = reply.body as { patient: { id: string; name: string }; episode: { id: string; patientId: string; painDurationMonths: number } };
      expect(file.patient.name).toBe('Rosa Reyes');
      expect(file.episode).toMatchObject({ patientId: file.patient.id, painDurationMonths: 14 });
      const created = (await auditOf(clinic)).filter((e) => e.action === 'create' && e.patientId === file.patient.id).map((e) => e.recordType);
      expect(created.sort()).toEqual(['episode', 'patient']);
    });

    it('leaves nothing behind when the episode cannot be opened', async () => {
      const clinic = await makePatient();
      const before = { patients: await patientsOf(clinic), audit: (await auditOf(clinic)).length };
      // A birth date after the start of care, a negative pain duration, a start date tomorrow: each a 400 naming the field.
      const later = await call(api, clinic.tokens.clinician, 'POST', '/registrations', { patient: { ...patient, birthDate: '2026-03-09' }, episode: { ...episode, startDate: '2026-03-01' } });
      expect(later.status).toBe(400);
      expect(paths(later)).toEqual(['patient.birthDate']);
      expect(errorOf(later).details[0]?.message).toBe('The birth date must be on or before the day care starts');
      const negative = await call(api, clinic.tokens.clinician, 'POST', '/registrations', { patient, episode: { ...episode, painDurationMonths: -2 } });
      expect(negative.status).toBe(400);
      expect(errorOf(negative).details).toEqual([{ path: 'episode.painDurationMonths', message: 'Enter 0 or more' }]);
      const ahead = await call(api, clinic.tokens.clinician, 'POST', '/registrations', { patient, episode: { ...episode, startDate: TOMORROW } });
      expect(ahead.status).toBe(400);
      expect(paths(ahead)).toEqual(['episode.startDate']);
      // An admin may register people but not open care: refused whole, before anything is written.
      const admin = await call(api, clinic.tokens.admin, 'POST', '/registrations', { patient, episode });
      expect(admin.status).toBe(403);
      expect(errorOf(admin).message).toMatch(/clinician/);
      // Nothing written but the audit row of the refusal itself (issue 15: refused access is audited).
      const after = await auditOf(clinic);
      expect({ patients: await patientsOf(clinic), audit: after.length }).toEqual({ ...before, audit: before.audit + 1 });
      expect(after.filter((e) => e.action === 'refused')).toHaveLength(1);
    });

    it('lists a patient registered without an episode, who can then be corrected and taken into care', async () => {
      const clinic = await makePatient();
      const bare = (await call(api, clinic.tokens.clinician, 'POST', '/patients', { name: 'Half Saved', birthDate: '1990-01-01', sex: 'unknown' })).body as Stored;
      const listed = (await call(api, clinic.tokens.clinician, 'GET', '/patients')).body as (Stored & { name: string; episodeCount: number })[];
      expect(listed.find((p) => p.id === bare.id)).toMatchObject({ name: 'Half Saved', episodeCount: 0 });
      expect(listed.find((p) => p.id === clinic.patientId)?.episodeCount).toBe(1);
      const overview = await call(api, clinic.tokens.clinician, 'GET', `/patients/${bare.id}/overview`);
      expect(overview.body).toMatchObject({ patient: { id: bare.id }, episodes: [], current: null });
      const fixed = await call(api, clinic.tokens.clinician, 'PUT', `/patients/${bare.id}`, { name: 'Hana Saved', birthDate: '1990-01-01', sex: 'female', version: bare.version });
      expect(fixed.status).toBe(200);
      const opened = await call(api, clinic.tokens.clinician, 'POST', `/patients/${bare.id}/episodes`, { startDate: TODAY, regions: ['neck'], condition: 'neck-pain' });
      expect(opened.status).toBe(201);
    });
  });

  describe('edits and removals', () => {
    async function withSession(clinic: TestClinic, date = '2026-03-05'): Promise<Stored & Json> {
      const reply = await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/sessions`, {
        date, modalities: [{ modality: 'dry-needling', minutes: 20 }], responseSinceLastSession: { reliefDays: 2 },
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      return reply.body as Stored & Json;
    }
    const fieldsOf = ({ id: _i, version: _v, episodeId: _e, removed: _r, ...fields }: Json): Json => fields;

    it('keeps the old and new values of an edit in its audit row, and refuses a stale one with 409', async () => {
      const clinic = await makePatient();
      const session = await withSession(clinic);
      const edited = await call(api, clinic.tokens.clinician, 'PUT', `/sessions/${session.id}`, { ...fieldsOf(session), notes: 'needling to L4-L5', version: session.version });
      expect(edited.status).toBe(200);
      const row = (await auditOf(clinic)).find((e) => e.action === 'update' && e.recordId === session.id);
      expect(row?.detail).toEqual({ before: { notes: null }, after: { notes: 'needling to L4-L5' } });
      // A second clinician saves from the same read: someone changed it since.
      const stale = await call(api, clinic.tokens.clinician, 'PUT', `/sessions/${session.id}`, { ...fieldsOf(session), notes: 'other', version: session.version });
      expect(stale.status).toBe(409);
      expect(errorOf(stale).message).toMatch(/Someone changed this session/);
      // The same for a measure, a patient's details and the intake.
      const measure = (await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/measures`, { instrument: 'nprs', date: '2026-03-02', score: 6 })).body as Stored & Json;
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/measures/${measure.id}`, { ...fieldsOf(measure), score: 5, version: measure.version })).status).toBe(200);
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/measures/${measure.id}`, { ...fieldsOf(measure), score: 4, version: measure.version })).status).toBe(409);
      const patient = (await call(api, clinic.tokens.clinician, 'GET', `/patients/${clinic.patientId}`)).body as Stored & Json;
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/patients/${clinic.patientId}`, { ...fieldsOf(patient), contact: '0400 000 000', version: patient.version })).status).toBe(200);
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/patients/${clinic.patientId}`, { ...fieldsOf(patient), version: patient.version })).status).toBe(409);
      expect((await auditOf(clinic)).find((e) => e.recordType === 'patient' && e.action === 'update' && e.patientId === clinic.patientId)?.detail).toEqual({ before: { contact: null }, after: { contact: '0400 000 000' } });
      const file = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { episode: { version: number } };
      const intake = { irritability: { confirmed: 'moderate', confirmedOn: TODAY }, version: file.episode.version };
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/episodes/${clinic.episodeId}/intake`, intake)).status).toBe(200);
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/episodes/${clinic.episodeId}/intake`, intake)).status).toBe(409);
      expect((await auditOf(clinic)).find((e) => e.recordType === 'intake' && e.patientId === clinic.patientId)?.detail).toEqual({
        before: { irritability: { confirmed: null } }, after: { irritability: { confirmed: 'moderate', confirmedOn: TODAY } },
      });
    });

    it('removes a record with a reason: kept and marked, ignored by the engine from today, still there in a replay of yesterday', async () => {
      const clinic = await makePatient();
      const session = await withSession(clinic);
      const before = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/assessment`)).body as { reliefWindows: unknown[] };
      expect(before.reliefWindows).toHaveLength(1);
      // A removal needs a reason and the version read.
      const noReason = await call(api, clinic.tokens.clinician, 'PUT', `/sessions/${session.id}/removal`, { version: session.version, reason: '' });
      expect(noReason.status).toBe(400);
      expect(errorOf(noReason).details).toEqual([{ path: 'reason', message: 'Fill this in' }]);
      const removed = await call(api, clinic.tokens.clinician, 'PUT', `/sessions/${session.id}/removal`, { version: session.version, reason: 'recorded on the wrong patient' });
      expect(removed.status, JSON.stringify(removed.body)).toBe(200);
      expect((removed.body as Stored).removed).toEqual({ on: TODAY, by: clinic.userIds.clinician, reason: 'recorded on the wrong patient' });
      // Never deleted: still listed, with its marker.
      const listed = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/sessions`)).body as Stored[];
      expect(listed.map((s) => s.removed?.reason)).toEqual(['recorded on the wrong patient']);
      const today = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/assessment`)).body as { reliefWindows: unknown[] };
      expect(today.reliefWindows).toHaveLength(0);
      const yesterday = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/assessment?asOf=2026-03-09`)).body as { reliefWindows: unknown[] };
      expect(yesterday.reliefWindows).toHaveLength(1);
      const row = (await auditOf(clinic)).find((e) => e.action === 'remove' && e.patientId === clinic.patientId);
      expect(row).toMatchObject({ recordType: 'session', recordId: session.id, patientId: clinic.patientId, actorUserId: clinic.userIds.clinician });
      expect(row?.detail).toMatchObject({ reason: 'recorded on the wrong patient', before: { removed: null } });
      // A removed record is not edited or removed again.
      const version = (removed.body as Stored).version;
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/sessions/${session.id}`, { ...fieldsOf(session), notes: 'late edit', version })).status).toBe(409);
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/sessions/${session.id}/removal`, { version, reason: 'again' })).status).toBe(409);
    });

    it('removes goals, flares, measures, referrals and checkpoints the same way, and refuses a stale removal', async () => {
      const clinic = await makePatient();
      const e = clinic.episodeId;
      const made = {
        goals: (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${e}/goals`)).body as Stored[],
        flares: [(await call(api, clinic.tokens.clinician, 'POST', `/episodes/${e}/flares`, { start: '2026-03-07', cause: 'new-load' })).body as Stored],
        measures: [(await call(api, clinic.tokens.clinician, 'POST', `/episodes/${e}/measures`, { instrument: 'peg', date: '2026-03-02', score: 6 })).body as Stored],
        referrals: [(await call(api, clinic.tokens.clinician, 'POST', `/episodes/${e}/referrals`, { date: '2026-03-09', to: { discipline: 'psychology' }, reason: 'fear of movement' })).body as Stored],
        checkpoints: [(await call(api, clinic.tokens.clinician, 'POST', `/episodes/${e}/checkpoints`, { date: TODAY })).body as Stored],
      };
      for (const [path, [record]] of Object.entries(made)) {
        if (!record) throw new Error(`no ${path}`);
        const stale = await call(api, clinic.tokens.clinician, 'PUT', `/${path}/${record.id}/removal`, { version: record.version + 1, reason: 'duplicate' });
        expect(stale.status, path).toBe(409);
        const reply = await call(api, clinic.tokens.clinician, 'PUT', `/${path}/${record.id}/removal`, { version: record.version, reason: 'duplicate' });
        expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(200);
      }
      const file = caseFileSchema.parse(stripVersions((await call(api, clinic.tokens.clinician, 'GET', `/episodes/${e}`)).body));
      expect([file.goals, file.flares, file.measures, file.referrals, file.checkpoints].map((list) => list.every((r) => r.removed?.reason === 'duplicate'))).toEqual([true, true, true, true, true]);
      const assessment = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${e}/assessment`)).body as { goals: unknown[]; flags: { code: string }[] };
      expect(assessment.goals).toEqual([]);
      expect(assessment.flags.map((f) => f.code)).toContain('no-goals');
      expect((await auditOf(clinic)).filter((row) => row.action === 'remove' && row.patientId === clinic.patientId).map((row) => row.recordType).sort()).toEqual(['checkpoint', 'flare', 'goal', 'measure', 'referral']);
    });

    it('removes an irritability grade given in error: only staff may, with the version read; the grade before it is in force again from today', async () => {
      // The patient's own episode: a patient may read it, yet not remove what the clinician graded.
      const e = home.episodeId;
      const grade = async (date: string, value: string): Promise<Stored> => {
        const reply = await call(api, home.tokens.clinician, 'POST', `/episodes/${e}/irritability-grades`, { date, grade: value });
        expect(reply.status, JSON.stringify(reply.body)).toBe(201);
        return reply.body as Stored;
      };
      await grade('2026-03-02', 'moderate');
      const wrong = await grade('2026-03-08', 'high');
      const current = async (asOf = TODAY): Promise<unknown> =>
        ((await call(api, home.tokens.clinician, 'GET', `/episodes/${e}/assessment?asOf=${asOf}`)).body as { screening: { irritability: { current: unknown } } }).screening.irritability.current;
      expect(await current()).toEqual({ grade: 'high', date: '2026-03-08', source: 'other' });
      const removals = async (): Promise<number> => (await auditOf(home)).filter((row) => row.action === 'remove' && row.recordId === wrong.id).length;
      const stored = async (): Promise<Stored | undefined> =>
        ((await call(api, home.tokens.clinician, 'GET', `/episodes/${e}/irritability-grades`)).body as Stored[]).find((g) => g.id === wrong.id);
      const url = `/irritability-grades/${wrong.id}/removal`;
      // Refused calls write nothing: no marker, no new version, no remove row.
      expect((await call(api, home.tokens.patient, 'PUT', url, { version: wrong.version, reason: 'not my grade' })).status).toBe(403);
      const stale = await call(api, home.tokens.clinician, 'PUT', url, { version: wrong.version + 1, reason: 'graded on the wrong patient' });
      expect(stale.status).toBe(409);
      expect(errorOf(stale).message).toMatch(/irritability-grade/);
      expect((await call(api, home.tokens.clinician, 'PUT', url, { version: wrong.version })).status).toBe(400);
      expect(await stored()).toEqual(wrong);
      expect(await removals()).toBe(0);

      const removed = await call(api, home.tokens.clinician, 'PUT', url, { version: wrong.version, reason: 'graded on the wrong patient' });
      expect(removed.status, JSON.stringify(removed.body)).toBe(200);
      expect((removed.body as Stored).removed).toEqual({ on: TODAY, by: home.userIds.clinician, reason: 'graded on the wrong patient' });
      expect((await stored())?.removed?.reason).toBe('graded on the wrong patient');
      // From today the moderate grade before it is in force again; a replay of yesterday still sees the high one.
      expect(await current()).toEqual({ grade: 'moderate', date: '2026-03-02', source: 'other' });
      expect(await current('2026-03-09')).toEqual({ grade: 'high', date: '2026-03-08', source: 'other' });
      const row = (await auditOf(home)).find((r) => r.action === 'remove' && r.recordId === wrong.id);
      expect(row).toMatchObject({ recordType: 'irritability-grade', patientId: home.patientId, actorUserId: home.userIds.clinician });
      expect(row?.detail).toMatchObject({ reason: 'graded on the wrong patient', before: { removed: null } });
      const version = (removed.body as Stored).version;
      expect((await call(api, home.tokens.clinician, 'PUT', `/irritability-grades/${wrong.id}`, { date: '2026-03-08', grade: 'low', version })).status).toBe(409);
      expect((await call(api, home.tokens.clinician, 'PUT', url, { version, reason: 'again' })).status).toBe(409);
    });

    it('takes an imaging report back only by removing it with a reason', async () => {
      const clinic = await makePatient();
      const read = async (): Promise<{ episode: { version: number }; intake: { imaging: Json[] } }> =>
        (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { episode: { version: number }; intake: { imaging: Json[] } };
      const report = { id: 'mri-1', date: '2026-01-10', modality: 'mri', region: 'low-back', text: 'Mild disc bulge at L4-L5.' };
      expect((await call(api, clinic.tokens.clinician, 'PUT', `/episodes/${clinic.episodeId}/intake`, { imaging: [report], version: (await read()).episode.version })).status).toBe(200);
      const deleted = await call(api, clinic.tokens.clinician, 'PUT', `/episodes/${clinic.episodeId}/intake`, { imaging: [], version: (await read()).episode.version });
      expect(deleted.status).toBe(400);
      expect(errorOf(deleted).message).toMatch(/cannot be deleted/);
      const removed = await call(api, clinic.tokens.clinician, 'PUT', `/episodes/${clinic.episodeId}/intake`, { imaging: [{ ...report, removed: { reason: 'another patient\'s scan' } }], version: (await read()).episode.version });
      expect(removed.status).toBe(200);
      expect((await read()).intake.imaging[0]?.removed).toEqual({ on: TODAY, by: clinic.userIds.clinician, reason: 'another patient\'s scan' });
      expect((await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/imaging`)).body).toEqual([]);
    });
  });

  describe('dates after today', () => {
    it('are refused with a plain message naming the field, unless the record is a plan', async () => {
      const clinic = await makePatient();
      const e = clinic.episodeId;
      const as = clinic.tokens.clinician;
      const refused = [
        await call(api, as, 'POST', `/episodes/${e}/sessions`, { date: TOMORROW, modalities: [{ modality: 'massage', minutes: 10 }] }),
        await call(api, as, 'POST', `/episodes/${e}/sessions`, { date: '2026-03-10T23:00:00+00:00', modalities: [] }),
        await call(api, as, 'POST', `/episodes/${e}/flares`, { start: '2026-03-08', end: TOMORROW }),
        await call(api, as, 'POST', `/episodes/${e}/measures`, { instrument: 'nprs', date: TOMORROW, score: 5 }),
        await call(api, as, 'POST', `/episodes/${e}/referrals`, { date: TOMORROW, to: { discipline: 'physician' }, reason: 'review' }),
        await call(api, as, 'PUT', `/episodes/${e}/intake`, { redFlags: { ...clearScreen(TOMORROW) }, version: 1 }),
      ];
      expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
      expect(refused.map((r) => paths(r)[0])).toEqual(['date', 'date', 'end', 'date', 'date', 'redFlags.date']);
      expect(errorOf(refused[0] ?? { body: {} }).details[0]?.message).toBe(`${TOMORROW} is after today (${TODAY}): record what has happened; only a plan, such as a checkpoint, can be dated ahead`);
      // Plans may lie ahead: a checkpoint, a referral's overlap, an ongoing-care review; a time already past today is fine.
      expect((await call(api, as, 'POST', `/episodes/${e}/checkpoints`, { date: '2026-03-24' })).status).toBe(201);
      expect((await call(api, as, 'POST', `/episodes/${e}/referrals`, { date: TODAY, to: { discipline: 'physician' }, reason: 'review', overlapStart: TODAY, overlapEnd: '2026-04-10' })).status).toBe(201);
      expect((await call(api, as, 'POST', `/episodes/${e}/sessions`, { date: '2026-03-10T09:00:00+00:00', modalities: [] })).status).toBe(201);
    });
  });

  describe('the red-flag screen', () => {
    const save = async (clinic: TestClinic, redFlags: unknown): Promise<{ status: number; body: unknown }> => {
      const read = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}`)).body as { episode: { version: number } };
      return call(api, clinic.tokens.clinician, 'PUT', `/episodes/${clinic.episodeId}/intake`, {
        completedOn: TODAY, redFlags, irritability: { confirmed: 'moderate', confirmedOn: TODAY }, version: read.episode.version,
      });
    };
    const screening = async (clinic: TestClinic): Promise<{ phase: string; screening: { redFlags: { screened: boolean; reasons: { text: string }[] } } }> =>
      (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/assessment`)).body as { phase: string; screening: { redFlags: { screened: boolean; reasons: { text: string }[] } } };

    it('refuses a done screen with items left unanswered, naming each one', async () => {
      const clinic = await makePatient();
      const partial = await save(clinic, { date: TODAY, answers: [{ item: 'cauda-equina-bladder-bowel', present: false }] });
      expect(partial.status).toBe(400);
      const unanswered = paths(partial);
      expect(unanswered.length).toBe(clearScreen(TODAY).answers.length - 1);
      expect(unanswered).toContain('redFlags.answers.cauda-equina-saddle-sensory-change');
      expect(errorOf(partial).details[0]?.message).toMatch(/^Not answered: /);
      // An untouched screen (no answers at all) is no negative screen either.
      expect((await save(clinic, { date: TODAY, answers: [] })).status).toBe(400);
      expect((await screening(clinic)).screening.redFlags.screened).toBe(false);
    });

    it('takes a screen recorded as not done, with its reason, and treats the patient as not screened', async () => {
      const clinic = await makePatient();
      const noReason = await save(clinic, { date: TODAY, status: 'not-done', answers: [] });
      expect(noReason.status).toBe(400);
      expect(errorOf(noReason).details).toEqual([{ path: 'redFlags.notDoneReason', message: 'Say why the screen was not done' }]);
      const setAside = await save(clinic, { date: TODAY, status: 'not-done', notDoneReason: 'no time', answers: [{ item: 'infection-signs', present: true }] });
      expect(setAside.status).toBe(400);
      expect(paths(setAside)).toEqual(['redFlags.answers[0].present']);
      const notDone = await save(clinic, { date: TODAY, status: 'not-done', notDoneReason: 'interpreter not available today', answers: [] });
      expect(notDone.status, JSON.stringify(notDone.body)).toBe(200);
      const seen = await screening(clinic);
      expect(seen.phase).toBe('screening');
      expect(seen.screening.redFlags.screened).toBe(false);
      expect(seen.screening.redFlags.reasons[0]?.text).toMatch(/was not done \(interpreter not available today\)/);
      // Done in full the next visit: the patient is screened and care can start.
      expect((await save(clinic, clearScreen(TODAY))).status).toBe(200);
      expect((await screening(clinic)).screening.redFlags.screened).toBe(true);
    });

    it('still reads an older case file whose screen has fewer answers', () => {
      const file = caseFileSchema.parse({
        schemaVersion: 1, patient: { birthDate: '1970-01-01', sex: 'female' }, episode: { startDate: '2026-01-05', regions: ['low-back'] },
        intake: { redFlags: { date: '2026-01-05', answers: [{ item: 'cauda-equina-bladder-bowel', present: false }] } },
      });
      expect(file.intake.redFlags).toMatchObject({ status: 'done', answers: [{ item: 'cauda-equina-bladder-bowel', present: false }] });
    });
  });

  describe('one read, one audit row', () => {
    it('gives each page its data in one read, audited once', async () => {
      const clinic = await makePatient();
      const rows = async (): Promise<number> => (await auditOf(clinic)).filter((e) => e.action === 'read').length;
      for (const [token, path] of [
        [clinic.tokens.clinician, `/patients/${clinic.patientId}/overview`],
        [clinic.tokens.clinician, `/episodes/${clinic.episodeId}/overview`],
        [home.tokens.patient, `/patients/${home.patientId}/overview`],
      ] as const) {
        const before = await rows();
        const reply = await call(api, token, 'GET', path);
        expect(reply.status, path).toBe(200);
        expect(await rows(), path).toBe(before + 1);
      }
      const overview = (await call(api, clinic.tokens.clinician, 'GET', `/episodes/${clinic.episodeId}/overview`)).body as Json & { redFlagItems: { code: string }[] };
      expect(Object.keys(overview).sort()).toEqual(['assessment', 'caseFile', 'checkInReads', 'imaging', 'redFlagItems']);
      expect(overview.redFlagItems.map((i) => i.code)).toEqual(clearScreen(TODAY).answers.map((a) => a.item));
    });
  });
});

/** A stored case file as the case-file schema reads it (without the versions storage adds). */
function stripVersions(file: unknown): unknown {
  const body = file as Record<string, unknown>;
  const strip = (list: unknown): unknown => (list as Json[]).map(({ version: _v, episodeId: _e, ...rest }) => rest);
  const { version: _pv, ...patient } = body.patient as Json;
  const { version: _ev, patientId: _p, ...episode } = body.episode as Json;
  return {
    ...body, patient, episode,
    ...Object.fromEntries(['goals', 'sessions', 'checkIns', 'flares', 'measures', 'checkpoints', 'referrals'].map((k) => [k, strip(body[k])])),
  };
}
