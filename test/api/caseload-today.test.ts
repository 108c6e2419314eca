// The caseload as a today list and the patient's notes heard (issue 18, items 5, 9 and 13), on every
// backend: a note raises the unread marker until a clinician of the care team has read it; each flag
// carries its first reason; the audit log is filtered by who, patient, action and days, a page at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseloadEntry } from '../../src/services/caseload-today.ts';
import type { CaseloadRow } from '../../src/store/index.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, PASSWORD, startTestApi, type TestApi } from '../support/api.ts';

interface Entry {
  episodeId: string;
  summary: { flags: string[]; flagReasons: { code: string; text: string; more: number }[]; unreadNotes: number; latestUnreadNote: { checkInId: string; text: string } | null } | null;
}
interface AuditRow { seq: number; actorUserId: string; action: string; recordType: string; recordId: string; patientId?: string; at: string }

describe('caseloadEntry', () => {
  const row = (phase: string, status: CaseloadRow['status'], nextCheckpoint: string, lastActiveCareOn: string | null): CaseloadRow => ({
    patientId: 'p', patientName: 'P', episodeId: 'e', status, startDate: '2026-01-01',
    summary: {
      episodeId: 'e', asOf: '2026-03-01', phase: phase as never, sideStatuses: [], flags: ['checkpoint-overdue', 'no-goals'], reliefWindowTrend: 'stable',
      nextCheckpoint, reliefWindows: [], goalProgress: null, programmeAdvice: null, lastActiveCareOn, unreadNotes: 0, latestUnreadNote: null,
      flagReasons: [{ code: 'checkpoint-overdue', text: 'Checkpoint was due 2026-02-20.', more: 0 }, { code: 'no-goals', text: 'No goal.', more: 0 }],
    },
  });
  const settings = { activeCareLapseDays: 14 };

  it('offers graduation, not an overdue checkpoint, when the phase is graduated and the episode still active', () => {
    const entry = caseloadEntry(row('graduated', 'active', '2026-02-20', null), '2026-03-10', settings);
    expect(entry.readyToGraduate).toBe(true);
    expect(entry.checkpointOverdue).toBe(false);
    expect(entry.summary?.flags).toEqual(['no-goals']);
    expect(entry.summary?.flagReasons.map((f) => f.code)).toEqual(['no-goals']);
    const inCare = caseloadEntry(row('blended', 'active', '2026-02-20', '2026-03-01'), '2026-03-10', settings);
    expect(inCare.readyToGraduate).toBe(false);
    expect(inCare.checkpointOverdue).toBe(true);
  });

  it('marks a checkpoint due today, and active care lapsed for the set number of days', () => {
    expect(caseloadEntry(row('blended', 'active', '2026-03-10', null), '2026-03-10', settings).checkpointDueToday).toBe(true);
    expect(caseloadEntry(row('blended', 'active', '2026-03-11', '2026-02-25'), '2026-03-10', settings).activeCareLapse).toBeNull();
    expect(caseloadEntry(row('blended', 'active', '2026-03-11', '2026-02-24'), '2026-03-10', settings).activeCareLapse).toEqual({ since: '2026-02-24', days: 14 });
    expect(caseloadEntry(row('extending-window', 'active', '2026-03-11', null), '2026-03-10', settings).activeCareLapse).toBeNull();
  });
});

