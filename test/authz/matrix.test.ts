// The authorization matrix: every endpoint, for every role, against the caller's own record, another
// patient's record in the same clinic, and a record of another clinic. Each cell is allow (2xx),
// deny (403) or hide (404: a patient never learns another patient's ids exist; no one sees another
// clinic's). A denied or hidden call writes nothing but the audit event of the refusal (issue 15).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, isolated } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { endpoints, makeTarget, type Endpoint, type Outcome, type Role, type Target, type TargetName } from '../support/endpoints.ts';
import { rowCounts } from '../support/row-counts.ts';

const roles: Role[] = ['admin', 'clinician', 'patient'];
const statusOf: Record<Outcome, (status: number) => boolean> = {
  allow: (s) => s >= 200 && s < 300,
  deny: (s) => s === 403,
  hide: (s) => s === 404,
};

/** What should happen for a role on a target, from the endpoint's rule for the caller's own record. */
function expected(own: Outcome, role: Role, target: TargetName, endpoint: Endpoint): Outcome {
  const { targeted, aboutUser } = endpoint;
  if (!targeted || target === 'own') return own;
  const special = target === 'other-clinic' ? endpoint.otherClinic?.[role] : undefined;
  if (special) return special;
  if (aboutUser) return target === 'other-clinic' && own === 'allow' ? 'hide' : own;
  if (target === 'other-clinic') return 'hide';
  // Another patient of the same clinic: staff see it as their own clinic's; a patient may not know it.
  return role === 'patient' ? 'hide' : own;
}

describe.each(backends)('authorization matrix on $name', (base) => {
  // A database of its own: the row counts below are of whole tables, which other test files write at the same time.
  const backend = isolated(base);
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
  afterAll(async () => {
    await api?.close();
    await backend.drop();
  });

  const audits = async (clinicId: string): Promise<{ action: string }[]> => api.store.transaction(async (tx) => tx.clinic(clinicId).audit.list({ limit: 100_000 }));
  /** Everything written to either clinic: row counts of every table, and the audit events. */
  const written = async (): Promise<{ rows: string; events: number; refused: number }> => {
    // An earlier allowed call (or the cell's preparation) may still be refreshing a summary in the
    // background: that is its write, not the refused call's.
    await api.settle();
    const counts = await rowCounts(api.database);
    const events = [...(await audits(home.clinicId)), ...(await audits(targets['other-clinic'].clinicId))];
    return { rows: JSON.stringify({ ...counts, audit_events: 0 }), events: events.length, refused: events.filter((e) => e.action === 'refused').length };
  };

  for (const endpoint of endpoints) {
    it(`${endpoint.method} ${endpoint.path}`, async () => {
      const cells: string[] = [];
      for (const role of roles) {
        for (const targetName of endpoint.targeted ? (['own', 'other-patient', 'other-clinic'] as const) : (['own'] as const)) {
          const target = endpoint.prepare ? await endpoint.prepare(api, targets[targetName]) : targets[targetName];
          const want = expected(endpoint.allowed[role], role, targetName, endpoint);
          const before = want === 'allow' ? null : await written();
          const reply = await call(api, home.tokens[role], endpoint.method, endpoint.url(target),
            endpoint.body ? await endpoint.body(api, target) : undefined, endpoint.headers?.() ?? {});
          if (!statusOf[want](reply.status)) cells.push(`${role} on ${targetName}: expected ${want}, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 160)}`);
          if (before) {
            const after = await written();
            if (after.rows !== before.rows || after.events - before.events !== after.refused - before.refused) cells.push(`${role} on ${targetName}: a refused call wrote something`);
            // A refusal the policy made is audited; another clinic's record is simply not found.
            const audited = after.refused - before.refused;
            if (audited > 1 || (audited === 0 && targetName !== 'other-clinic' && !endpoint.noData)) cells.push(`${role} on ${targetName}: ${audited} refusal events`);
          }
        }
      }
      expect(cells).toEqual([]);
    });
  }
});
