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
  /** A clinician of the target's clinic made for this target alone (user endpoints deactivate it). */
  userId: string;
  patientId: string;
  episodeId: string;
  goalId: string;
  sessionId: string;
  flareId: string;
  referralId: string;
  checkpointId: string;
  gradeId: string;
  /** A progress report made of the episode (the record of documents made). */
  documentId: string;
  measureId: string;
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
  /** For a call that can succeed once per record (a removal): a fresh record in the target's episode. */
  prepare?: (api: TestApi, t: Target) => Promise<Target>;
  /**
   * For an endpoint about a user rather than a patient's record: another patient's target is the
   * same clinic's (a patient is refused as on their own), and another clinic's user is not found.
   */
  aboutUser?: boolean;
  /** True for an endpoint that holds no patient or clinic data (the questionnaires): its refusals are not audited. */
  noData?: boolean;
  /** Where a role meets another clinic's record differently from its own rule (a clinician looks the user up first). */
  otherClinic?: Partial<Record<Role, Outcome>>;
}

const staffOnly = { admin: 'allow', clinician: 'allow', patient: 'deny' } as const;
const adminOnly = { admin: 'allow', clinician: 'deny', patient: 'deny' } as const;
const smartApp = { name: 'Pain diary', redirectUris: ['https://app.example/callback'], scopes: ['launch', 'openid', 'patient/*.rs'], launchUrl: 'https://app.example/launch' };
const clinicalRead = { admin: 'deny', clinician: 'allow', patient: 'allow' } as const;
const clinicalWrite = { admin: 'deny', clinician: 'allow', patient: 'deny' } as const;
const patientReported = { admin: 'deny', clinician: 'allow', patient: 'allow' } as const;
const clinicianOnly = { admin: 'deny', clinician: 'allow', patient: 'deny' } as const;
const demographicsRead = { admin: 'allow', clinician: 'allow', patient: 'allow' } as const;

let keyCounter = 0;
type RemovableKind = 'goal' | 'irritability-grade' | 'session' | 'flare' | 'measure' | 'referral' | 'checkpoint';
const versionOf = async (api: TestApi, t: Target, kind: RemovableKind, id: string): Promise<number> =>
  api.store.transaction(async (tx) => (await tx.clinic(t.clinicId).records(kind).get(id))?.version ?? 1);
const episodeVersion = async (api: TestApi, t: Target): Promise<number> =>
  api.store.transaction(async (tx) => (await tx.clinic(t.clinicId).episodes.get(t.episodeId))?.version ?? 1);
const patientVersion = async (api: TestApi, t: Target): Promise<number> =>
  api.store.transaction(async (tx) => (await tx.clinic(t.clinicId).people.getPatient(t.patientId))?.version ?? 1);
const clinicOf = async (api: TestApi, t: Target): Promise<{ version: number; settingsVersion: number }> =>
  api.store.transaction((tx) => tx.clinic(t.clinicId).profile.get());
const body = (value: unknown) => async (): Promise<unknown> => value;
const everyone = { admin: 'allow', clinician: 'allow', patient: 'allow' } as const;

const goal = { activity: 'climb stairs', measure: { kind: 'ability' }, baseline: 2, target: 7, setOn: '2026-03-01' };
const session = { date: '2026-03-03', modalities: [{ modality: 'acupuncture', minutes: 15 }] };
const flare = { start: '2026-03-04', cause: 'unknown' };
const referral = { date: '2026-03-05', to: { discipline: 'physician' }, reason: 'review of medication' };
const grade = { date: '2026-03-08', grade: 'moderate', context: 'other' };
const measure = { instrument: 'nprs', date: '2026-03-03', score: 5 };
const clinicExercise = {
  name: 'Carry the dog bag', kind: 'carry', ladder: 'carry', step: 2, trains: 'Carrying on one side while walking, as with the dog bag',
  unit: 'metres', loaded: true, startDose: { sets: 2, metres: 40, loadKg: 2.5 }, topDose: { sets: 3, metres: 80, loadKg: 8 }, minutes: 5,
  instructions: 'Hold the dog bag in one hand. Walk tall to the end of the garden and back. Swap hands halfway.', cues: ['Stand tall', 'Swap hands'],
};
const programmeChange = { date: '2026-03-08', reason: 'Walking grows a little each week', items: [{ exerciseId: 'walk-flat', dose: { sets: 1, minutes: 10 }, daysPerWeek: 5, startDate: '2026-03-08' }] };
const movementAssessment = { date: '2026-03-08', context: 'checkpoint', ratings: [{ pattern: 'hinge', quality: 2, painDuring: 3 }] };
/** How many versions the target's programme has: a change sends it (basedOn), so a stale read is refused. */
const programmeVersions = async (api: TestApi, t: Target): Promise<number> =>
  api.store.transaction(async (tx) => (await tx.clinic(t.clinicId).records('programme-version').list(t.episodeId)).length);