describe.each(backends)('caseload today and check-in notes on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(backend); });
  afterAll(async () => api.close());

  it('raises an unread-note marker until a clinician of the care team has read the note, and audits the reading', async () => {
    const clinic = await makeClinic(api);
    const { clinician, patient, admin } = clinic.tokens;
    const entryOf = async (): Promise<Entry | undefined> => ((await call(api, clinician, 'GET', '/caseload')).body as Entry[]).find((e) => e.episodeId === clinic.episodeId);

    // Every flag comes with its first reason, in the engine's words.
    const before = await entryOf();
    expect(before?.summary?.flags).toContain('no-outcome-measures');
    expect(before?.summary?.flagReasons.find((f) => f.code === 'no-outcome-measures')?.text).toMatch(/No outcome measure in the last 30 days/);
    expect(before?.summary?.unreadNotes).toBe(0);

    // First the patient checks in with a note; then once without one.
    const noted = await call(api, patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, { date: '2026-03-09T20:15:00+01:00', painNow: 6, note: 'The stairs at work hurt again today.' }, { 'Idempotency-Key': `note-${clinic.clinicId}` });
    expect(noted.status).toBe(201);
    const checkInId = (noted.body as { id: string }).id;
    await call(api, patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, { date: '2026-03-10', painNow: 4 }, { 'Idempotency-Key': `plain-${clinic.clinicId}` });
    const marked = await entryOf();
    expect(marked?.summary?.unreadNotes).toBe(1);
    expect(marked?.summary?.latestUnreadNote).toMatchObject({ checkInId, text: 'The stairs at work hurt again today.' });
    expect((await call(api, clinician, 'GET', `/episodes/${clinic.episodeId}/check-in-reads`)).body).toEqual([]);

    // A second clinician joins the clinic; the first becomes the patient's care team. The second
    // reading the note does not take it off the team's list.
    const other = await call(api, admin, 'POST', '/users', { email: `other-${clinic.clinicId}@clinic.example`, name: 'Oscar Other', role: 'clinician', password: PASSWORD });
    expect(other.status).toBe(201);
    const otherToken = ((await call(api, null, 'POST', '/auth/login', { email: `other-${clinic.clinicId}@clinic.example`, password: PASSWORD })).body as { token: string }).token;
    expect((await call(api, admin, 'POST', `/patients/${clinic.patientId}/care-team`, { userId: clinic.userIds.clinician, discipline: 'physical therapy', lead: true })).status).toBe(201);
    const outsider = await call(api, otherToken, 'POST', `/episodes/${clinic.episodeId}/check-in-reads`, { checkInIds: [checkInId] });
    expect(outsider.status).toBe(200);
    expect(outsider.body).toMatchObject({ recorded: [], countsAsRead: false });
    expect((await entryOf())?.summary?.unreadNotes).toBe(1);

    // The care team's clinician has it on screen: read, once, with an audit row.
    const read = await call(api, clinician, 'POST', `/episodes/${clinic.episodeId}/check-in-reads`, { checkInIds: [checkInId] });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ countsAsRead: true, recorded: [{ checkInId, readBy: clinic.userIds.clinician, readByName: 'Cleo Clinician' }] });
    expect((await call(api, clinician, 'POST', `/episodes/${clinic.episodeId}/check-in-reads`, { checkInIds: [checkInId] })).body).toMatchObject({ recorded: [], countsAsRead: true });
    const after = await entryOf();
    expect(after?.summary?.unreadNotes).toBe(0);
    expect(after?.summary?.latestUnreadNote).toBeNull();
    expect((await call(api, patient, 'GET', `/episodes/${clinic.episodeId}/check-in-reads`)).body).toMatchObject([{ checkInId, readByName: 'Cleo Clinician' }]);
    const audit = (await call(api, admin, 'GET', `/audit-events?action=create&patientId=${clinic.patientId}`)).body as AuditRow[];
    expect(audit.filter((e) => e.recordType === 'check-in-read' && e.recordId === checkInId)).toHaveLength(1);

    // A check-in of the other patient is not this episode's: nothing recorded. A patient may not mark notes read.
    const otherCheckIn = await call(api, clinician, 'POST', `/episodes/${clinic.otherEpisodeId}/check-ins`, { date: '2026-03-09', painNow: 3, note: 'fine' }, { 'Idempotency-Key': `o-${clinic.clinicId}` });
    expect((await call(api, clinician, 'POST', `/episodes/${clinic.episodeId}/check-in-reads`, { checkInIds: [(otherCheckIn.body as { id: string }).id] })).body).toMatchObject({ recorded: [] });
    expect((await call(api, patient, 'POST', `/episodes/${clinic.episodeId}/check-in-reads`, { checkInIds: [checkInId] })).status).toBe(403);
    expect((await call(api, clinician, 'POST', `/episodes/${clinic.episodeId}/check-in-reads`, { checkInIds: [] })).status).toBe(400);
  });

  it('lists the audit log by who, patient, action and days, a page at a time', async () => {
    // The clinic is set up in the evening; the clinician reads the patient's episode that evening and
    // after midnight (within the 12-hour session), then the other patient's.
    const start = api.clock.now;
    api.clock.now = new Date('2026-03-11T18:00:00Z');
    const clinic = await makeClinic(api);
    const { admin, clinician } = clinic.tokens;
    await call(api, clinician, 'GET', `/episodes/${clinic.episodeId}`);
    api.clock.now = new Date('2026-03-12T02:00:00Z');
    await call(api, clinician, 'GET', `/episodes/${clinic.episodeId}`);
    await call(api, clinician, 'GET', `/episodes/${clinic.otherEpisodeId}`);

    const list = async (query: string): Promise<AuditRow[]> => {
      const reply = await call(api, admin, 'GET', `/audit-events?${query}`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      return reply.body as AuditRow[];
    };
    const reads = await list(`actorUserId=${clinic.userIds.clinician}&action=read&patientId=${clinic.patientId}`);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((e) => e.actorUserId === clinic.userIds.clinician && e.action === 'read' && e.patientId === clinic.patientId)).toBe(true);
    const onTheTwelfth = await list(`actorUserId=${clinic.userIds.clinician}&action=read&from=2026-03-12&to=2026-03-12`);
    expect(onTheTwelfth.map((e) => e.patientId).sort()).toEqual([clinic.patientId, clinic.otherPatientId].sort());
    expect(onTheTwelfth.every((e) => e.at.startsWith('2026-03-12'))).toBe(true);

    // Paged: newest first; the next page starts before the last sequence number shown, with no overlap.
    // Each read of the log is itself audited (it holds the values a change changed), so the pages start
    // where the full list did.
    const all = await list('limit=500');
    const first = await list(`limit=3&before=${(all[0]?.seq ?? 0) + 1}`);
    const second = await list(`limit=3&before=${first.at(-1)?.seq}`);
    expect([...first, ...second].map((e) => e.seq)).toEqual(all.slice(0, 6).map((e) => e.seq));

    const bad = await call(api, admin, 'GET', '/audit-events?from=2026-03-12&to=2026-03-11');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('to');
    expect((await call(api, admin, 'GET', '/audit-events?action=DROP%20TABLE')).status).toBe(400);
    expect((await call(api, clinician, 'GET', '/audit-events')).status).toBe(403);
    api.clock.now = start;
  });
});
