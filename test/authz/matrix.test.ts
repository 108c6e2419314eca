// The authorization matrix: every endpoint, for every role, against the caller's own record, another
// patient's record in the same clinic, and a record of another clinic. Each cell is allow (2xx),
// deny (403) or hide (404: a patient never learns another patient's ids exist; no one sees another
// clinic's). A denied or hidden call writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { endpoints, makeTarget, type Outcome, type Role, type Target, type TargetName } from '../support/endpoints.ts';

const roles: Role[] = ['admin', 'clinician', 'patient'];
const statusOf: Record<Outcome, (status: number) => boolean> = {
  allow: (s) => s >= 200 && s < 300,
  deny: (s) => s === 403,
  hide: (s) => s === 404,
};

/** What should happen for a role on a target, from the endpoint's rule for the caller's own record. */
function expected(own: Outcome, role: Role, target: TargetName, targeted: boolean): Outcome {
  if (!targeted || target === 'own') return own;
  if (target === 'other-clinic') return 'hide';
  // Another patient of the same clinic: staff see it as their own clinic's; a patient may not know it.
  return role === 'patient' ? 'hide' : own;
}

describe.each(backends)('authorization matrix on $name', (backend) => {
  let api: TestApi;
  let home: TestClinic;
  let targets: Record<TargetName, Target>;
  beforeAll(async () => {
    api = await startTestApi(backend);
    home = await makeClinic(api);
    const away = await makeClinic(api);
    const maker = (clinic: TestClinic) => async (path: string, body: unknown): Promise<{ id: string }> => {
      const reply = await call(api, clinic.tokens.clinician, 'POST', path, body);
      if (reply.status !== 201) throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body as { id: string };
    };
    targets = {
      own: await makeTarget(api, home, 'patient', maker(home)),
      'other-patient': await makeTarget(api, home, 'otherPatient', maker(home)),
      'other-clinic': await makeTarget(api, away, 'patient', maker(away)),
    };
  });
  afterAll(async () => api.close());

  const audits = async (clinicId: string): Promise<number> => api.store.transaction(async (tx) => (await tx.clinic(clinicId).audit.list({ limit: 100_000 })).length);

  for (const endpoint of endpoints) {
    it(`${endpoint.method} ${endpoint.path}`, async () => {
      const cells: string[] = [];
      for (const role of roles) {
        for (const targetName of endpoint.targeted ? (['own', 'other-patient', 'other-clinic'] as const) : (['own'] as const)) {
          const target = endpoint.prepare ? await endpoint.prepare(api, targets[targetName]) : targets[targetName];
          const want = expected(endpoint.allowed[role], role, targetName, endpoint.targeted);
          const before = want === 'allow' ? 0 : await audits(target.clinicId);
          const reply = await call(api, home.tokens[role], endpoint.method, endpoint.url(target),
            endpoint.body ? await endpoint.body(api, target) : undefined, endpoint.headers?.() ?? {});
          if (!statusOf[want](reply.status)) cells.push(`${role} on ${targetName}: expected ${want}, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 160)}`);
          if (want !== 'allow' && (await audits(target.clinicId)) !== before) cells.push(`${role} on ${targetName}: a refused call wrote something`);
        }
      }
      expect(cells).toEqual([]);
    });
  }
});
