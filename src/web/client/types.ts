// The shapes the API sends and takes. Record types come from the domain's zod schemas (types only:
// the web app never runs server code); what storage adds (ids, versions) is added here, matching
// src/api/schemas.ts.
import type {
  Dose, Exercise, ExerciseKind, MovementAssessment, MovementPattern, PatternRating, ProgrammeAdvice, ProgrammeItem, ProgrammeVersion,
  Assessment, CheckIn, CheckInInput, GoalInput, Checkpoint, Episode, Flare, Goal, ImagingContext, ImagingReport, InstrumentCode, Intake, IrritabilityGrade, Measure, OngoingCare, Patient,
  Referral, Session,
} from '../../domain/index.ts';
import type { SettingDefinition, SettingKey } from '../../domain/settings/index.ts';

export type {
  Dose, Exercise, ExerciseKind, MovementAssessment, MovementPattern, PatternRating, ProgrammeAdvice, ProgrammeItem, ProgrammeVersion,
  Assessment, CheckIn, CheckInInput, GoalInput, Checkpoint, Episode, Flare, Goal, ImagingContext, ImagingReport, Intake, IrritabilityGrade, Measure, OngoingCare, Patient, Referral, Session,
};
export type { SettingKey };
export type {
  BodyRegion, FlagCode, FlareClassification, InstrumentCode, Irritability, ModalityCode, Phase, RecommendationCode, RedFlagCode,
  SideStatus, ConversationDraft, GoalProgress, Reason, PriorTreatment, CheckpointOutcome, ConditionCategory, DegenerativeFindingKey,
  EpisodeStatus, PsychosocialRisk, RedFlagTier, RegionalRedFlagItem, RedFlagScreen, Removal,
} from '../../domain/index.ts';
import type { RegionalRedFlagItem } from '../../domain/index.ts';

export type Role = 'admin' | 'clinician' | 'patient';

export interface Stored {
  episodeId: string;
  version: number;
}

export type StoredGoal = Goal & Stored;
export type StoredIrritabilityGrade = IrritabilityGrade & Stored;
export type StoredSession = Session & Stored;
export type StoredCheckIn = CheckIn & Stored;
export type StoredCheckpoint = Checkpoint & Stored;
export type StoredReferral = Referral & Stored;
export type StoredFlare = Flare & Stored;
export type StoredMeasure = Measure & Stored;
export type StoredPatient = Patient & { id: string; version: number };
export type StoredEpisode = Episode & { id: string; patientId: string; statusSince: string; version: number; intake: Intake; ongoingCare: OngoingCare | null };

export type StoredMovementAssessment = MovementAssessment & Stored;
export type StoredProgrammeVersion = ProgrammeVersion & Stored;
export type LibraryExercise = Exercise & { source: 'built-in' | 'clinic' };

/** GET /episodes/{id}/programme: every version, the latest, and the exercises they name. */
export interface ProgrammeResponse {
  versions: StoredProgrammeVersion[];
  current: StoredProgrammeVersion | null;
  exercises: LibraryExercise[];
}

/** GET /episodes/{id}: the episode as a case file, each record with its version. */
export interface CaseFileResponse {
  schemaVersion: 1;
  patient: StoredPatient;
  episode: Episode & { id: string; patientId: string; version: number };
  intake: Intake;
  goals: StoredGoal[];
  irritabilityGrades: StoredIrritabilityGrade[];
  sessions: StoredSession[];
  checkIns: StoredCheckIn[];
  flares: StoredFlare[];
  measures: StoredMeasure[];
  checkpoints: StoredCheckpoint[];
  referrals: StoredReferral[];
  ongoingCare: OngoingCare | null;
  movementAssessments: StoredMovementAssessment[];
  programme: StoredProgrammeVersion[];
  clinicExercises: Exercise[];
}

/** GET /episodes/{id}/overview: what an episode page shows, read once. */
export interface EpisodeOverview {
  caseFile: CaseFileResponse;
  assessment: Assessment;
  imaging: ImagingReportInContext[];
  redFlagItems: RegionalRedFlagItem[];
  checkInReads: CheckInReading[];
}

/** GET /patients/{id}/overview: the patient page, read once. */
export interface PatientOverview {
  patient: StoredPatient;
  episodes: StoredEpisode[];
  current: EpisodeOverview | null;
}

export type PatientListEntry = StoredPatient & { episodeCount: number };

