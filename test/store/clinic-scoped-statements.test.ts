// Every statement that touches a tenant table names its clinic (spec §8, issue 15): what a Citus
// router query needs, so that past one server each request runs on the one node holding its clinic.
// On PostgreSQL, with every statement logged (the driver's statement log), a walk of every endpoint
// of /api/v1 (the endpoint table the authorization matrix drives, a refusal, sign-in and its
// failures, invitations taken up, one's own sessions, check-ins written in one statement and
// replayed, caseloads recomputed by the refresher and by the read itself, outcomes) and of FHIR
// (read, search, $everything, a transaction import); then each logged statement is checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFileToBundle } from '../../src/fhir/index.ts';
import { noRefresher } from '../../src/services/index.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { backends, isolated, type Backend } from '../support/backends.ts';
import { clinicScopeProblem } from '../support/clinic-scope-check.ts';
import { endpoints, makeTarget } from '../support/endpoints.ts';
import { richCaseFile } from '../fhir/support.ts';

const postgres = backends.find((b) => b.name === 'postgres');
if (!postgres) console.warn('test/store/clinic-scoped-statements.test.ts skipped: set TEST_DATABASE_URL (.ci/run does)');

describe.skipIf(!postgres)('every statement on PostgreSQL names its clinic', () => {
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  let recording = false;
  const base = postgres ? isolated(postgres) : null;
  const logged: Backend = {
    name: 'postgres',
    open: async () => {
      if (!base) throw new Error('no PostgreSQL');
      return base.open({ onStatement: (sql, parameters) => { if (recording) statements.push({ sql, parameters }); } });
    },
  };
  let api: TestApi;
  let clinic: TestClinic;

  beforeAll(async () => {
    api = await startTestApi(logged);
    recording = true;
    clinic = await makeClinic(api);
    const target = await makeTarget(api, clinic, 'patient', async (path, body) => (await call(api, clinic.tokens.clinician, 'POST', path, body)).body as { id: string });
    const own = (reply: { status: number; body: unknown }, what: string): void => {
      if (reply.status >= 300) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
    };

    // Every endpoint of the table, as a role it allows, on the clinic's own records.
    for (const endpoint of endpoints) {
      const role = endpoint.allowed.clinician === 'allow' ? 'clinician' : endpoint.allowed.admin === 'allow' ? 'admin' : 'patient';
      // A call that succeeds once per record (a removal) gets a fresh record of its own.
      const t = endpoint.prepare ? await endpoint.prepare(api, target) : target;
      own(await call(api, clinic.tokens[role], endpoint.method, endpoint.url(t), endpoint.body ? await endpoint.body(api, t) : undefined, endpoint.headers?.() ?? {}), `${endpoint.method} ${endpoint.path}`);
    }
    // A refusal (audited in its own transaction), failed sign-ins (counted on the account).
    await call(api, clinic.tokens.patient, 'GET', `/episodes/${clinic.otherEpisodeId}`);
    const users = (await call(api, clinic.tokens.admin, 'GET', '/users')).body as { email: string; role: string }[];
    const clinicianEmail = users.find((u) => u.role === 'clinician')?.email ?? '';
    await call(api, null, 'POST', '/auth/login', { email: clinicianEmail, password: 'not the password' });
    // An invitation taken up; one's own sessions listed and one ended; signing out.
    const newcomer = (await call(api, clinic.tokens.clinician, 'POST', '/patients', { name: 'Wanda Walk', birthDate: '1990-09-09', sex: 'female' })).body as { id: string };
    const invitation = (await call(api, clinic.tokens.clinician, 'POST', `/patients/${newcomer.id}/invitation`, { email: 'walk-invite@clinic.example' })).body as { token: string };
    own(await call(api, null, 'POST', '/auth/invitation', { token: invitation.token }), 'read invitation');
    const invited = (await call(api, null, 'POST', '/auth/invitation/accept', { token: invitation.token, password: 'a long enough password' })).body as { token: string };
    const second = ((await call(api, null, 'POST', '/auth/login', { email: 'walk-invite@clinic.example', password: 'a long enough password' })).body as { token: string }).token;
    const sessions = (await call(api, invited.token, 'GET', '/auth/sessions')).body as { id: string; current: boolean }[];
    own(await call(api, invited.token, 'DELETE', `/auth/sessions/${sessions.find((s) => !s.current)?.id ?? ''}`), 'end a session');
    own(await call(api, invited.token, 'GET', '/auth/me'), 'me');
    own(await call(api, invited.token, 'POST', '/auth/logout'), 'sign out');
    expect((await call(api, second, 'GET', '/auth/me')).status).toBe(401);

    // Check-ins in one statement, a replay, and caseloads: refreshed off the request, then by the read.
    for (const key of ['walk-check-in-1', 'walk-check-in-1', 'walk-check-in-2']) {
      own(await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, { date: '2026-03-09', painNow: 5 }, { 'Idempotency-Key': key }), 'check-in');
    }
    await api.deps.summaryRefresher.idle();
    own(await call(api, clinic.tokens.clinician, 'GET', '/caseload'), 'caseload');
    const refresher = api.deps.summaryRefresher;
    api.deps.summaryRefresher = noRefresher;
    own(await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, { date: '2026-03-10', painNow: 4 }, { 'Idempotency-Key': 'walk-check-in-3' }), 'check-in');
    own(await call(api, clinic.tokens.clinician, 'GET', '/caseload'), 'caseload recomputed by the read');
    own(await call(api, clinic.tokens.admin, 'GET', '/outcomes'), 'outcomes');
    api.deps.summaryRefresher = refresher;

    // FHIR: read, search, $everything, and a transaction import.
    const fhir = async (path: string, init: RequestInit = {}): Promise<void> => {
      const response = await api.app.request(`/fhir/R4${path}`, { ...init, headers: { Authorization: `Bearer ${clinic.tokens.clinician}`, ...(init.headers ?? {}) } });
      if (response.status >= 300) throw new Error(`FHIR ${path}: ${response.status} ${await response.text()}`);
    };
    await fhir(`/Patient/${clinic.patientId}`);
    await fhir(`/Patient/${clinic.patientId}/$everything`);
    await fhir(`/Observation?patient=${clinic.patientId}`);
    const bundle = caseFileToBundle(richCaseFile, { patientId: 'pat-7', episodeId: 'ep-7', type: 'transaction' });
    await fhir('', { method: 'POST', body: JSON.stringify(bundle), headers: { 'Content-Type': 'application/fhir+json' } });
    recording = false;
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await base?.drop();
  });

  it('logs a statement for each table the walk touched', () => {
    const text = statements.map((s) => s.sql).join('\n');
    for (const table of ['check_ins', 'audit_events', 'episode_summaries', 'auth_sessions', 'invitations', 'users', 'care_team_members', 'treatment_sessions']) {
      expect(text, table).toContain(`"${table}"`);
    }
    expect(statements.length).toBeGreaterThan(500);
  });

  it('filters every statement that touches a tenant table by clinic_id', () => {
    const problems = [...new Set(statements.map((s) => {
      const problem = clinicScopeProblem(s.sql);
      return problem ? `${problem}: ${s.sql.replace(/\s+/g, ' ').slice(0, 300)}` : null;
    }).filter((p): p is string => p !== null))];
    expect(problems).toEqual([]);
  });

  it('calls the check-in function with the clinic as its first argument (how Citus routes the call)', () => {
    const calls = statements.filter((s) => /threshold_record_check_ins?\(/.test(s.sql));
    expect(calls.length).toBeGreaterThanOrEqual(4);
    for (const c of calls) {
      expect(c.sql).toMatch(/threshold_record_check_ins?\(\$1[,:]/);
      expect(c.parameters[0]).toBe(clinic.clinicId);
    }
  });

  it('finds no clinic in a statement that does not name one (the check itself)', () => {
    expect(clinicScopeProblem('select "id" from "episodes" where "episodes"."id" = $1')).toMatch(/episodes/);
    expect(clinicScopeProblem('select "a"."id" from "episodes" inner join "patients" on "patients"."id" = "episodes"."patient_id" where "episodes"."clinic_id" = $1')).toMatch(/patients/);
    expect(clinicScopeProblem('insert into "goals" ("id", "episode_id") values ($1, $2)')).toMatch(/goals/);
    expect(clinicScopeProblem('select "id" from "episodes" inner join "patients" on ("patients"."clinic_id" = "episodes"."clinic_id") where "episodes"."clinic_id" = $1')).toBeNull();
    expect(clinicScopeProblem(`select 1 from "sign_in_directory" where "email" = $1`)).toBeNull();
  });
});
