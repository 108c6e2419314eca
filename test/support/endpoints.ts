// Every endpoint of /api/v1 as data: how to call it against a target (own records, another
// patient's, another clinic's), a valid body, a bad body, and who may use it. The authorization
// matrix and the bad-input suite both drive this list, and a test checks it covers the OpenAPI paths.
import { call as callApi, type TestApi, type TestClinic } from './api.ts';

export type Role = 'admin' | 'clinician' | 'patient';
export type TargetName = 'own' | 'other-patient' | 'other-clinic';
/** allow: 2xx; deny: 403; hide: 404 (a record the caller may not know exists). */
export type Outcome = 'allow' | 'deny' | 'hide';

/** The ids one target offers: a patient with an episode and one record of each kind. */
export interface Target {
  clinicId: string;
  patientId: string;
  episodeId: string;
  goalId: string;
  sessionId: string;
  flareId: string;
  referralId: string;
  checkpointId: string;
  /** A SMART app of the target's clinic, and one the admin may remove. */
  appId: string;
  removableAppId: string;
}

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The OpenAPI path, e.g. /episodes/{episodeId}. */
  path: string;
  url: (t: Target) => string;
  body?: (api: TestApi, t: Target) => Promise<unknown>;
  badBody?: unknown;
  headers?: () => Record<string, string>;
  /** Who may: by role, for a record of the caller's own (patient) or clinic (staff). */
  allowed: Record<Role, Outcome>;
  /** True when the endpoint is about one patient's record (so targets apply). */
  targeted: boolean;
}

const staffOnly = { admin: 'allow', clinician: 'allow', patient: 'deny' } as const;
const adminOnly = { admin: 'allow', clinician: 'deny', patient: 'deny' } as const;
const smartApp = { name: 'Pain diary', redirectUris: ['https://app.example/callback'], scopes: ['launch', 'openid', 'patient/*.rs'], launchUrl: 'https://app.example/launch' };
const clinicalRead = { admin: 'deny', clinician: 'allow', patient: 'allow' } as const;
const clinicalWrite = { admin: 'deny', clinician: 'allow', patient: 'deny' } as const;
const patientReported = { admin: 'deny', clinician: 'allow', patient: 'allow' } as const;
const demographicsRead = { admin: 'allow', clinician: 'allow', patient: 'allow' } as const;

let keyCounter = 0;
const versionOf = async (api: TestApi, t: Target, kind: 'goal' | 'session' | 'flare' | 'referral' | 'checkpoint', id: string): Promise<number> =>
  api.store.transaction(async (tx) => (await tx.clinic(t.clinicId).records(kind).get(id))?.version ?? 1);
const episodeVersion = async (api: TestApi, t: Target): Promise<number> =>
  api.store.transaction(async (tx) => (await tx.clinic(t.clinicId).episodes.get(t.episodeId))?.version ?? 1);
const patientVersion = async (api: TestApi, t: Target): Promise<number> =>
  api.store.transaction(async (tx) => (await tx.clinic(t.clinicId).people.getPatient(t.patientId))?.version ?? 1);
const body = (value: unknown) => async (): Promise<unknown> => value;

const goal = { activity: 'climb stairs', measure: { kind: 'ability' }, baseline: 2, target: 7, setOn: '2026-03-01' };
const session = { date: '2026-03-03', modalities: [{ modality: 'acupuncture', minutes: 15 }] };
const flare = { start: '2026-03-04', cause: 'unknown' };
const referral = { date: '2026-03-05', to: { discipline: 'physician' }, reason: 'review of medication' };