/** The records a clinician can edit and remove, by the API's path word. */
export type RemovableKind = 'goal' | 'irritability-grade' | 'session' | 'flare' | 'measure' | 'referral' | 'checkpoint';

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

export type UserStatus = 'active' | 'invited' | 'deactivated';

/** An invitation link, shown once to whoever made it (only its hash is kept). */
export interface Invitation {
  userId: string;
  email: string;
  name: string;
  token: string;
  link: string;
  expiresAt: string;
}

/** GET /users: a user and where they stand. */
export interface UserListing {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  discipline?: string;
  patientId?: string;
  lockedUntil?: string;
  invitationExpiresAt?: string;
  liveSessions: number;
  version: number;
}

export interface InvitationView {
  name: string;
  email: string;
  role: Role;
  expiresAt: string;
}

export interface MySession {
  id: string;
  client: string | null;
  createdAt: string;
  expiresAt: string;
  current: boolean;
}

export interface CaseloadEntry {
  patientId: string;
  patientName: string | null;
  episodeId: string;
  status: string;
  startDate: string;
  checkpointOverdue: boolean;
  checkpointDueToday: boolean;
  /** Phase graduated while the episode is still active: the next step is graduation. */
  readyToGraduate: boolean;
  /** Blended or active-dominant care with no active minutes for the clinic's set days: since when. */
  activeCareLapse: { since: string; days: number } | null;
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
    /** Each flag's first reason in the engine's words, and how many more it has. */
    flagReasons: { code: string; text: string; more: number }[];
    lastActiveCareOn: string | null;
    /** Check-in notes no clinician of the care team has read yet, and the newest of them. */
    unreadNotes: number;
    latestUnreadNote: { checkInId: string; date: string; text: string } | null;
    /** The engine's advice over the programme's exercises, counted; null (or absent) without a programme. */
    programmeAdvice?: { progress: number; hold: number; regress: number } | null;
  } | null;
}

/** GET /episodes/{id}/check-in-reads: who of the care team first read each check-in's note. */
export interface CheckInReading {
  checkInId: string;
  readBy: string;
  readByName: string | null;
  readAt: string;
}

export interface NotesMarkedRead {
  recorded: CheckInReading[];
  countsAsRead: boolean;
  reason: string;
}

/** The audit log's actions (src/store/schema/audit.ts); an action added there shows in plain words until labelled. */
export type AuditAction = 'read' | 'create' | 'update' | 'sign-in' | 'sign-out';

/** One row of the audit log (GET /audit-events). */
export interface AuditEvent {
  seq: number;
  at: string;
  actorUserId: string;
  actorRole: string;
  action: string;
  recordType: string;
  recordId: string;
  patientId?: string;
}

export interface AuditQuery {
  limit?: number;
  before?: number;
  patientId?: string;
  actorUserId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export interface ClinicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  discipline?: string;
  patientId?: string;
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

/** GET /clinic: the clinic's name and time zone, and today in it. */
export interface ClinicDetails {
  id: string;
  name: string;
  timeZone: string;
  today: string;
  version: number;
}

/** GET /clinic/settings: what every assessment of the clinic runs on, and the catalogue beside it. */
export interface ClinicSettingsView {
  version: number;
  values: Record<SettingKey, number>;
  overrides: Partial<Record<SettingKey, number>>;
  catalogue: (SettingDefinition & { key: SettingKey })[];
}

/** GET /clinic/settings/changes: one changed value, who changed it and when. */
export interface ClinicChangeRow {
  seq: number;
  at: string;
  actorUserId: string;
  kind: 'setting' | 'clinic';
  key: string;
  oldValue: number | string;
  newValue: number | string;
  version: number;
}

/** The accuracy figures of one set of values in a settings preview. */
export interface PreviewFigures {
  episodes: number;
  plateau: { sensitivity: number | null; definable: number; specificity: number | null; negatives: number; medianDelayDays: number | null };
  flares: { correct: number | null; matched: number };
}

/** GET /clinic/settings/preview: the measurement under the current and the proposed values, side by side. */
export interface SettingsPreview {
  id: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  startedAt: string;
  finishedAt: string | null;
  episodes: number;
  done: number;
  total: number;
  settingsVersion: number;
  current: { overrides: Partial<Record<SettingKey, number>>; figures: PreviewFigures | null };
  proposed: { overrides: Partial<Record<SettingKey, number>>; figures: PreviewFigures | null };
  error: string | null;
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
