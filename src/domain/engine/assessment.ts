// The shape of what the engine returns. Every conclusion carries its reasons: which data, which rule,
// which threshold, in words a clinician reads. This is a plain data type (no behaviour) so that the
// API, the CLI, FHIR and the UI can all render it.
import type {
  CheckpointOutcome, FlagCode, FlareClassification, Phase, RecommendationCode, SideStatus,
} from '../records/vocabulary.ts';

import type { ConversationDraft } from '../conversations/conversation.ts';
import type { GuidelineAuditItem } from '../guidelines/index.ts';
import type { ImagingContext } from '../imaging/index.ts';
import type { Dose } from '../records/active-phase.ts';
import type { Reason } from '../records/reason.ts';
import type { Irritability } from '../records/vocabulary.ts';
import type { IrritabilitySuggestion, PsychosocialSummary, RedFlagResult } from '../screens/index.ts';

export type { Reason };

/** A confirmed irritability grade with its day and where it was given. */
export interface IrritabilityGradeOn {
  grade: Irritability;
  date: string;
  source: 'intake' | 'session' | 'checkpoint' | 'other';
}

export interface Finding<T> {
  value: T;
  reasons: Reason[];
}

export interface PhaseChange {
  phase: Phase;
  since: string;
  reasons: Reason[];
}

export interface ReliefWindowPoint {
  sessionId: string;
  date: string;
  /** Days of meaningful relief after this session; null when nothing was reported or logged. */
  reliefDays: number | null;
  /** True when relief still held when the next session came (the window is censored: at least reliefDays). */
  heldToNextSession: boolean;
  /** True for the latest session when relief still holds on the as-of day. */
  ongoing: boolean;
  source: 'reported' | 'check-ins' | null;
}

export interface PassiveSharePoint {
  sessionId: string;
  date: string;
  passiveMinutes: number;
  activeMinutes: number;
  /** passive / (passive + active); null when the session had neither. */
  share: number | null;
  /** Of activeMinutes, the minutes of the home programme logged since the session before (spec §4b). */
  loggedActiveMinutes?: number;
}

export interface AssessedFlare {
  /** The recorded flare's id, or "proposed-<date>" for one the engine proposes from check-ins. */
  id: string;
  start: string;
  end: string | null;
  recorded: boolean;
  classification: FlareClassification;
  reasons: Reason[];
  /** A second record of the same flare (same first and last day): shown, but counted once (spec §4c.4). */
  duplicateOf?: string;
  /** Set when the flare started within the set hours of a load increase (spec §4b): it is attributed to it. */
  cause?: 'new-load';
  loadIncrease?: { exerciseIds: string[]; on: string };
}

/** The engine's advice for one exercise of the programme (spec §4b). */
export interface ProgrammeAdvice {
  exerciseId: string;
  advice: 'progress' | 'hold' | 'regress';
  /** The dose in the programme today. */
  dose: Dose;
  /** The dose advised next: more (progress), the same (hold) or less (regress). */
  nextDose: Dose;
  /** The exercise of the next dose: this one, or the step above or below it on its ladder. */
  nextExerciseId: string;
  reasons: Reason[];
}

/** What graduation needs of the programme (spec §4b): exercises run alone, and the step back for a flare. */
export interface SelfManagement {
  ready: boolean;
  /** The exercises the patient has run alone for the set days, each with the step to go back to in a flare. */
  exercises: { exerciseId: string; dose: Dose; stepBack: { exerciseId: string; dose: Dose } }[];
  reasons: Reason[];
}

export interface Plateau {
  /** The first day of the flat stretch (after the latest flare that needed reassessment). */
  since: string;
  /** Since when no goal has moved, flares or not: the escalation ladder counts every decision since then. */
  stallSince: string;
  reasons: Reason[];
}

export interface CheckpointStatus {
  lastHeld: string | null;
  due: string;
  overdue: boolean;
  sessionsSinceLast: number;
  outcome: CheckpointOutcome;
  reasons: Reason[];
}

export interface Recommendation {
  code: RecommendationCode;
  reasons: Reason[];
}

export interface Flag {
  code: FlagCode;
  reasons: Reason[];
}

export interface GoalProgress {
  goalId: string;
  activity: string;
  baseline: number;
  target: number;
  current: number | null;
  currentOn: string | null;
  /** (current - baseline) / (target - baseline), 0 at baseline and 1 at target; may fall below 0. */
  progress: number | null;
  atTarget: boolean;
  reachedTargetOn: string | null;
}

export interface ScreeningSummary {
  redFlags: RedFlagResult;
  psychosocial: PsychosocialSummary;
  /**
   * The engine uses only grades a clinician confirmed (spec §4a.1): `confirmed` is the grade in force
   * on the as-of day, `current` that grade with its date and where it was given, `grades` the series.
   * The suggestion from the intake inputs is shown beside them.
   */
  irritability: {
    confirmed: Irritability | null;
    current: IrritabilityGradeOn | null;
    grades: IrritabilityGradeOn[];
    suggestion: IrritabilitySuggestion | null;
  };
}

export interface Assessment {
  asOf: string;
  phase: Phase;
  phaseHistory: PhaseChange[];
  sideStatuses: SideStatus[];
  reliefWindows: ReliefWindowPoint[];
  reliefWindowTrend: Finding<'growing' | 'stable' | 'shrinking' | 'unknown'>;
  flares: AssessedFlare[];
  plateau: Plateau | null;
  passiveShare: PassiveSharePoint[];
  passiveShareTrend: Finding<'falling' | 'stable' | 'rising' | 'unknown'>;
  goals: GoalProgress[];
  checkpoint: CheckpointStatus;
  recommendations: Recommendation[];
  flags: Flag[];
  screening: ScreeningSummary;
  /** Lin et al. 2020: the eleven recommendations of best-practice care, each met, not met or not applicable. */
  guidelineAudit: GuidelineAuditItem[];
  /** Each imaging report with its degenerative findings framed by age at the scan, and what goes to the physician. */
  imaging: { reportId: string; date: string; ageAtScan: number; context: ImagingContext }[];
  /** Per exercise of the programme: progress, hold or regress, with the next dose and reasons (spec §4b). */
  programme: ProgrammeAdvice[];
  /** Whether the patient runs a programme alone, and the flare plan's steps back; null without a programme. */
  selfManagement: SelfManagement | null;
  /** Plain-language drafts of what the clinician can say, in the patient's own goals and numbers. */
  conversations: ConversationDraft[];
}
