// The shapes the API sends and takes. Record types come from the domain's zod schemas (types only:
// the web app never runs server code); what storage adds (ids, versions) is added here, matching
// src/api/schemas.ts.
import type {
  Assessment, CheckIn, Checkpoint, Episode, Flare, Goal, ImagingContext, ImagingReport, InstrumentCode, Intake, Measure, OngoingCare, Patient,
  Referral, Session,
} from '../../domain/index.ts';

export type {
  Assessment, CheckIn, Checkpoint, Episode, Flare, Goal, ImagingContext, ImagingReport, Intake, Measure, OngoingCare, Patient, Referral, Session,
};
export type {
  BodyRegion, FlagCode, FlareClassification, InstrumentCode, Irritability, ModalityCode, Phase, RecommendationCode, RedFlagCode,
  SideStatus, ConversationDraft, GoalProgress, Reason, PriorTreatment,
} from '../../domain/index.ts';

export type Role = 'admin' | 'clinician' | 'patient';

export interface Stored {
  episodeId: string;
  version: number;
}

export type StoredGoal = Goal & Stored;
export type StoredSession = Session & Stored;
export type StoredCheckIn = CheckIn & Stored;
export type StoredCheckpoint = Checkpoint & Stored;
export type StoredReferral = Referral & Stored;
export type StoredFlare = Flare & Stored;
export type StoredMeasure = Measure & Stored;
export type StoredPatient = Patient & { id: string; version: number };
export type StoredEpisode = Episode & { id: string; patientId: string; statusSince: string; version: number; intake: Intake; ongoingCare: OngoingCare | null };

/** GET /episodes/{id}: the episode as a case file, each record with its version. */
export interface CaseFileResponse {
  schemaVersion: 1;
  patient: StoredPatient;
  episode: Episode & { id: string; patientId: string; version: number };
  intake: Intake;
  goals: StoredGoal[];
  sessions: StoredSession[];
  checkIns: StoredCheckIn[];
  flares: StoredFlare[];
  measures: StoredMeasure[];
  checkpoints: StoredCheckpoint[];
  referrals: StoredReferral[];
  ongoingCare: OngoingCare | null;
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: string; clinicId: string; role: Role; name: string; email: string; patientId?: string };
}

export interface Me {
  userId: string;
  clinicId: string;
  role: Role;
  patientId?: string;
  csrfToken: string;
}

export interface CaseloadEntry {
  patientId: string;
  patientName: string | null;
  episodeId: string;
  status: string;
  startDate: string;
  checkpointOverdue: boolean;
  summary: {
    asOf: string;
    phase: string;
    sideStatuses: string[];
    flags: string[];
    reliefWindowTrend: string;
    nextCheckpoint: string;
    /** The last relief windows (at most 12 sessions), oldest first, for the sparkline. */
    reliefWindows: (number | null)[];
    /** Mean progress toward the goals, each held to 0..1 (0 at baseline, 1 at target); null without a measured goal. */
    goalProgress: number | null;
  } | null;
}

/** A questionnaire as GET /instruments lists it: item wording only where Threshold may bundle it. */
export interface InstrumentInfo {
  code: InstrumentCode;
  name: string;
  reference: string;
  items: { id: string; label: string; min: number; max: number; text?: string; options?: { value: number; text: string }[] }[];
  answerCount: { min: number; max: number };
  direction: 'higher-is-better' | 'higher-is-worse';
  scoreRange: { min: number; max: number };
  unit: 'points' | 'percent';
  bands: { code: string; label: string }[];
  licence: { terms: string; holder: string; source: string };
  instructions?: string;
}

/** A response scored by POST /instruments/{code}/score (nothing saved). */
export interface InstrumentScoreResult {
  instrument: InstrumentCode;
  score: number;
  band?: string;
  subscales?: Record<string, number>;
  answered: number;
  missing: number;
}

export interface ClinicOutcomes {
  episodes: Record<string, number>;
  graduationRate: number | null;
  timeToGraduationDays: { median: number; min: number; max: number } | null;
  plateauWithoutDecision: number;
  passiveOnly: number;
  guidelineAudit: { id: number; title: string; met: number; notMet: number; notApplicable: number; share: number | null }[];
}

export interface ImagingReportInContext {
  report: ImagingReport;
  ageAtImaging: number;
  context: ImagingContext;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details: { path: string; message: string }[] };
}

/** The SMART scopes an app may be allowed (src/services/smart/manage-apps.ts). */
export type SmartScope = 'launch' | 'launch/patient' | 'openid' | 'fhirUser' | 'patient/*.rs' | 'user/*.rs';

/** GET /apps: a SMART app the clinic registered. */
export interface SmartApp {
  id: string;
  name: string;
  redirectUris: string[];
  scopes: SmartScope[];
  launchUrl?: string;
  version: number;
}

/** GET /oauth/interaction/{uid}/details: what an app asks for (src/services/smart/authorize-app.ts). */
export interface AuthorizationPlan {
  app: { id: string; name: string };
  scopes: SmartScope[];
  launch: 'ehr' | 'standalone';
  patient: { id: string; name?: string } | null;
  choosePatient: boolean;
  autoApprove: boolean;
}
