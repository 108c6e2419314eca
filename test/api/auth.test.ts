// Sign-in, sessions, cookies with CSRF, bearer tokens, expiry and rate limiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLimiter } from '../../src/services/index.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, PASSWORD, startTestApi, type TestApi } from '../support/api.ts';

describe.each(backends)('auth on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(backend); });
  afterAll(async () => api.close());

  async function login(email: string, password = PASSWORD): Promise<Response> {
    return api.app.request('/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  }
  const adminEmail = async (clinicId: string): Promise<string> => {
    const users = await api.store.transaction((tx) => tx.clinic(clinicId).people.listUsers());
    return users.find((u) => u.role === 'admin')?.email ?? '';
  };

  it('signs in with an HTTP-only same-site cookie, and a cookie write needs the CSRF token', async () => {
    const clinic = await makeClinic(api);
    const response = await login(await adminEmail(clinic.clinicId));
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/threshold_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const cookie = setCookie.split(';')[0] ?? '';
    const body = JSON.stringify({ name: 'New Person', birthDate: '1990-01-01', sex: 'male' });
    // A read with the cookie alone is fine.
    expect((await api.app.request('/api/v1/patients', { headers: { Cookie: cookie } })).status).toBe(200);
    // A write with the cookie alone (what a forged cross-site form would send) is refused, and nothing is written.
    const before = await api.store.transaction((tx) => tx.clinic(clinic.clinicId).people.listPatients());
    const forged = await api.app.request('/api/v1/patients', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body });
    expect(forged.status).toBe(403);
    expect(await api.store.transaction((tx) => tx.clinic(clinic.clinicId).people.listPatients())).toHaveLength(before.length);
    // With the CSRF token from sign-in it goes through.
    const real = await api.app.request('/api/v1/patients', { method: 'POST', headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' }, body });
    expect(real.status).toBe(201);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const clinic = await makeClinic(api);
    const wrong = await call(api, null, 'POST', '/auth/login', { email: await adminEmail(clinic.clinicId), password: 'not the password' });
    const unknown = await call(api, null, 'POST', '/auth/login', { email: 'nobody@nowhere.example', password: 'whatever it is' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((wrong.body as { error: { message: string } }).error.message).toBe((unknown.body as { error: { message: string } }).error.message);
  });

  it('ends the session at sign-out and when it expires', async () => {
    const clinic = await makeClinic(api);
    expect((await call(api, clinic.tokens.admin, 'GET', '/auth/me')).status).toBe(200);
    expect((await call(api, clinic.tokens.admin, 'POST', '/auth/logout')).status).toBe(204);
    expect((await call(api, clinic.tokens.admin, 'GET', '/auth/me')).status).toBe(401);
    // The clinician's session lasts 12 hours from sign-in.
    const start = api.clock.now;
    try {
      api.clock.now = new Date(start.getTime() + 13 * 3_600_000);
      expect((await call(api, clinic.tokens.clinician, 'GET', '/patients')).status).toBe(401);
    } finally {
      api.clock.now = start;
    }
  });

  it('rate-limits failed sign-ins with 429 and Retry-After', async () => {
    const clinic = await makeClinic(api);
    const email = await adminEmail(clinic.clinicId);
    const shared = api.deps.signInLimiter;
    api.deps.signInLimiter = createSignInLimiter({ attempts: 3, windowMinutes: 15 });
    try {
      for (let i = 0; i < 3; i += 1) expect((await call(api, null, 'POST', '/auth/login', { email, password: 'guess number one' })).status).toBe(401);
      // The fourth try is refused before the password is even checked, right one or not.
      const blocked = await call(api, null, 'POST', '/auth/login', { email, password: PASSWORD });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      api.deps.signInLimiter = shared;
    }
  });

  it('writes a sign-in audit event and answers 401 without a session', async () => {
    const clinic = await makeClinic(api);
    expect((await call(api, null, 'GET', '/patients')).status).toBe(401);
    const events = await call(api, clinic.tokens.admin, 'GET', '/audit-events?limit=500');
    expect((events.body as { action: string }[]).some((e) => e.action === 'sign-in')).toBe(true);
  });
});
