// The questionnaires of the intake (issue 5): the instrument list and live scoring, on every backend.
// Neither touches patient data: no audit event is written, and a patient may use neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';

interface Item { id: string; label: string; min: number; max: number; text?: string }
interface Instrument { code: string; name: string; items: Item[]; direction: string; scoreRange: { min: number; max: number }; licence: { terms: string }; bands: { code: string }[] }

describe.each(backends)('instruments on $name', (backend) => {
  let api: TestApi;
  let clinic: TestClinic;
  beforeAll(async () => { api = await startTestApi(backend); clinic = await makeClinic(api); });
  afterAll(async () => api.close());

  const auditCount = async (): Promise<number> =>
    api.store.transaction(async (tx) => (await tx.clinic(clinic.clinicId).audit.list({ limit: 10_000 })).length);

  it('lists every instrument with its items, and wording only where it is bundled', async () => {
    const before = await auditCount();
    const reply = await call(api, clinic.tokens.clinician, 'GET', '/instruments');
    expect(reply.status).toBe(200);
    const list = reply.body as Instrument[];
    const byCode = new Map(list.map((i) => [i.code, i]));
    expect(byCode.get('nprs')?.items).toEqual([expect.objectContaining({ id: 'pain', min: 0, max: 10, text: expect.any(String) })]);
    expect(byCode.get('nprs')?.direction).toBe('higher-is-worse');
    // The Oswestry needs a licence: its structure is offered, its wording is not.
    const odi = byCode.get('odi');
    expect(odi?.licence.terms).not.toBe('free-to-embed');
    expect(odi?.items.length).toBeGreaterThan(0);
    expect(odi?.items.every((item) => item.text === undefined)).toBe(true);
    expect(byCode.get('start-back')?.bands.map((b) => b.code).length).toBeGreaterThan(1);
    expect((await call(api, clinic.tokens.admin, 'GET', '/instruments')).status).toBe(200);
    expect((await call(api, clinic.tokens.patient, 'GET', '/instruments')).status).toBe(403);
    expect(await auditCount()).toBe(before);
  });

  it('scores a response with its band and subscales, counting blanks', async () => {
    const before = await auditCount();
    const nprs = await call(api, clinic.tokens.clinician, 'POST', '/instruments/nprs/score', { answers: [6] });
    expect(nprs.status).toBe(200);
    expect(nprs.body).toEqual({ instrument: 'nprs', score: 6, answered: 1, missing: 0 });
    const startBack = await call(api, clinic.tokens.clinician, 'POST', '/instruments/start-back/score', { answers: [1, 1, 1, 1, 1, 1, 1, 1, 4] });
    expect(startBack.status, JSON.stringify(startBack.body)).toBe(200);
    expect(startBack.body).toMatchObject({ instrument: 'start-back', band: expect.any(String), subscales: expect.any(Object), answered: 9, missing: 0 });
    expect(await auditCount()).toBe(before);
  });

  it('refuses an impossible answer with a 400 naming the item, an unknown instrument, and a patient', async () => {
    const bad = await call(api, clinic.tokens.clinician, 'POST', '/instruments/phq-2/score', { answers: [1, 7] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('answers[1]');
    const unknown = await call(api, clinic.tokens.clinician, 'POST', '/instruments/mood-ring/score', { answers: [1] });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('mood-ring');
    const wrongCount = await call(api, clinic.tokens.clinician, 'POST', '/instruments/nprs/score', { answers: [1, 2] });
    expect(wrongCount.status).toBe(400);
    expect((await call(api, clinic.tokens.patient, 'POST', '/instruments/nprs/score', { answers: [6] })).status).toBe(403);
  });
});