// Each removal succeeds once per record, so every call removes a record made for it (straight into the store: no audit row).
const idKey = { goal: 'goalId', 'irritability-grade': 'gradeId', session: 'sessionId', flare: 'flareId', measure: 'measureId', referral: 'referralId', checkpoint: 'checkpointId' } as const;
const freshRecord = {
  goal: { ...goal, ratings: [] }, 'irritability-grade': grade, session: { ...session, findings: [] }, flare: { ...flare, recordedBy: 'clinician' }, measure,
  referral: { ...referral, status: 'proposed' }, checkpoint: { date: '2026-03-09' },
} as const;
const removal = (kind: RemovableKind, plural: string): Endpoint => ({
  method: 'PUT', path: `/${plural}/{id}/removal`, url: (t) => `/${plural}/${t[idKey[kind]]}/removal`, targeted: true,
  allowed: kind === 'flare' ? patientReported : clinicalWrite,
  prepare: async (api, t) => {
    const id = `fresh-${kind}-${(keyCounter += 1)}-${Date.now()}`;
    await api.store.transaction((tx) => tx.clinic(t.clinicId).records(kind).insert(t.episodeId, { ...freshRecord[kind], id } as never));
    return { ...t, [idKey[kind]]: id };
  },
  body: async (api, t) => ({ version: await versionOf(api, t, kind, t[idKey[kind]]), reason: 'entered on the wrong patient' }),
  badBody: { version: 1, reason: '' },
});

