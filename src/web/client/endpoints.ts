// The routes of /api/v1 the web app uses, typed. Each is one line over request(); the server is the
// judge of every input (its validation messages come back as ApiError details). A page reads its data
// with one call (the overviews), so each visit leaves one audit row.
import { request } from './client.ts';
import type {
  AuditEvent, AuditQuery, CaseFileResponse, CaseloadEntry, CheckInReading, NotesMarkedRead, ClinicOutcomes, Intake, InstrumentCode, InstrumentInfo, InstrumentScoreResult, Me, Measure, OngoingCare,
  Patient, Referral, Session, SignedIn, StoredCheckpoint, StoredCheckIn, StoredGoal, StoredMeasure, StoredPatient,
  StoredReferral, StoredSession, CheckInInput, GoalInput, RecommendationCode, Episode, ClinicDetails, ClinicSettingsView, ClinicChangeRow, SettingsPreview,
  IrritabilityGrade, StoredIrritabilityGrade, Flare, StoredFlare, SettingKey, EpisodeOverview, PatientOverview, PatientListEntry, RemovableKind,
  Invitation, InvitationView, MySession, Role, UserListing,
  ExerciseKind, LibraryExercise, MovementAssessment, ProgrammeItem, ProgrammeResponse, StoredMovementAssessment, StoredProgrammeVersion,
  SmartApp, AuthorizationPlan,
} from './types.ts';

type New<T> = Omit<T, 'id' | 'removed'>;
type Versioned<T> = T & { version: number };

const plural: Record<RemovableKind, string> = {
  goal: 'goals', 'irritability-grade': 'irritability-grades', session: 'sessions', flare: 'flares', measure: 'measures', referral: 'referrals', checkpoint: 'checkpoints',
};