export const endpoints: Endpoint[] = [
  { method: 'GET', path: '/users', url: () => '/users', allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' }, targeted: false },
  {
    method: 'POST', path: '/users', url: () => '/users', targeted: false, allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' },
    body: async () => ({ email: `matrix-${(keyCounter += 1)}-${Date.now()}@clinic.example`, name: 'New Clinician', role: 'clinician', password: 'a long enough password' }),
    badBody: { email: 'not-an-email', name: '', role: 'boss', password: 'short' },
  },
  { method: 'GET', path: '/patients', url: () => '/patients', allowed: staffOnly, targeted: false },
  { method: 'POST', path: '/patients', url: () => '/patients', allowed: staffOnly, targeted: false, body: body({ name: 'Neil New', birthDate: '1960-02-02', sex: 'male' }), badBody: { birthDate: '02/02/1960', sex: 'robot' } },
  { method: 'GET', path: '/patients/{patientId}', url: (t) => `/patients/${t.patientId}`, allowed: demographicsRead, targeted: true },
  {
    method: 'PUT', path: '/patients/{patientId}', url: (t) => `/patients/${t.patientId}`, allowed: staffOnly, targeted: true,
    body: async (api, t) => ({ name: 'Renamed', birthDate: '1975-06-15', sex: 'female', version: await patientVersion(api, t) }),
    badBody: { name: 'Renamed', birthDate: '1975-06-15', sex: 'female' },
  },
  { method: 'GET', path: '/patients/{patientId}/care-team', url: (t) => `/patients/${t.patientId}/care-team`, allowed: demographicsRead, targeted: true },
  {
    method: 'POST', path: '/patients/{patientId}/care-team', url: (t) => `/patients/${t.patientId}/care-team`, allowed: staffOnly, targeted: true,
    // The clinician of the target's clinic is found at call time (see careTeamBody in the matrix).
    body: async (api, t) => {
      const users = await api.store.transaction((tx) => tx.clinic(t.clinicId).people.listUsers());
      return { userId: users.find((u) => u.role === 'clinician')?.id ?? 'none', discipline: 'physical therapy', lead: true };
    },
    badBody: { userId: '', lead: 'yes' },
  },
  { method: 'GET', path: '/patients/{patientId}/episodes', url: (t) => `/patients/${t.patientId}/episodes`, allowed: clinicalRead, targeted: true },
  {
    method: 'POST', path: '/patients/{patientId}/episodes', url: (t) => `/patients/${t.patientId}/episodes`, allowed: clinicalWrite, targeted: true,
    body: body({ startDate: '2026-03-02', regions: ['neck'], condition: 'neck-pain' }), badBody: { startDate: '2026-13-45', regions: [] },
  },
  { method: 'GET', path: '/episodes/{episodeId}', url: (t) => `/episodes/${t.episodeId}`, allowed: clinicalRead, targeted: true },
  {
    method: 'PUT', path: '/episodes/{episodeId}', url: (t) => `/episodes/${t.episodeId}`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ startDate: '2026-03-01', regions: ['low-back'], condition: 'low-back-pain', status: 'active', version: await episodeVersion(api, t) }),
    badBody: { startDate: '2026-03-01', regions: ['elbow-of-knee'], version: 1 },
  },
  {
    method: 'PUT', path: '/episodes/{episodeId}/intake', url: (t) => `/episodes/${t.episodeId}/intake`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ irritability: { confirmed: 'low' }, version: await episodeVersion(api, t) }),
    badBody: { irritability: { confirmed: 'extreme' }, version: 1 },
  },
  {
    method: 'PUT', path: '/episodes/{episodeId}/ongoing-care', url: (t) => `/episodes/${t.episodeId}/ongoing-care`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ declaredOn: '2026-03-09', reason: 'maintenance', reviewOn: '2026-04-09', version: await episodeVersion(api, t) }),
    badBody: { declaredOn: '2026-03-09', reviewOn: 'soon', version: 1 },
  },
  { method: 'GET', path: '/episodes/{episodeId}/imaging', url: (t) => `/episodes/${t.episodeId}/imaging`, allowed: clinicalRead, targeted: true },
  { method: 'GET', path: '/episodes/{episodeId}/assessment', url: (t) => `/episodes/${t.episodeId}/assessment?asOf=2026-03-09`, allowed: clinicalRead, targeted: true },
  ...(['goals', 'sessions', 'flares', 'measures', 'referrals', 'check-ins', 'checkpoints'] as const).map((kind): Endpoint => ({
    method: 'GET', path: `/episodes/{episodeId}/${kind}`, url: (t) => `/episodes/${t.episodeId}/${kind}`, allowed: clinicalRead, targeted: true,
  })),
  { method: 'POST', path: '/episodes/{episodeId}/goals', url: (t) => `/episodes/${t.episodeId}/goals`, allowed: clinicalWrite, targeted: true, body: body(goal), badBody: { ...goal, baseline: -1, measure: { kind: 'vibes' } } },
  { method: 'POST', path: '/episodes/{episodeId}/sessions', url: (t) => `/episodes/${t.episodeId}/sessions`, allowed: clinicalWrite, targeted: true, body: body(session), badBody: { date: 'tuesday', modalities: [{ modality: 'acupuncture', minutes: 0 }] } },
  { method: 'POST', path: '/episodes/{episodeId}/flares', url: (t) => `/episodes/${t.episodeId}/flares`, allowed: patientReported, targeted: true, body: body(flare), badBody: { cause: 'gremlins' } },
  { method: 'POST', path: '/episodes/{episodeId}/measures', url: (t) => `/episodes/${t.episodeId}/measures`, allowed: clinicalWrite, targeted: true, body: body({ instrument: 'nprs', date: '2026-03-03', score: 5 }), badBody: { instrument: 'mood-ring', date: '2026-03-03' } },
  { method: 'POST', path: '/episodes/{episodeId}/referrals', url: (t) => `/episodes/${t.episodeId}/referrals`, allowed: clinicalWrite, targeted: true, body: body(referral), badBody: { ...referral, to: { discipline: 'astrology' } } },
  {
    method: 'POST', path: '/episodes/{episodeId}/check-ins', url: (t) => `/episodes/${t.episodeId}/check-ins`, allowed: patientReported, targeted: true,
    headers: () => ({ 'Idempotency-Key': `matrix-key-${(keyCounter += 1)}-${Date.now()}` }),
    body: body({ date: '2026-03-06', painNow: 3 }), badBody: { date: '2026-03-06', painNow: 11 },
  },
  { method: 'POST', path: '/episodes/{episodeId}/checkpoints', url: (t) => `/episodes/${t.episodeId}/checkpoints`, allowed: clinicalWrite, targeted: true, body: body({ date: '2026-03-09' }), badBody: { date: '2026-03-09', decision: { code: 'give-up', reason: '' } } },
  {
    method: 'PUT', path: '/goals/{id}', url: (t) => `/goals/${t.goalId}`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ ...goal, activity: 'walk 30 minutes', version: await versionOf(api, t, 'goal', t.goalId) }), badBody: { ...goal, target: 'high', version: 1 },
  },
  {
    method: 'POST', path: '/goals/{id}/ratings', url: (t) => `/goals/${t.goalId}/ratings`, allowed: patientReported, targeted: true,
    body: async (api, t) => ({ date: '2026-03-07', value: 4, version: await versionOf(api, t, 'goal', t.goalId) }), badBody: { date: '2026-03-07', value: -2, version: 0 },
  },
  {
    method: 'PUT', path: '/sessions/{id}', url: (t) => `/sessions/${t.sessionId}`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ ...session, notes: 'edited', version: await versionOf(api, t, 'session', t.sessionId) }), badBody: { ...session, modalities: 'lots', version: 1 },
  },
  {
    method: 'PUT', path: '/flares/{id}', url: (t) => `/flares/${t.flareId}`, allowed: patientReported, targeted: true,
    body: async (api, t) => ({ ...flare, end: '2026-03-05', version: await versionOf(api, t, 'flare', t.flareId) }), badBody: { ...flare, recordedBy: 'cat', version: 1 },
  },
  {
    method: 'PUT', path: '/referrals/{id}', url: (t) => `/referrals/${t.referralId}`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ ...referral, status: 'active', version: await versionOf(api, t, 'referral', t.referralId) }), badBody: { ...referral, status: 'lost', version: 1 },
  },
  {
    method: 'PUT', path: '/checkpoints/{id}/decision', url: (t) => `/checkpoints/${t.checkpointId}/decision`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ code: 'continue', reason: 'progressing', version: await versionOf(api, t, 'checkpoint', t.checkpointId) }), badBody: { code: 'continue', version: 1 },
  },
  { method: 'GET', path: '/caseload', url: () => '/caseload', allowed: { admin: 'deny', clinician: 'allow', patient: 'deny' }, targeted: false },
  { method: 'GET', path: '/outcomes', url: () => '/outcomes', allowed: staffOnly, targeted: false },
  { method: 'GET', path: '/audit-events', url: () => '/audit-events', allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' }, targeted: false },
  { method: 'GET', path: '/instruments', url: () => '/instruments', allowed: staffOnly, targeted: false },
  { method: 'POST', path: '/instruments/{code}/score', url: () => '/instruments/nprs/score', allowed: staffOnly, targeted: false, body: body({ answers: [6] }), badBody: { answers: [11] } },
  { method: 'GET', path: '/apps', url: () => '/apps', allowed: staffOnly, targeted: false },
  { method: 'POST', path: '/apps', url: () => '/apps', allowed: adminOnly, targeted: false, body: body(smartApp), badBody: { ...smartApp, redirectUris: ['ftp://x'] } },
  {
    method: 'PUT', path: '/apps/{appId}', url: (t) => `/apps/${t.appId}`, allowed: adminOnly, targeted: false,
    body: async (api, t) => ({ ...smartApp, name: 'Renamed', version: await appVersion(api, t) }), badBody: { ...smartApp, scopes: ['patient/*.write'], version: 1 },
  },
  // An EHR launch is about one patient: the patient is found first, so another clinic's is hidden.
  { method: 'POST', path: '/apps/{appId}/launches', url: (t) => `/apps/${t.appId}/launches`, allowed: { admin: 'deny', clinician: 'allow', patient: 'deny' }, targeted: true, body: async (_api, t) => ({ patientId: t.patientId }), badBody: { patientId: '' } },
  { method: 'DELETE', path: '/apps/{appId}', url: (t) => `/apps/${t.removableAppId}`, allowed: adminOnly, targeted: false },
];

