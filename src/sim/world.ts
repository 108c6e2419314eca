// The state of one simulated episode while it runs, and what the patient feels at any hour of it.
// Hours count from midnight (UTC) of the episode's first day; day d is hours 24d to 24d + 24.
//
// Symptoms at an hour: pain = painScale x sensitivity, less the patient's relief drop while a relief
// window holds, plus the rise of any flare or soreness under way (a flare or soreness masks relief).
// The function level behind the goals rises by 0.08 while relief holds and falls by 0.05 per point of
// flare rise and 0.03 per point of soreness (heuristic: relief makes goal activities easier, spec §2).
import type { CaseFileInput } from '../domain/records/case-file.ts';
import type { EpisodeStatus, Irritability } from '../domain/records/vocabulary.ts';
import { addDays } from '../domain/time.ts';
import type { PatientProfile } from './archetypes.ts';
import type { CarePlan } from './clinician.ts';
import { eventShare, type FlareEvent } from './flares.ts';
import type { MeasureInput } from './intake.ts';
import { functionLevel, painLevel, type LatentState } from './latent.ts';
import type { LoadPolicy, ProgrammeState } from './programme.ts';
import type { Random } from './random.ts';

export type SessionInput = NonNullable<CaseFileInput['sessions']>[number];
export type CheckInInput = NonNullable<CaseFileInput['checkIns']>[number];
export type FlareInput = NonNullable<CaseFileInput['flares']>[number];
export type CheckpointInput = NonNullable<CaseFileInput['checkpoints']>[number];
export type ReferralInput = NonNullable<CaseFileInput['referrals']>[number];
export type IrritabilityGradeInput = NonNullable<CaseFileInput['irritabilityGrades']>[number];

export interface SessionLog {
  id: string;
  day: number;
  hour: number;
  /** The patient's true irritability at this session (latent.ts: it settles with sensitivity). */
  trueGrade: Irritability;
  passiveMinutes: number;
  activeMinutes: number;
  /** Whole days of relief the latent state gives after this session. */
  latentWindow: number;
  /** Days of relief the patient actually had: the latent window, cut short by a setback. */
  experiencedWindow: number;
  /** What the patient reported about this window at the next session (null: not asked or not known). */
  reported: number | null;
  sensitivity: number;
  capacity: number;
}

/** What the clinician remembers between sessions. */
export interface ClinicMemory {
  /** The clinician's view of each goal's progress (0 at baseline, 1 at target) at each session. */
  views: { day: number; progress: (number | null)[] }[];
  /** First session day of the current run of sessions with every goal seen at target. */
  atTargetSince: number | null;
  /** Checkpoints in a row at which the clinician saw no progress. */
  stallCount: number;
  /** Last day of declared ongoing care in the simulation. */
  ongoingCareUntil: number | null;
  /** Flare events the clinician has already asked about. */
  asked: Set<string>;
  /** The session at which a patient with no relief window yet is referred on. */
  nonResponderSession: number;
  /** Days from plateau onset to the hand-over that closes a plateau episode. */
  daysAfterOnset: number;
}

export interface World {
  profile: PatientProfile;
  random: Random;
  start: string;
  /** The patient's UTC offset, e.g. "-05:00": their phone and the clinic write times on this clock. */
  offset: string;
  /** The clinician's latest irritability grade (intake, then re-grades at checkpoints, with their error). */
  recordedGrade: Irritability;
  irritabilityGrades: IrritabilityGradeInput[];
  state: LatentState;
  plan: CarePlan;
  sessions: SessionLog[];
  sessionRecords: SessionInput[];
  checkIns: CheckInInput[];
  events: FlareEvent[];
  /** Who recorded each flare event in the case file, by event id. */
  recordedBy: Map<string, 'patient' | 'clinician'>;
  flareRecords: FlareInput[];
  checkpoints: CheckpointInput[];
  measures: MeasureInput[];
  referrals: ReferralInput[];
  ongoingCare: CaseFileInput['ongoingCare'];
  /** Function level each evening with the lift of a holding relief window, without flare dips (the truth's goal levels). */
  functionByDay: number[];
  /** HEP done today (1, 0.5, 0), or null before active care. */
  exerciseToday: number | null;
  logging: boolean;
  nextSessionDay: number | null;
  lastCheckpointDay: number;
  onsetDay: number | null;
  endDay: number | null;
  status: EpisodeStatus;
  clinic: ClinicMemory;
  counter: number;
  /** The home exercise programme once active care starts (programme.ts), and who reviews its doses. */
  programme: ProgrammeState | null;
  loadPolicy: LoadPolicy | null;
}

/** How much a holding relief window lifts the function level (goal activities come easier). */
export const RELIEF_FUNCTION_GAIN = 0.08;

export interface Symptoms {
  pain: number;
  functionLevel: number;
  relief: boolean;
  flareRise: number;
  sorenessRise: number;
}

/**
 * The date-time of an hour of the episode on the patient's clock: hours count local time from
 * midnight of the first day, written with the patient's UTC offset (a phone keeps its own clock and
 * zone), so the calendar day in the string is the day the patient lived.
 */
export function isoAt(start: string, hour: number, offset = 'Z'): string {
  const day = Math.floor(hour / 24);
  const minutes = Math.round(((hour - day * 24) * 60) / 5) * 5;
  const whole = Math.min(minutes, 23 * 60 + 55);
  const hh = String(Math.floor(whole / 60)).padStart(2, '0');
  const mm = String(whole % 60).padStart(2, '0');
  return `${addDays(start, day)}T${hh}:${mm}:00${offset}`;
}

/** An hour of this episode on the patient's clock. */
export function localIso(world: Pick<World, 'start' | 'offset'>, hour: number): string {
  return isoAt(world.start, hour, world.offset);
}

export function dateOn(start: string, day: number): string {
  return addDays(start, day);
}

/** The last session at or before `hour`. */
export function sessionBefore(world: World, hour: number): SessionLog | null {
  let found: SessionLog | null = null;
  for (const session of world.sessions) if (session.hour <= hour) found = session;
  return found;
}

export function inRelief(world: World, hour: number): boolean {
  const session = sessionBefore(world, hour);
  if (!session || session.experiencedWindow < 1) return false;
  return Math.floor(hour / 24) - session.day <= session.experiencedWindow;
}

export function symptomsAt(world: World, hour: number): Symptoms {
  let flareRise = 0;
  let sorenessRise = 0;
  for (const event of world.events) {
    const rise = event.rise * eventShare(event, hour);
    if (event.kind === 'soreness') sorenessRise = Math.max(sorenessRise, rise);
    else flareRise = Math.max(flareRise, rise);
  }
  const relief = inRelief(world, hour) && flareRise === 0 && sorenessRise === 0;
  const parameters = world.profile;
  const pain = painLevel(world.state, parameters) - (relief ? parameters.reliefDrop : 0) + flareRise + sorenessRise;
  const level = functionLevel(world.state, parameters) + (relief ? RELIEF_FUNCTION_GAIN : 0) - 0.05 * flareRise - 0.03 * sorenessRise;
  return { pain: Math.max(0, Math.min(10, pain)), functionLevel: level, relief, flareRise, sorenessRise };
}

export function nextId(world: World, prefix: string): string {
  world.counter += 1;
  return `${prefix}-${world.counter}`;
}