/** "?a=1&b=x" from the defined values, or "" when there are none. */
function queryString(query: object): string {
  const pairs = Object.entries(query).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

export const api = {
  signIn: (email: string, password: string) => request<SignedIn>('POST', '/auth/login', { body: { email, password } }),
  signOut: () => request<null>('POST', '/auth/logout'),
  me: () => request<Me>('GET', '/auth/me'),
  readInvitation: (token: string) => request<InvitationView>('POST', '/auth/invitation', { body: { token } }),
  acceptInvitation: (token: string, password: string) => request<SignedIn>('POST', '/auth/invitation/accept', { body: { token, password } }),
  mySessions: () => request<MySession[]>('GET', '/auth/sessions'),
  endMySession: (sessionId: string) => request<null>('DELETE', `/auth/sessions/${encodeURIComponent(sessionId)}`),

  users: () => request<UserListing[]>('GET', '/users'),
  addUser: (user: { email: string; name: string; role: Role; discipline?: string }) => request<UserListing & { invitation?: Invitation }>('POST', '/users', { body: user }),
  resendInvitation: (userId: string) => request<Invitation>('POST', `/users/${encodeURIComponent(userId)}/invitation`),
  deactivateUser: (userId: string) => request<UserListing>('POST', `/users/${encodeURIComponent(userId)}/deactivate`),
  reactivateUser: (userId: string) => request<UserListing>('POST', `/users/${encodeURIComponent(userId)}/reactivate`),
  endUserSessions: (userId: string) => request<null>('DELETE', `/users/${encodeURIComponent(userId)}/sessions`),
  invitePatient: (patientId: string, email: string) => request<Invitation>('POST', `/patients/${encodeURIComponent(patientId)}/invitation`, { body: { email } }),

  clinic: () => request<ClinicDetails>('GET', '/clinic'),
  editClinic: (clinic: { name: string; timeZone: string; version: number }) => request<ClinicDetails>('PUT', '/clinic', { body: clinic }),
  clinicSettings: () => request<ClinicSettingsView>('GET', '/clinic/settings'),
  changeClinicSettings: (change: { version: number; values: Partial<Record<SettingKey, number | null>> }) =>
    request<ClinicSettingsView>('PUT', '/clinic/settings', { body: change }),
  clinicChanges: () => request<ClinicChangeRow[]>('GET', '/clinic/settings/changes'),
  startSettingsPreview: (values: Partial<Record<SettingKey, number | null>>, episodes: number) =>
    request<SettingsPreview>('POST', '/clinic/settings/preview', { body: { values, episodes } }),
  settingsPreview: () => request<SettingsPreview | null>('GET', '/clinic/settings/preview'),
  cancelSettingsPreview: (id: string) => request<SettingsPreview>('POST', '/clinic/settings/preview/cancel', { body: { id } }),

  caseload: () => request<CaseloadEntry[]>('GET', '/caseload'),
  outcomes: () => request<ClinicOutcomes>('GET', '/outcomes'),
  auditEvents: (query: AuditQuery) => request<AuditEvent[]>('GET', `/audit-events${queryString(query)}`),

  patients: () => request<PatientListEntry[]>('GET', '/patients'),
  patientOverview: (patientId: string) => request<PatientOverview>('GET', `/patients/${patientId}/overview`),
  register: (registration: { patient: Patient; episode: New<Episode> }) => request<CaseFileResponse>('POST', '/registrations', { body: registration }),
  editPatient: (patientId: string, patient: Versioned<Patient>) => request<StoredPatient>('PUT', `/patients/${patientId}`, { body: patient }),
  openEpisode: (patientId: string, episode: New<Episode>) => request<CaseFileResponse>('POST', `/patients/${patientId}/episodes`, { body: episode }),

  episodeOverview: (episodeId: string) => request<EpisodeOverview>('GET', `/episodes/${episodeId}/overview`),
  editEpisode: (episodeId: string, episode: Versioned<New<Episode>>) => request<CaseFileResponse>('PUT', `/episodes/${episodeId}`, { body: episode }),
  saveIntake: (episodeId: string, intake: Versioned<Intake>) => request<CaseFileResponse>('PUT', `/episodes/${episodeId}/intake`, { body: intake }),
  declareOngoingCare: (episodeId: string, care: Versioned<OngoingCare>) =>
    request<CaseFileResponse>('PUT', `/episodes/${episodeId}/ongoing-care`, { body: care }),

  addGoal: (episodeId: string, goal: Omit<GoalInput, 'id' | 'ratings' | 'removed'>) => request<StoredGoal>('POST', `/episodes/${episodeId}/goals`, { body: goal }),
  editGoal: (goalId: string, goal: Versioned<Omit<GoalInput, 'id' | 'ratings' | 'removed'>>) => request<StoredGoal>('PUT', `/goals/${goalId}`, { body: goal }),
  rateGoal: (goalId: string, rating: { date: string; value: number; version: number }) => request<StoredGoal>('POST', `/goals/${goalId}/ratings`, { body: rating }),
  addSession: (episodeId: string, session: New<Session>) => request<StoredSession>('POST', `/episodes/${episodeId}/sessions`, { body: session }),
  gradeIrritability: (episodeId: string, grade: New<IrritabilityGrade>) =>
    request<StoredIrritabilityGrade>('POST', `/episodes/${episodeId}/irritability-grades`, { body: grade }),
  editSession: (sessionId: string, session: Versioned<New<Session>>) => request<StoredSession>('PUT', `/sessions/${sessionId}`, { body: session }),
  addFlare: (episodeId: string, flare: New<Flare>) => request<StoredFlare>('POST', `/episodes/${episodeId}/flares`, { body: flare }),
  editFlare: (flareId: string, flare: Versioned<New<Flare>>) => request<StoredFlare>('PUT', `/flares/${flareId}`, { body: flare }),
  addMeasure: (episodeId: string, measure: New<Measure>) => request<StoredMeasure>('POST', `/episodes/${episodeId}/measures`, { body: measure }),
  editMeasure: (measureId: string, measure: Versioned<New<Measure>>) => request<StoredMeasure>('PUT', `/measures/${measureId}`, { body: measure }),
  instruments: () => request<InstrumentInfo[]>('GET', '/instruments'),
  scoreInstrument: (code: InstrumentCode, answers: (number | null)[], signal?: AbortSignal) =>
    request<InstrumentScoreResult>('POST', `/instruments/${code}/score`, { body: { answers }, ...(signal ? { signal } : {}) }),
  addReferral: (episodeId: string, referral: New<Referral>) => request<StoredReferral>('POST', `/episodes/${episodeId}/referrals`, { body: referral }),
  editReferral: (referralId: string, referral: Versioned<New<Referral>>) => request<StoredReferral>('PUT', `/referrals/${referralId}`, { body: referral }),
  holdCheckpoint: (episodeId: string, checkpoint: { date: string; decision?: { code: RecommendationCode; reason: string } }) =>
    request<StoredCheckpoint>('POST', `/episodes/${episodeId}/checkpoints`, { body: checkpoint }),
  decideCheckpoint: (checkpointId: string, decision: { code: RecommendationCode; reason: string; version: number }) =>
    request<StoredCheckpoint>('PUT', `/checkpoints/${checkpointId}/decision`, { body: decision }),
  checkInReads: (episodeId: string) => request<CheckInReading[]>('GET', `/episodes/${episodeId}/check-in-reads`),
  markNotesRead: (episodeId: string, checkInIds: string[]) =>
    request<NotesMarkedRead>('POST', `/episodes/${episodeId}/check-in-reads`, { body: { checkInIds } }),
  /** Remove a record: kept and marked removed (who, when, why); the engine ignores it from today. */
  remove: (kind: RemovableKind, id: string, version: number, reason: string) =>
    request<unknown>('PUT', `/${plural[kind]}/${id}/removal`, { body: { version, reason } }),
  exercises: (query: { kind?: ExerciseKind; q?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);
    return request<LibraryExercise[]>('GET', `/exercises${params.size > 0 ? `?${params.toString()}` : ''}`);
  },
  programme: (episodeId: string) => request<ProgrammeResponse>('GET', `/episodes/${episodeId}/programme`),
  changeProgramme: (episodeId: string, change: { date: string; reason: string; items: ProgrammeItem[]; basedOn: number }) =>
    request<StoredProgrammeVersion>('POST', `/episodes/${episodeId}/programme`, { body: change }),
  addMovementAssessment: (episodeId: string, assessment: Omit<MovementAssessment, 'id'>) =>
    request<StoredMovementAssessment>('POST', `/episodes/${episodeId}/movement-assessments`, { body: assessment }),

  apps: () => request<SmartApp[]>('GET', '/apps'),
  registerApp: (app: Omit<SmartApp, 'id' | 'version'>) => request<SmartApp>('POST', '/apps', { body: app }),
  removeApp: (appId: string) => request<null>('DELETE', `/apps/${appId}`),
  launchApp: (appId: string, patientId: string) => request<{ launch: string; url: string }>('POST', `/apps/${appId}/launches`, { body: { patientId } }),
  authorization: (uid: string) => request<AuthorizationPlan>('GET', `/${uid}/details`, { base: '/oauth/interaction' }),
  decideAuthorization: (uid: string, decision: { allow: boolean; patientId?: string }) =>
    request<{ redirectTo: string }>('POST', `/${uid}/decision`, { body: decision, base: '/oauth/interaction' }),

  checkIn: (episodeId: string, checkIn: Omit<CheckInInput, 'id'>, idempotencyKey: string) =>
    request<StoredCheckIn>('POST', `/episodes/${episodeId}/check-ins`, { body: checkIn, headers: { 'Idempotency-Key': idempotencyKey } }),
};