async function appVersion(api: TestApi, t: Target): Promise<number> {
  const app = await api.store.transaction((tx) => tx.clinic(t.clinicId).apps.get(t.appId));
  return app?.version ?? 0;
}

async function registerApp(api: TestApi, clinic: TestClinic): Promise<string> {
  const reply = await callApi(api, clinic.tokens.admin, 'POST', '/apps', smartApp);
  if (reply.status !== 201) throw new Error(`register app: ${reply.status} ${JSON.stringify(reply.body)}`);
  return (reply.body as { id: string }).id;
}

/** A target from a test clinic: its own patient, or its other patient; with one record of each kind made by its clinician. */
export async function makeTarget(api: TestApi, clinic: TestClinic, which: 'patient' | 'otherPatient', call: (path: string, body: unknown) => Promise<{ id: string }>): Promise<Target> {
  const patientId = which === 'patient' ? clinic.patientId : clinic.otherPatientId;
  const episodeId = which === 'patient' ? clinic.episodeId : clinic.otherEpisodeId;
  const goals = await api.store.transaction((tx) => tx.clinic(clinic.clinicId).records('goal').list(episodeId));
  return {
    clinicId: clinic.clinicId, patientId, episodeId, goalId: goals[0]?.id ?? 'none',
    sessionId: (await call(`/episodes/${episodeId}/sessions`, session)).id,
    flareId: (await call(`/episodes/${episodeId}/flares`, flare)).id,
    referralId: (await call(`/episodes/${episodeId}/referrals`, referral)).id,
    checkpointId: (await call(`/episodes/${episodeId}/checkpoints`, { date: '2026-03-09' })).id,
    appId: await registerApp(api, clinic),
    removableAppId: await registerApp(api, clinic),
  };
}
