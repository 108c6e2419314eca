// The routes of /api/v1 the web app uses, typed. Each is one line over request(); the server is the
// judge of every input (its validation messages come back as ApiError details).
import { request } from './client.ts';
import type {
  Assessment, CaseFileResponse, CaseloadEntry, ClinicOutcomes, Goal, ImagingReportInContext, Intake, InstrumentCode, InstrumentInfo, InstrumentScoreResult, Me, Measure, OngoingCare,
  Patient, Referral, Session, SignedIn, StoredCheckpoint, StoredCheckIn, StoredEpisode, StoredGoal, StoredMeasure, StoredPatient,
  StoredReferral, StoredSession, CheckIn, RecommendationCode, Episode, SmartApp, AuthorizationPlan,
} from './types.ts';

type New<T> = Omit<T, 'id'>;

export const api = {
  signIn: (email: string, password: string) => request<SignedIn>('POST', '/auth/login', { body: { email, password } }),
  signOut: () => request<null>('POST', '/auth/logout'),
  me: () => request<Me>('GET', '/auth/me'),

  caseload: () => request<CaseloadEntry[]>('GET', '/caseload'),
  outcomes: () => request<ClinicOutcomes>('GET', '/outcomes'),

  patient: (patientId: string) => request<StoredPatient>('GET', `/patients/${patientId}`),
  registerPatient: (patient: Patient) => request<StoredPatient>('POST', '/patients', { body: patient }),
  episodes: (patientId: string) => request<StoredEpisode[]>('GET', `/patients/${patientId}/episodes`),
  openEpisode: (patientId: string, episode: New<Episode>) => request<CaseFileResponse>('POST', `/patients/${patientId}/episodes`, { body: episode }),

  caseFile: (episodeId: string) => request<CaseFileResponse>('GET', `/episodes/${episodeId}`),
  editEpisode: (episodeId: string, episode: New<Episode> & { version: number }) => request<CaseFileResponse>('PUT', `/episodes/${episodeId}`, { body: episode }),
  assessment: (episodeId: string, asOf?: string) =>
    request<Assessment>('GET', `/episodes/${episodeId}/assessment${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`),
  imaging: (episodeId: string) => request<ImagingReportInContext[]>('GET', `/episodes/${episodeId}/imaging`),
  saveIntake: (episodeId: string, intake: Intake & { version: number }) => request<CaseFileResponse>('PUT', `/episodes/${episodeId}/intake`, { body: intake }),
  declareOngoingCare: (episodeId: string, care: OngoingCare & { version: number }) =>
    request<CaseFileResponse>('PUT', `/episodes/${episodeId}/ongoing-care`, { body: care }),

  addGoal: (episodeId: string, goal: Omit<New<Goal>, 'ratings'>) => request<StoredGoal>('POST', `/episodes/${episodeId}/goals`, { body: goal }),
  rateGoal: (goalId: string, rating: { date: string; value: number; version: number }) => request<StoredGoal>('POST', `/goals/${goalId}/ratings`, { body: rating }),
  addSession: (episodeId: string, session: New<Session>) => request<StoredSession>('POST', `/episodes/${episodeId}/sessions`, { body: session }),
  addMeasure: (episodeId: string, measure: Measure) => request<StoredMeasure>('POST', `/episodes/${episodeId}/measures`, { body: measure }),
  instruments: () => request<InstrumentInfo[]>('GET', '/instruments'),
  scoreInstrument: (code: InstrumentCode, answers: (number | null)[], signal?: AbortSignal) =>
    request<InstrumentScoreResult>('POST', `/instruments/${code}/score`, { body: { answers }, ...(signal ? { signal } : {}) }),
  addReferral: (episodeId: string, referral: New<Referral>) => request<StoredReferral>('POST', `/episodes/${episodeId}/referrals`, { body: referral }),
  holdCheckpoint: (episodeId: string, checkpoint: { date: string; decision?: { code: RecommendationCode; reason: string } }) =>
    request<StoredCheckpoint>('POST', `/episodes/${episodeId}/checkpoints`, { body: checkpoint }),
  decideCheckpoint: (checkpointId: string, decision: { code: RecommendationCode; reason: string; version: number }) =>
    request<StoredCheckpoint>('PUT', `/checkpoints/${checkpointId}/decision`, { body: decision }),
  patients: () => request<StoredPatient[]>('GET', '/patients'),

  apps: () => request<SmartApp[]>('GET', '/apps'),
  registerApp: (app: Omit<SmartApp, 'id' | 'version'>) => request<SmartApp>('POST', '/apps', { body: app }),
  removeApp: (appId: string) => request<null>('DELETE', `/apps/${appId}`),
  launchApp: (appId: string, patientId: string) => request<{ launch: string; url: string }>('POST', `/apps/${appId}/launches`, { body: { patientId } }),
  authorization: (uid: string) => request<AuthorizationPlan>('GET', `/${uid}/details`, { base: '/oauth/interaction' }),
  decideAuthorization: (uid: string, decision: { allow: boolean; patientId?: string }) =>
    request<{ redirectTo: string }>('POST', `/${uid}/decision`, { body: decision, base: '/oauth/interaction' }),

  checkIn: (episodeId: string, checkIn: New<CheckIn>, idempotencyKey: string) =>
    request<StoredCheckIn>('POST', `/episodes/${episodeId}/check-ins`, { body: checkIn, headers: { 'Idempotency-Key': idempotencyKey } }),
};
