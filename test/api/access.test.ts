// Letting people in safely (issue 15): invitations (single use, expiring, only their hash stored), a
// password the person sets themself, the admin's deactivation and ending of sessions, a person's own
// sessions, the lockout per account beside the rate limit, security headers on every response, and
// refused access to patient data audited in a transaction of its own.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLimiter } from '../../src/services/index.ts';
import { call, makeClinic, PASSWORD, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { backends, isolated } from '../support/backends.ts';
import { rowCounts, tableContents } from '../support/row-counts.ts';

interface Invitation { userId: string; email: string; token: string; link: string; expiresAt: string }
interface SignedIn { token: string; user: { id: string; role: string; patientId?: string } }
interface UserListing { id: string; status: string; liveSessions: number; invitationExpiresAt?: string; lockedUntil?: string }

describe.each(backends)('letting people in on $name', (base) => {
  // A database of its own: the row counts below are of whole tables, which other test files write at the same time.
  const backend = isolated(base);
  let api: TestApi;
  let clinic: TestClinic;
  beforeAll(async () => {
    api = await startTestApi(backend);
    clinic = await makeClinic(api);
  });
  afterAll(async () => {
    await api?.close();
    await backend.drop();
  });

  let counter = 0;
  const email = (who: string): string => `${who}-${Date.now().toString(36)}-${(counter += 1)}@clinic.example`;
  const auditActions = async (): Promise<string[]> =>
    api.store.transaction(async (tx) => (await tx.clinic(clinic.clinicId).audit.list({ limit: 50 })).map((e) => e.action));
  const signIn = async (address: string, password = PASSWORD): ReturnType<typeof call> => call(api, null, 'POST', '/auth/login', { email: address, password });
  const newPatient = async (): Promise<string> => ((await call(api, clinic.tokens.clinician, 'POST', '/patients', { name: 'Ines Invited', birthDate: '1980-01-02', sex: 'female' })).body as { id: string }).id;

  it('lets a clinician invite a patient, who sets their own password with the link, once', async () => {
    const patientId = await newPatient();
    const address = email('ines');
    const invited = await call(api, clinic.tokens.clinician, 'POST', `/patients/${patientId}/invitation`, { email: address });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const invitation = invited.body as Invitation;
    expect(invitation.link).toBe(`http://localhost/welcome#${invitation.token}`);
    expect(invitation.token.startsWith(`${clinic.clinicId}.`)).toBe(true);
    // Only the token's hash is stored: the token itself is in no table.
    const stored = JSON.stringify(await tableContents(api.database));
    expect(stored).not.toContain(invitation.token.split('.')[1]);
    expect(stored).toContain(createHash('sha256').update(invitation.token).digest('hex'));
    // Not signed in yet: the patient has no password.
    expect((await signIn(address)).status).toBe(401);

    const read = await call(api, null, 'POST', '/auth/invitation', { token: invitation.token });
    expect(read.body).toMatchObject({ name: 'Ines Invited', email: address, role: 'patient' });
    const short = await call(api, null, 'POST', '/auth/invitation/accept', { token: invitation.token, password: 'too short' });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { details: [{ path: 'password', message: 'at least 12 characters' }] } });

    const accepted = await call(api, null, 'POST', '/auth/invitation/accept', { token: invitation.token, password: 'my own long password' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const session = accepted.body as SignedIn;
    expect(session.user).toMatchObject({ role: 'patient', patientId });
    expect((await call(api, session.token, 'GET', '/auth/me')).body).toMatchObject({ role: 'patient', patientId });
    // The link is used up; the password works.
    expect((await call(api, null, 'POST', '/auth/invitation/accept', { token: invitation.token, password: 'another long password' })).status).toBe(404);
    expect((await call(api, null, 'POST', '/auth/invitation', { token: invitation.token })).status).toBe(404);
    expect((await signIn(address, 'my own long password')).status).toBe(200);
    expect(await auditActions()).toEqual(expect.arrayContaining(['invite', 'set-password', 'sign-in']));
  });

  it('lets an invitation expire, and replaces the open one with a new one', async () => {
    const patientId = await newPatient();
    const address = email('late');
    const first = (await call(api, clinic.tokens.clinician, 'POST', `/patients/${patientId}/invitation`, { email: address })).body as Invitation;
    const second = (await call(api, clinic.tokens.clinician, 'POST', `/users/${first.userId}/invitation`)).body as Invitation;
    // The first link is replaced by the second, which is the patient's sign-in of the same email.
    expect(second.email).toBe(address);
    expect((await call(api, null, 'POST', '/auth/invitation', { token: first.token })).status).toBe(404);
    // Another email for a patient who already has a sign-in is refused, naming the field.
    const other = await call(api, clinic.tokens.clinician, 'POST', `/patients/${patientId}/invitation`, { email: email('other') });
    expect(other.status).toBe(409);
    const saved = api.clock.now;
    try {
      api.clock.now = new Date(saved.getTime() + 73 * 3_600_000);
      expect((await call(api, null, 'POST', '/auth/invitation/accept', { token: second.token, password: 'a long enough password' })).status).toBe(404);
    } finally {
      api.clock.now = saved;
    }
    expect((await call(api, null, 'POST', '/auth/invitation/accept', { token: second.token, password: 'a long enough password' })).status).toBe(200);
    // A token of no clinic, or made up, is simply not valid.
    for (const token of ['nothing', `${clinic.clinicId}.${'A'.repeat(43)}`]) {
      expect((await call(api, null, 'POST', '/auth/invitation', { token })).status).toBe(404);
    }
  });

  it('lets an admin add a clinician by invitation, end their sessions, deactivate and reactivate them', async () => {
    const address = email('new-clinician');
    const created = await call(api, clinic.tokens.admin, 'POST', '/users', { email: address, name: 'Nell New', role: 'clinician', discipline: 'chiropractic' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const user = created.body as { id: string; status: string; invitation: Invitation };
    expect(user.status).toBe('invited');
    const users = async (): Promise<UserListing | undefined> => ((await call(api, clinic.tokens.admin, 'GET', '/users')).body as UserListing[]).find((u) => u.id === user.id);
    expect((await users())?.invitationExpiresAt).toBeTruthy();
    const session = (await call(api, null, 'POST', '/auth/invitation/accept', { token: user.invitation.token, password: 'nell long password' })).body as SignedIn;
    expect(await users()).toMatchObject({ status: 'active', liveSessions: 1 });
    expect((await call(api, session.token, 'GET', '/caseload')).status).toBe(200);

    // Her sessions are ended: the token stops working at once.
    expect((await call(api, clinic.tokens.admin, 'DELETE', `/users/${user.id}/sessions`)).status).toBe(204);
    expect((await call(api, session.token, 'GET', '/caseload')).status).toBe(401);
    const again = (await signIn(address, 'nell long password')).body as SignedIn;
    expect((await call(api, again.token, 'GET', '/caseload')).status).toBe(200);

    // Deactivated: her session ends, she cannot sign in, her records stay; then reactivated.
    const deactivated = await call(api, clinic.tokens.admin, 'POST', `/users/${user.id}/deactivate`);
    expect(deactivated.body).toMatchObject({ status: 'deactivated', liveSessions: 0 });
    expect((await call(api, again.token, 'GET', '/caseload')).status).toBe(401);
    const refused = await signIn(address, 'nell long password');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { message: expect.stringContaining('deactivated') } });
    expect((await call(api, clinic.tokens.admin, 'POST', `/users/${user.id}/invitation`)).status).toBe(409);
    expect((await call(api, clinic.tokens.admin, 'POST', `/users/${user.id}/reactivate`)).body).toMatchObject({ status: 'active' });
    expect((await signIn(address, 'nell long password')).status).toBe(200);
    // An admin cannot lock their own clinic out by deactivating themself.
    expect((await call(api, clinic.tokens.admin, 'POST', `/users/${clinic.userIds.admin}/deactivate`)).status).toBe(409);
    expect(await auditActions()).toEqual(expect.arrayContaining(['end-sessions', 'deactivate', 'reactivate']));
  });

  it('lets a person see their sessions and end one', async () => {
    const address = email('two-phones');
    await call(api, clinic.tokens.admin, 'POST', '/users', { email: address, name: 'Tove Two', role: 'clinician', password: PASSWORD });
    const phone = (await call(api, null, 'POST', '/auth/login', { email: address, password: PASSWORD }, { 'User-Agent': 'Phone browser' })).body as SignedIn;
    const desk = (await call(api, null, 'POST', '/auth/login', { email: address, password: PASSWORD }, { 'User-Agent': 'Desk browser' })).body as SignedIn;
    const listed = (await call(api, desk.token, 'GET', '/auth/sessions')).body as { id: string; client: string; current: boolean }[];
    // Both signed in at the same moment of the test clock: compared without an order.
    expect(Object.fromEntries(listed.map((s) => [s.client, s.current]))).toEqual({ 'Phone browser': false, 'Desk browser': true });
    const phoneSession = listed.find((s) => !s.current)?.id ?? '';
    // Another person's session cannot be ended (it is not found among one's own).
    expect((await call(api, clinic.tokens.clinician, 'DELETE', `/auth/sessions/${phoneSession}`)).status).toBe(404);
    expect((await call(api, phone.token, 'GET', '/auth/me')).status).toBe(200);
    expect((await call(api, desk.token, 'DELETE', `/auth/sessions/${phoneSession}`)).status).toBe(204);
    expect((await call(api, phone.token, 'GET', '/auth/me')).status).toBe(401);
    expect((await call(api, desk.token, 'GET', '/auth/sessions')).body).toHaveLength(1);
  });

  it('locks an account after repeated failed sign-ins, beside the rate limit, until the lock ends', async () => {
    const address = email('forgetful');
    await call(api, clinic.tokens.admin, 'POST', '/users', { email: address, name: 'Fern Forgetful', role: 'clinician', password: PASSWORD });
    const limiter = api.deps.signInLimiter;
    // The rate limit (per email and address, in memory) is set wide here so the lockout (per account, stored) is seen on its own.
    api.deps.signInLimiter = createSignInLimiter({ attempts: 1000, windowMinutes: 15 });
    try {
      for (let i = 0; i < api.deps.signInLockout.failures; i += 1) expect((await signIn(address, 'wrong password')).status).toBe(401);
      const locked = await signIn(address);
      expect(locked.status).toBe(423);
      expect(locked.body).toMatchObject({ error: { code: 'locked' } });
      expect(await auditActions()).toEqual(expect.arrayContaining(['sign-in-failed', 'locked']));
      const listing = ((await call(api, clinic.tokens.admin, 'GET', '/users')).body as (UserListing & { email: string })[]).find((u) => u.email === address);
      expect(listing?.lockedUntil).toBeTruthy();
      const saved = api.clock.now;
      try {
        api.clock.now = new Date(saved.getTime() + (api.deps.signInLockout.minutes + 1) * 60_000);
        expect((await signIn(address)).status).toBe(200);
      } finally {
        api.clock.now = saved;
      }
    } finally {
      api.deps.signInLimiter = limiter;
    }
  });

  it('sends the security headers on every response: the API, its errors, and FHIR', async () => {
    const responses = [
      await api.app.request('/api/v1/openapi.json'),
      await api.app.request('/api/v1/caseload'),
      await api.app.request('/api/v1/no-such-route', { headers: { Authorization: `Bearer ${clinic.tokens.clinician}` } }),
      await api.app.request('/fhir/R4/metadata'),
    ];
    for (const response of responses) {
      const csp = response.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    }
  });

  it('audits a refused look at patient data in its own transaction, and writes nothing else', async () => {
    const before = await rowCounts(api.database);
    const reply = await call(api, clinic.tokens.patient, 'GET', `/episodes/${clinic.otherEpisodeId}`);
    expect(reply.status).toBe(404);
    const after = await rowCounts(api.database);
    expect({ ...after, audit_events: 0 }).toEqual({ ...before, audit_events: 0 });
    expect((after.audit_events ?? 0) - (before.audit_events ?? 0)).toBe(1);
    const [event] = await api.store.transaction((tx) => tx.clinic(clinic.clinicId).audit.list({ limit: 1 }));
    expect(event).toMatchObject({ action: 'refused', actorUserId: clinic.userIds.patient, recordType: 'episode', recordId: clinic.otherEpisodeId, patientId: clinic.otherPatientId });
  });
});