export const endpoints: Endpoint[] = [
  { method: 'GET', path: '/users', url: () => '/users', allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' }, targeted: false },
  {
    method: 'POST', path: '/users', url: () => '/users', targeted: false, allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' },
    body: async () => ({ email: `matrix-${(keyCounter += 1)}-${Date.now()}@clinic.example`, name: 'New Clinician', role: 'clinician', password: 'a long enough password' }),
    badBody: { email: 'not-an-email', name: '', role: 'boss', password: 'short' },
  },
  {
    method: 'POST', path: '/users/{userId}/invitation', url: (t) => `/users/${t.userId}/invitation`, targeted: true, aboutUser: true,
    // The target user is a clinician: only an admin may invite staff (a clinician finds the user first).
    allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' }, otherClinic: { clinician: 'hide' },
  },
  {
    method: 'DELETE', path: '/users/{userId}/sessions', url: (t) => `/users/${t.userId}/sessions`, targeted: true, aboutUser: true,
    allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' },
  },
  {
    method: 'POST', path: '/users/{userId}/deactivate', url: (t) => `/users/${t.userId}/deactivate`, targeted: true, aboutUser: true,
    allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' },
  },
  {
    method: 'POST', path: '/users/{userId}/reactivate', url: (t) => `/users/${t.userId}/reactivate`, targeted: true, aboutUser: true,
    allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' },
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
  {
    method: 'POST', path: '/patients/{patientId}/invitation', url: (t) => `/patients/${t.patientId}/invitation`, allowed: staffOnly, targeted: true,
    // The patient's sign-in keeps its email: a second invitation goes to the same address.
    body: async (api, t) => {
      const users = await api.store.transaction((tx) => tx.clinic(t.clinicId).people.listUsers());
      return { email: users.find((u) => u.patientId === t.patientId)?.email ?? `invited-${(keyCounter += 1)}@clinic.example` };
    },
    badBody: { email: 'not an email' },
  },
  { method: 'GET', path: '/patients/{patientId}/episodes', url: (t) => `/patients/${t.patientId}/episodes`, allowed: clinicalRead, targeted: true },
  { method: 'GET', path: '/patients/{patientId}/overview', url: (t) => `/patients/${t.patientId}/overview`, allowed: clinicalRead, targeted: true },
  {
    method: 'POST', path: '/registrations', url: () => '/registrations', allowed: clinicalWrite, targeted: false,
    body: body({ patient: { name: 'Rita Registered', birthDate: '1970-01-01', sex: 'female' }, episode: { startDate: '2026-03-02', regions: ['knee'], condition: 'osteoarthritis' } }),
    badBody: { patient: { birthDate: '2026-03-05', sex: 'female' }, episode: { startDate: '2026-03-02', regions: ['knee'], painDurationMonths: -3 } },
  },
  {
    method: 'POST', path: '/patients/{patientId}/episodes', url: (t) => `/patients/${t.patientId}/episodes`, allowed: clinicalWrite, targeted: true,
    body: body({ startDate: '2026-03-02', regions: ['neck'], condition: 'neck-pain' }), badBody: { startDate: '2026-13-45', regions: [] },
  },
  { method: 'GET', path: '/episodes/{episodeId}', url: (t) => `/episodes/${t.episodeId}`, allowed: clinicalRead, targeted: true },
  { method: 'GET', path: '/episodes/{episodeId}/overview', url: (t) => `/episodes/${t.episodeId}/overview`, allowed: clinicalRead, targeted: true },
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
  ...(['goals', 'irritability-grades', 'sessions', 'flares', 'measures', 'referrals', 'check-ins', 'checkpoints', 'movement-assessments'] as const).map((kind): Endpoint => ({
    method: 'GET', path: `/episodes/{episodeId}/${kind}`, url: (t) => `/episodes/${t.episodeId}/${kind}`, allowed: clinicalRead, targeted: true,
  })),
  { method: 'POST', path: '/episodes/{episodeId}/goals', url: (t) => `/episodes/${t.episodeId}/goals`, allowed: clinicalWrite, targeted: true, body: body(goal), badBody: { ...goal, baseline: -1, measure: { kind: 'vibes' } } },
  {
    method: 'POST', path: '/episodes/{episodeId}/irritability-grades', url: (t) => `/episodes/${t.episodeId}/irritability-grades`, allowed: clinicalWrite, targeted: true,
    body: body(grade), badBody: { ...grade, grade: 'extreme' },
  },
  {
    method: 'PUT', path: '/irritability-grades/{id}', url: (t) => `/irritability-grades/${t.gradeId}`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ ...grade, grade: 'low', version: await versionOf(api, t, 'irritability-grade', t.gradeId) }), badBody: { ...grade, date: '8 March', version: 1 },
  },
  { method: 'POST', path: '/episodes/{episodeId}/sessions', url: (t) => `/episodes/${t.episodeId}/sessions`, allowed: clinicalWrite, targeted: true, body: body(session), badBody: { date: 'tuesday', modalities: [{ modality: 'acupuncture', minutes: 0 }] } },
  { method: 'POST', path: '/episodes/{episodeId}/flares', url: (t) => `/episodes/${t.episodeId}/flares`, allowed: patientReported, targeted: true, body: body(flare), badBody: { cause: 'gremlins' } },
  { method: 'POST', path: '/episodes/{episodeId}/measures', url: (t) => `/episodes/${t.episodeId}/measures`, allowed: clinicalWrite, targeted: true, body: body(measure), badBody: { instrument: 'mood-ring', date: '2026-03-03' } },
  // The active phase (issue 13): the exercise library, the programme, movement assessments.
  { method: 'GET', path: '/exercises', url: () => '/exercises', allowed: staffOnly, targeted: false },
  {
    method: 'POST', path: '/exercises', url: () => '/exercises', allowed: staffOnly, targeted: false,
    body: async () => ({ ...clinicExercise, id: `clinic-carry-${(keyCounter += 1)}` }), badBody: { ...clinicExercise, id: 'Not An Id', unit: 'parsecs' },
  },
  { method: 'GET', path: '/episodes/{episodeId}/programme', url: (t) => `/episodes/${t.episodeId}/programme`, allowed: clinicalRead, targeted: true },
  {
    method: 'POST', path: '/episodes/{episodeId}/programme', url: (t) => `/episodes/${t.episodeId}/programme`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ ...programmeChange, basedOn: await programmeVersions(api, t) }), badBody: { ...programmeChange, items: [{ exerciseId: 'walk-flat', dose: { sets: 0 } }], basedOn: 0 },
  },
  {
    method: 'POST', path: '/episodes/{episodeId}/movement-assessments', url: (t) => `/episodes/${t.episodeId}/movement-assessments`, allowed: clinicalWrite, targeted: true,
    body: body(movementAssessment), badBody: { ...movementAssessment, ratings: [{ pattern: 'moonwalk', quality: 5, painDuring: 2 }] },
  },
  { method: 'POST', path: '/episodes/{episodeId}/referrals', url: (t) => `/episodes/${t.episodeId}/referrals`, allowed: clinicalWrite, targeted: true, body: body(referral), badBody: { ...referral, to: { discipline: 'astrology' } } },
  {
    method: 'POST', path: '/episodes/{episodeId}/check-ins', url: (t) => `/episodes/${t.episodeId}/check-ins`, allowed: patientReported, targeted: true,
    headers: () => ({ 'Idempotency-Key': `matrix-key-${(keyCounter += 1)}-${Date.now()}` }),
    body: body({ date: '2026-03-06', painNow: 3 }), badBody: { date: '2026-03-06', painNow: 11 },
  },
  { method: 'GET', path: '/episodes/{episodeId}/check-in-reads', url: (t) => `/episodes/${t.episodeId}/check-in-reads`, allowed: clinicalRead, targeted: true },
  {
    method: 'POST', path: '/episodes/{episodeId}/check-in-reads', url: (t) => `/episodes/${t.episodeId}/check-in-reads`, allowed: clinicalWrite, targeted: true,
    body: body({ checkInIds: ['a-check-in-of-another-episode'] }), badBody: { checkInIds: [] },
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
    method: 'PUT', path: '/measures/{id}', url: (t) => `/measures/${t.measureId}`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ ...measure, score: 4, version: await versionOf(api, t, 'measure', t.measureId) }), badBody: { ...measure, date: '2026-03-33', version: 1 },
  },
  removal('goal', 'goals'), removal('irritability-grade', 'irritability-grades'), removal('session', 'sessions'), removal('flare', 'flares'), removal('measure', 'measures'),
  removal('referral', 'referrals'), removal('checkpoint', 'checkpoints'),
  {
    method: 'PUT', path: '/checkpoints/{id}/decision', url: (t) => `/checkpoints/${t.checkpointId}/decision`, allowed: clinicalWrite, targeted: true,
    body: async (api, t) => ({ code: 'continue', reason: 'progressing', version: await versionOf(api, t, 'checkpoint', t.checkpointId) }), badBody: { code: 'continue', version: 1 },
  },
  // Documents: a patient may make only their own graduation summary (test/api/documents.test.ts drives that kind, which needs a graduation).
  { method: 'GET', path: '/episodes/{episodeId}/documents/{kind}.pdf', url: (t) => `/episodes/${t.episodeId}/documents/progress-report.pdf`, allowed: clinicianOnly, targeted: true },
  { method: 'GET', path: '/episodes/{episodeId}/documents/{kind}.pdf', url: (t) => `/episodes/${t.episodeId}/documents/referral-letter.pdf?referralId=${t.referralId}`, allowed: clinicianOnly, targeted: true },
  { method: 'GET', path: '/documents/{documentId}', url: (t) => `/documents/${t.documentId}`, allowed: clinicianOnly, targeted: true },
  { method: 'GET', path: '/caseload', url: () => '/caseload', allowed: { admin: 'deny', clinician: 'allow', patient: 'deny' }, targeted: false },
  { method: 'GET', path: '/caseload.csv', url: () => '/caseload.csv', allowed: { admin: 'deny', clinician: 'allow', patient: 'deny' }, targeted: false },
  { method: 'GET', path: '/outcomes.csv', url: () => '/outcomes.csv', allowed: staffOnly, targeted: false },
  { method: 'GET', path: '/outcomes', url: () => '/outcomes', allowed: staffOnly, targeted: false },
  { method: 'GET', path: '/audit-events', url: () => '/audit-events', allowed: { admin: 'allow', clinician: 'deny', patient: 'deny' }, targeted: false },
  { method: 'GET', path: '/instruments', url: () => '/instruments', allowed: staffOnly, targeted: false, noData: true },
  { method: 'GET', path: '/clinic', url: () => '/clinic', allowed: everyone, targeted: false },
  {
    method: 'PUT', path: '/clinic', url: () => '/clinic', allowed: adminOnly, targeted: false,
    body: async (api, t) => ({ name: 'Test clinic', timeZone: 'Europe/Berlin', version: (await clinicOf(api, t)).version }),
    badBody: { name: 'Test clinic', timeZone: 'Mars/Olympus_Mons', version: 1 },
  },
  { method: 'GET', path: '/clinic/settings', url: () => '/clinic/settings', allowed: staffOnly, targeted: false },
  {
    method: 'PUT', path: '/clinic/settings', url: () => '/clinic/settings', allowed: adminOnly, targeted: false,
    body: async (api, t) => ({ version: (await clinicOf(api, t)).settingsVersion, values: { plateauMinDays: 28 } }),
    badBody: { version: 1, values: { plateauMinDays: 5 } },
  },
  { method: 'GET', path: '/clinic/settings/changes', url: () => '/clinic/settings/changes', allowed: adminOnly, targeted: false },
  // The preview the admin starts here (ten episodes, the least allowed) is cancelled two rows down.
  {
    method: 'POST', path: '/clinic/settings/preview', url: () => '/clinic/settings/preview', allowed: adminOnly, targeted: false,
    body: body({ values: { plateauMinDays: 28 }, episodes: 10 }), badBody: { values: { noSuchSetting: 1 } },
  },
  { method: 'GET', path: '/clinic/settings/preview', url: () => '/clinic/settings/preview', allowed: adminOnly, targeted: false },
  {
    method: 'POST', path: '/clinic/settings/preview/cancel', url: () => '/clinic/settings/preview/cancel', allowed: adminOnly, targeted: false,
    body: async (api, t) => ({ id: api.deps.previews.latest(t.clinicId)?.id ?? 'none' }), badBody: { id: '' },
  },
  { method: 'POST', path: '/instruments/{code}/score', url: () => '/instruments/nprs/score', allowed: staffOnly, targeted: false, noData: true, body: body({ answers: [6] }), badBody: { answers: [11] } },
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
  const user = await api.store.transaction((tx) => tx.clinic(clinic.clinicId).people.insertUser({
    id: api.store.newId(), email: `target-${(keyCounter += 1)}-${Date.now()}@clinic.example`, name: 'Tess Target', role: 'clinician', passwordHash: null,
  }, api.clock.now));
  return {
    clinicId: clinic.clinicId, userId: user.id, patientId, episodeId, goalId: goals[0]?.id ?? 'none',
    sessionId: (await call(`/episodes/${episodeId}/sessions`, session)).id,
    flareId: (await call(`/episodes/${episodeId}/flares`, flare)).id,
    referralId: (await call(`/episodes/${episodeId}/referrals`, referral)).id,
    checkpointId: (await call(`/episodes/${episodeId}/checkpoints`, { date: '2026-03-09' })).id,
    gradeId: (await call(`/episodes/${episodeId}/irritability-grades`, grade)).id,
    documentId: await madeReport(api, clinic, episodeId),
    measureId: (await call(`/episodes/${episodeId}/measures`, measure)).id,
    appId: await registerApp(api, clinic),
    removableAppId: await registerApp(api, clinic),
  };
}

/** The id of a progress report the clinic's clinician makes of the episode. */
async function madeReport(api: TestApi, clinic: TestClinic, episodeId: string): Promise<string> {
  const response = await api.app.request(`/api/v1/episodes/${episodeId}/documents/progress-report.pdf`, { headers: { Authorization: `Bearer ${clinic.tokens.clinician}` } });
  if (response.status !== 200) throw new Error(`progress report: ${response.status} ${await response.text()}`);
  const [made] = await api.store.transaction((tx) => tx.clinic(clinic.clinicId).documents.listForEpisodes([episodeId]));
  return made?.id ?? 'none';
}
