// SMART App Launch 2.0 (issue 16) over HTTP, step by step as a browser and an app walk it: the admin
// registers an app; /.well-known/smart-configuration says what the server does; a patient's
// standalone launch and a clinician's EHR launch each end in an access token that reads only what
// its user and launch patient allow (another patient: 404; writes: refused), every read audited as
// the app and the user; and the authorization server refuses what SMART forbids: a wrong PKCE
// verifier, no PKCE or the plain method, an unregistered redirect URI, an unknown app, a stale launch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { backends } from '../support/backends.ts';
import { Agent, location, pkce, startSmartServer, type SmartTestServer } from './support.ts';

const REDIRECT = 'http://127.0.0.1:9/callback';
const LAUNCH_URL = 'http://127.0.0.1:9/launch';

interface Authorize {
  scope: string;
  launch?: string;
  redirectUri?: string;
  clientId?: string;
  challenge?: { value: string; method: string } | null;
}

describe.each(backends)('SMART authorization on $name', (backend) => {
  let bare: TestApi;
  let api: TestApi;
  let server: SmartTestServer;
  let clinic: TestClinic;
  let appId: string;

  const fhir = async (token: string, path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${server.fhirBase}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.json() as Record<string, unknown> };
  };

  /** The browser's side: ask for authorization; returns the response of /oauth/auth. */
  const askToAuthorize = async (agent: Agent, request: Authorize, state = 'state-1'): Promise<Response> => {
    const params = new URLSearchParams({
      response_type: 'code', client_id: request.clientId ?? appId, redirect_uri: request.redirectUri ?? REDIRECT,
      scope: request.scope, state, aud: server.fhirBase,
      ...(request.launch === undefined ? {} : { launch: request.launch }),
      ...(request.challenge === null || request.challenge === undefined ? {} : { code_challenge: request.challenge.value, code_challenge_method: request.challenge.method }),
    });
    return agent.fetch(`/oauth/auth?${params.toString()}`);
  };

  /** Signed in to Threshold as `token`, allow (or deny) on the consent screen; returns the app's redirect. */
  const consent = async (agent: Agent, token: string, first: Response, decision: { allow: boolean; patientId?: string }): Promise<{ plan: Record<string, unknown>; redirect: URL }> => {
    expect(first.status, await first.clone().text()).toBe(303);
    const interaction = location(first);
    const uid = /\/oauth\/interaction\/([^/?]+)$/.exec(interaction)?.[1];
    expect(uid, interaction).toBeDefined();
    agent.setCookie('threshold_session', token);
    const details = await agent.fetch(`/oauth/interaction/${uid}/details`);
    expect(details.status, await details.clone().text()).toBe(200);
    const plan = await details.json() as Record<string, unknown>;
    const csrf = (await (await agent.fetch('/api/v1/auth/me')).json() as { csrfToken: string }).csrfToken;
    const decided = await agent.fetch(`/oauth/interaction/${uid}/decision`, {
      method: 'POST', body: JSON.stringify(decision), headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
    });
    expect(decided.status, await decided.clone().text()).toBe(200);
    const resumed = await agent.fetch((await decided.json() as { redirectTo: string }).redirectTo);
    expect(resumed.status, await resumed.clone().text()).toBe(303);
    return { plan, redirect: new URL(location(resumed)) };
  };

  const exchange = async (code: string, verifier: string, redirectUri = REDIRECT): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${server.url}/oauth/token`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, client_id: appId, redirect_uri: redirectUri }).toString(),
    });
    return { status: response.status, body: await response.json() as Record<string, unknown> };
  };

  /** A whole authorization: the code at the redirect, exchanged for the token response. */
  const authorize = async (token: string, request: Authorize, decision: { allow: boolean; patientId?: string } = { allow: true }): Promise<{ plan: Record<string, unknown>; tokens: Record<string, unknown> }> => {
    const agent = new Agent(server.url);
    const { verifier, challenge } = pkce();
    const { plan, redirect } = await consent(agent, token, await askToAuthorize(agent, { ...request, challenge: { value: challenge, method: 'S256' } }), decision);
    expect(redirect.searchParams.get('state')).toBe('state-1');
    const code = redirect.searchParams.get('code');
    expect(code, redirect.toString()).toBeTruthy();
    const tokens = await exchange(code ?? '', verifier);
    expect(tokens.status, JSON.stringify(tokens.body)).toBe(200);
    return { plan, tokens: tokens.body };
  };

  beforeAll(async () => {
    bare = await startTestApi(backend);
    server = await startSmartServer(bare);
    api = server.api;
    clinic = await makeClinic(api);
    const checkIn = await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, { date: '2026-03-09', painNow: 4 }, { 'Idempotency-Key': 'smart-check-in-1' });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(201);
    const registered = await call(api, clinic.tokens.admin, 'POST', '/apps', {
      name: 'Pain diary viewer', redirectUris: [REDIRECT], launchUrl: LAUNCH_URL,
      scopes: ['launch', 'launch/patient', 'openid', 'fhirUser', 'patient/*.rs', 'user/*.rs'],
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    appId = (registered.body as { id: string }).id;
  }, 60_000);
  afterAll(async () => { await server?.close(); await bare?.close(); });

  it('registers apps by the admin only, validating each field, and lists them for staff', async () => {
    const asClinician = await call(api, clinic.tokens.clinician, 'POST', '/apps', { name: 'X', redirectUris: [REDIRECT], scopes: ['openid'] });
    expect(asClinician.status).toBe(403);
    const bad = await call(api, clinic.tokens.admin, 'POST', '/apps', { name: 'X', redirectUris: ['http://evil.example/cb'], scopes: ['patient/*.write'] });
    expect(bad.status).toBe(400);
    const paths = (bad.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path).join(' ');
    expect(paths).toMatch(/redirectUris/);
    expect(paths).toMatch(/scopes/);
    const listed = await call(api, clinic.tokens.clinician, 'GET', '/apps');
    expect((listed.body as { id: string }[]).map((a) => a.id)).toEqual([appId]);
    expect((await call(api, clinic.tokens.patient, 'GET', '/apps')).status).toBe(403);
  });

  it('describes itself at /.well-known/smart-configuration (root and FHIR base) and in the CapabilityStatement', async () => {
    for (const path of [`${server.url}/.well-known/smart-configuration`, `${server.fhirBase}/.well-known/smart-configuration`]) {
      const response = await fetch(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      const config = await response.json() as Record<string, unknown>;
      expect(config.code_challenge_methods_supported).toEqual(['S256']);
      expect(config.authorization_endpoint).toBe(`${server.url}/oauth/auth`);
      expect(config.capabilities).toEqual(expect.arrayContaining(['launch-ehr', 'launch-standalone', 'permission-v2', 'context-ehr-patient']));
    }
    const metadata = await (await fetch(`${server.fhirBase}/metadata`)).json() as { rest: { security?: { extension?: { extension?: { valueUri?: string }[] }[] } }[] };
    expect(JSON.stringify(metadata.rest[0]?.security)).toContain(`${server.url}/oauth/token`);
  });

  it('a patient\'s standalone launch: consent screen, a token bound to their own record, reads audited as the app and the patient', async () => {
    const { plan, tokens } = await authorize(clinic.tokens.patient, { scope: 'launch/patient openid fhirUser patient/*.rs' });
    expect(plan).toMatchObject({ launch: 'standalone', choosePatient: false, autoApprove: false, patient: { id: clinic.patientId } });
    expect(tokens.patient).toBe(clinic.patientId);
    expect(String(tokens.scope).split(' ').sort()).toEqual(['fhirUser', 'launch/patient', 'openid', 'patient/*.rs']);
    expect(tokens.id_token).toBeTruthy();
    const claims = JSON.parse(Buffer.from(String(tokens.id_token).split('.')[1] ?? '', 'base64url').toString()) as { fhirUser?: string };
    expect(claims.fhirUser).toBe(`${server.fhirBase}/Patient/${clinic.patientId}`);
    const access = String(tokens.access_token);

    const observations = await fhir(access, `/Observation?patient=${clinic.patientId}`);
    expect(observations.status).toBe(200);
    expect(observations.body.total).toBeGreaterThan(0);
    expect((await fhir(access, `/Patient/${clinic.patientId}`)).status).toBe(200);
    expect((await fhir(access, `/Patient/${clinic.otherPatientId}`)).status).toBe(404);
    expect((await fhir(access, `/Observation?patient=${clinic.otherPatientId}`)).body.total ?? 0).toBe(0);
    const everyone = await fhir(access, '/Patient');
    expect(everyone.body.total).toBe(1);
    // Read-only: the token cannot write, and is no key to /api/v1.
    const everything = await fhir(access, `/Patient/${clinic.patientId}/$everything`);
    expect(everything.status).toBe(200);
    const entry = (everything.body.entry as { resource: { resourceType: string; id: string } }[])
      .map(({ resource }) => ({ resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } }));
    const write = await fetch(`${server.fhirBase}`, {
      method: 'POST', headers: { Authorization: `Bearer ${access}`, 'Content-Type': 'application/fhir+json' }, body: JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry }),
    });
    expect(write.status, await write.clone().text()).toBe(403);
    expect((await call(api, access, 'GET', '/auth/me')).status).toBe(401);

    const audit = await call(api, clinic.tokens.admin, 'GET', `/audit-events?patientId=${clinic.patientId}&limit=50`);
    const byApp = (audit.body as { appId?: string; actorUserId: string; recordType: string }[]).filter((e) => e.appId === appId);
    expect(byApp.length).toBeGreaterThanOrEqual(3);
    expect(new Set(byApp.map((e) => e.actorUserId))).toEqual(new Set([clinic.userIds.patient]));
    expect(byApp.map((e) => e.recordType)).toContain('app-token');
  });

  it('a clinician\'s EHR launch from the patient page: no consent screen needed, the launch patient in the token response', async () => {
    const launch = await call(api, clinic.tokens.clinician, 'POST', `/apps/${appId}/launches`, { patientId: clinic.otherPatientId });
    expect(launch.status, JSON.stringify(launch.body)).toBe(201);
    const url = new URL((launch.body as { url: string }).url);
    expect(`${url.origin}${url.pathname}`).toBe(LAUNCH_URL);
    expect(url.searchParams.get('iss')).toBe(server.fhirBase);
    const { plan, tokens } = await authorize(clinic.tokens.clinician, { scope: 'launch openid fhirUser patient/*.rs', launch: url.searchParams.get('launch') ?? '' });
    expect(plan).toMatchObject({ launch: 'ehr', autoApprove: true, patient: { id: clinic.otherPatientId } });
    expect(tokens.patient).toBe(clinic.otherPatientId);
    const access = String(tokens.access_token);
    expect((await fhir(access, `/Patient/${clinic.otherPatientId}`)).status).toBe(200);
    expect((await fhir(access, `/Patient/${clinic.patientId}`)).status).toBe(404);

    // The launch was for this clinician: another user cannot use it, nor can a patient launch.
    const again = await call(api, clinic.tokens.clinician, 'POST', `/apps/${appId}/launches`, { patientId: clinic.patientId });
    const agent = new Agent(server.url);
    const first = await askToAuthorize(agent, { scope: 'launch patient/*.rs', launch: (again.body as { launch: string }).launch, challenge: { value: pkce().challenge, method: 'S256' } });
    agent.setCookie('threshold_session', clinic.tokens.admin);
    const stolen = await agent.fetch(`${location(first)}/details`);
    expect(stolen.status).toBe(400);
    expect((await call(api, clinic.tokens.patient, 'POST', `/apps/${appId}/launches`, { patientId: clinic.patientId })).status).toBe(403);
  });

  it('a clinician\'s standalone launch with user/*.rs picks a patient, and reads the clinic as the clinician would', async () => {
    const { plan, tokens } = await authorize(clinic.tokens.clinician, { scope: 'launch/patient openid user/*.rs' }, { allow: true, patientId: clinic.patientId });
    expect(plan).toMatchObject({ choosePatient: true, patient: null });
    expect(tokens.patient).toBe(clinic.patientId);
    const everyone = await fhir(String(tokens.access_token), '/Patient');
    expect(everyone.body.total).toBe(2);
  });

  it('refuses a wrong PKCE verifier, a request without PKCE or with the plain method, an unregistered redirect URI and an unknown app', async () => {
    const agent = new Agent(server.url);
    const { challenge } = pkce();
    const { redirect } = await consent(agent, clinic.tokens.patient, await askToAuthorize(agent, { scope: 'openid patient/*.rs', challenge: { value: challenge, method: 'S256' } }), { allow: true });
    const wrong = await exchange(redirect.searchParams.get('code') ?? '', pkce().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');

    const noPkce = await askToAuthorize(new Agent(server.url), { scope: 'openid', challenge: null });
    expect(new URL(location(noPkce)).searchParams.get('error')).toBe('invalid_request');
    const plain = await askToAuthorize(new Agent(server.url), { scope: 'openid', challenge: { value: challenge, method: 'plain' } });
    expect(new URL(location(plain)).searchParams.get('error')).toBe('invalid_request');

    // An unregistered redirect URI is never redirected to: the error is shown to the user.
    const elsewhere = await askToAuthorize(new Agent(server.url), { scope: 'openid', redirectUri: 'http://127.0.0.1:9/other', challenge: { value: challenge, method: 'S256' } });
    expect(elsewhere.status).toBe(400);
    expect(location(elsewhere)).toBe('');
    expect(await elsewhere.text()).toMatch(/redirect_uri/);
    const unknown = await askToAuthorize(new Agent(server.url), { scope: 'openid', clientId: 'no-such-app', challenge: { value: challenge, method: 'S256' } });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/invalid_client/);
  });

  it('a denied consent sends the app access_denied; a removed app\'s tokens stop working at once', async () => {
    const agent = new Agent(server.url);
    const { redirect } = await consent(agent, clinic.tokens.patient,
      await askToAuthorize(agent, { scope: 'openid patient/*.rs', challenge: { value: pkce().challenge, method: 'S256' } }), { allow: false });
    expect(redirect.searchParams.get('error')).toBe('access_denied');

    const { tokens } = await authorize(clinic.tokens.patient, { scope: 'launch/patient patient/*.rs' });
    const access = String(tokens.access_token);
    expect((await fhir(access, `/Patient/${clinic.patientId}`)).status).toBe(200);
    const other = await call(api, clinic.tokens.admin, 'POST', '/apps', { name: 'Short-lived', redirectUris: [REDIRECT], scopes: ['openid'] });
    expect((await call(api, clinic.tokens.admin, 'DELETE', `/apps/${(other.body as { id: string }).id}`)).status).toBe(204);
    expect((await call(api, clinic.tokens.admin, 'DELETE', `/apps/${appId}`)).status).toBe(204);
    expect((await fhir(access, `/Patient/${clinic.patientId}`)).status).toBe(401);
  });
});
