// Bad input on every endpoint: a 400 whose details name the bad field, and nothing written anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, isolated } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { endpoints, makeTarget, type Target } from '../support/endpoints.ts';
import { rowCounts } from '../support/row-counts.ts';

interface ErrorBody { error: { code: string; message: string; details: { path: string; message: string }[] } }

describe.each(backends)('bad input on $name', (base) => {
  // A database of its own: the row counts below are of whole tables, which other test files write at the same time.
  const backend = isolated(base);
  let api: TestApi;
  let clinic: TestClinic;
  let target: Target;
  beforeAll(async () => {
    api = await startTestApi(backend);
    clinic = await makeClinic(api);
    target = await makeTarget(api, clinic, 'patient', async (path, body) => (await call(api, clinic.tokens.clinician, 'POST', path, body)).body as { id: string });
  });
  afterAll(async () => {
    await api?.close();
    await backend.drop();
  });

  const tokenFor = (allowed: Record<string, string>): string => (allowed.clinician === 'allow' ? clinic.tokens.clinician : clinic.tokens.admin);

  for (const endpoint of endpoints.filter((e) => e.badBody !== undefined)) {
    it(`${endpoint.method} ${endpoint.path} refuses a bad body`, async () => {
      const on = endpoint.prepare ? await endpoint.prepare(api, target) : target;
      const before = await rowCounts(api.database);
      const reply = await call(api, tokenFor(endpoint.allowed), endpoint.method, endpoint.url(on), endpoint.badBody, endpoint.headers?.() ?? {});
      expect(reply.status).toBe(400);
      const { error } = reply.body as ErrorBody;
      expect(error.code).toBe('validation');
      expect(error.details.length).toBeGreaterThan(0);
      expect(error.details[0]?.path).not.toBe('');
      expect(error.message).not.toMatch(/ZodError|"code":/);
      expect(await rowCounts(api.database)).toEqual(before);
    });
  }

  for (const endpoint of endpoints.filter((e) => e.method !== 'GET' && e.method !== 'DELETE' && e.body !== undefined)) {
    it(`${endpoint.method} ${endpoint.path} refuses a body that is not JSON`, async () => {
      const on = endpoint.prepare ? await endpoint.prepare(api, target) : target;
      const before = await rowCounts(api.database);
      const reply = await call(api, tokenFor(endpoint.allowed), endpoint.method, endpoint.url(on), '{"date": ', endpoint.headers?.() ?? {});
      expect(reply.status).toBe(400);
      expect((reply.body as ErrorBody).error.code).toBe('validation');
      expect(await rowCounts(api.database)).toEqual(before);
    });
  }

  it('refuses ids that are too long, and bad query strings', async () => {
    const long = 'x'.repeat(65);
    for (const path of [`/episodes/${long}`, `/patients/${long}`, `/episodes/${target.episodeId}/assessment?asOf=2026-02-30x`, '/audit-events?limit=lots']) {
      const reply = await call(api, path.startsWith('/audit') ? clinic.tokens.admin : clinic.tokens.clinician, 'GET', path);
      expect(reply.status, path).toBe(400);
      expect((reply.body as ErrorBody).error.details[0]?.path, path).toBeTruthy();
    }
  });

  it('answers an unknown route with a 404 in the error shape', async () => {
    const reply = await call(api, clinic.tokens.clinician, 'GET', '/no-such-thing');
    expect(reply.status).toBe(404);
    expect((reply.body as ErrorBody).error.code).toBe('not-found');
  });
});
