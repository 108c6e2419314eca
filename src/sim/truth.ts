// The ground truth of a simulated episode: what a perfect observer of the latent state would conclude
// by the spec's definitions (spec §2, §4), to measure the engine against. It is derived from the
// latent course, never from the engine or its settings:
//   - first window: the day after the first session whose relief (as the patient lived it) lasted a day;
//   - movement entry (spec §4, revised by §4a.1 and §4c.1): the earliest of (a) the day the unbroken
//     relief (relief that lasted to the next session goes on through it) of the second of two
//     consecutive sessions reached 7 days, on or after which the patient's true irritability is not
//     high, and (b) the second of two consecutive sessions that gave active work with no flare needing
//     reassessment under way; day 0 for a low-irritability patient without fear-avoidance signs;
//   - active-dominant: the first session after movement entry with a passive share of 30% or less
//     (spec §4; the spec names no run of sessions); a reassess flare steps back to blended;
//   - plateau: the day the latent state stopped moving (plateau archetypes only), goals not at target;
//     and the first day the spec's definition holds (spec §4, revised by §4a.4): 3 sessions over at
//     least 3 weeks of that stall counted outside flares, a normal flare's days pausing the clock and a
//     flare needing reassessment restarting it (soreness neither). A stall shorter than that is not a
//     plateau by the spec's words, so no observer could report it sooner; null when the records end first;
//   - graduated: the first checkpoint at which every goal's level (latent function, with the lift of
//     a holding relief window, without the passing dip of a flare), as the patient would record it
//     without noise, had been at target for at least 14 days (spec §4);
//   - each flare's class by the spec's words (§4, revised by §4a.2 and §4c.4): longer than 72 h or
//     leaving a setback: reassess; else expected soreness when it starts within 48 h after one of the
//     first 4 sessions, before the first relief window (the establishing-response phase), rises at
//     most 3 points and is over within 48 h; else normal. Every post-treatment soreness counts,
//     however small its rise: a small one the engine cannot see is counted as not found.
import type { Irritability, Phase } from '../domain/records/vocabulary.ts';
import { addDays, instant } from '../domain/time.ts';
import type { Archetype } from './archetypes.ts';
import { endHour, isActive, type FlareCause, type FlareEvent, type FlareKind } from './flares.ts';
import { goalLevel, recordedLevel, type GoalPlan } from './goals.ts';
import type { ProgrammeReview } from './programme.ts';
import { localIso, type World } from './world.ts';

export type TrueFlareClass = 'expected-soreness' | 'normal' | 'reassess';

export interface TrueFlare {
  id: string;
  kind: FlareKind;
  cause: FlareCause;
  start: string;
  end: string;
  durationHours: number;
  rise: number;
  setback: boolean;
  classification: TrueFlareClass;
  recordedBy: 'patient' | 'clinician' | null;
  /** Under way at the time of at least one check-in, so check-ins alone can show it. */
  seenInCheckIns: boolean;
  /** Still under way after the last simulated day: not judged. */
  endsAfterRecords: boolean;
}

export interface TrueWindow {
  sessionId: string;
  date: string;
  latentDays: number;
  experiencedDays: number;
  sensitivity: number;
  capacity: number;
}

export interface EpisodeTruth {
  archetype: Archetype;
  endDate: string;
  urgentReferral: boolean;
  /** No relief window of a day by the fourth session (spec §4). */
  nonResponder: boolean;
  phases: { phase: Phase; since: string }[];
  firstWindowOn: string | null;
  movementEntryOn: string | null;
  /** True when movement entry is at intake (low irritability, no fear-avoidance signs). */
  startsBlended: boolean;
  plateau: { since: string; definableFrom: string | null } | null;
  /** The latent function level on each day (index: days from the start), and the goals it maps onto: see goalLevelOn. */
  functionByDay: readonly number[];
  goals: readonly GoalPlan[];
  graduatedOn: string | null;
  flares: TrueFlare[];
  windows: TrueWindow[];
  /** The home programme's truth (spec §4b): each exercise at each weekly review, and the load flares; null without one. */
  programme: { reviews: ProgrammeReview[]; loadFlares: number; weeklyGain: number } | null;
}

const REASSESS_HOURS = 72;
const SORENESS_HOURS = 48;
// Spec §4a.2 and §4c.4: expected soreness follows one of the first 4 sessions and rises at most 3 points.
const SORENESS_SESSIONS = 4;
const SORENESS_MAX_RISE = 3;
const ACTIVE_DOMINANT_SHARE = 0.3;
// Spec §4: a plateau is judged over the last 3 sessions and at least 3 weeks.
const PLATEAU_SESSIONS = 3;
const PLATEAU_DAYS = 21;

/**
 * The first day a stall from `onset` spans the spec's 3 sessions and 3 weeks counted outside flares
 * (spec §4a.4): the days of a normal flare pause the clock (they do not count), a flare needing
 * reassessment restarts it (the stretch begins at the first session after it), soreness does neither.
 * Null when no such day comes by `lastDay`.
 */
function plateauDefinableFrom(world: World, onset: number, flares: readonly { event: FlareEvent; cls: TrueFlareClass }[], lastDay: number): number | null {
  const span = (f: { event: FlareEvent }): { start: number; end: number } => ({ start: Math.floor(f.event.startHour / 24), end: Math.floor(endHour(f.event) / 24) });
  const pauses = flares.filter((f) => f.cls === 'normal').map(span);
  const restarts = flares.filter((f) => f.cls === 'reassess').map(span);
  const paused = (day: number): boolean => pauses.some((p) => day >= p.start && day <= p.end);
  for (let day = onset; day <= lastDay; day++) {
    // A normal flare pauses the clock (spec §4a.4): no plateau is called on a day within one.
    if (paused(day)) continue;
    const latestEnd = Math.max(onset - 1, ...restarts.filter((r) => r.start <= day && r.end >= onset).map((r) => Math.min(r.end, day)));
    const sessions = world.sessions.filter((s) => s.day > latestEnd && s.day >= onset && s.day <= day && !paused(s.day));
    const first = sessions[0];
    if (!first || sessions.length < PLATEAU_SESSIONS) continue;
    let counted = 0;
    for (let d = first.day; d < day; d++) if (!paused(d)) counted += 1;
    if (counted >= PLATEAU_DAYS) return day;
  }
  return null;
}

/**
 * A goal's level on day `day` (days from the start), as the patient would record it without noise
 * (or, `rounded` false, the latent level itself); null for a goal or day the episode does not have. Computed when asked (the bench asks of a few
 * false alarms), not for every day of every simulated patient.
 */
export function goalLevelOn(truth: Pick<EpisodeTruth, 'functionByDay' | 'goals'>, goalId: string, day: number, rounded = true): number | null {
  const goal = truth.goals.find((g) => g.id === goalId);
  const level = truth.functionByDay[day];
  if (!goal || level === undefined) return null;
  return rounded ? recordedLevel(goal, level) : goalLevel(goal, level);
}

function classify(event: FlareEvent, world: World, firstWindowDay: number | null, startsBlended: boolean): TrueFlareClass {
  if (event.durationHours > REASSESS_HOURS || event.setback) return 'reassess';
  const day = Math.floor(event.startHour / 24);
  const early = !startsBlended && (firstWindowDay === null || day < firstWindowDay);
  const afterEarlySession = world.sessions.slice(0, SORENESS_SESSIONS).some((s) => event.startHour >= s.hour && event.startHour - s.hour <= SORENESS_HOURS);
  const mild = event.rise <= SORENESS_MAX_RISE && event.durationHours <= SORENESS_HOURS;
  return early && afterEarlySession && mild ? 'expected-soreness' : 'normal';
}

const MOVEMENT_ENTRY_DAYS = 7;

/** Days of unbroken relief from session `i`: relief that lasted to the next session goes on through it (spec §4c.1). */
function unbrokenDays(world: World, i: number): number {
  const session = world.sessions[i];
  const next = world.sessions[i + 1];
  if (!session) return 0;
  if (next && session.experiencedWindow >= next.day - session.day) return next.day - session.day + unbrokenDays(world, i + 1);
  return session.experiencedWindow;
}

/** The patient's true irritability on `day`: the intake grade, then as measured at each session. */
function trueGradeOn(world: World, day: number): Irritability {
  let grade = world.profile.irritability;
  for (const session of world.sessions) {
    if (session.day > day) break;
    grade = session.trueGrade;
  }
  return grade;
}

/** The first day on or after `day` whose true irritability is not high; null when none is. */
function firstNotHigh(world: World, day: number): number | null {
  if (trueGradeOn(world, day) !== 'high') return day;
  return world.sessions.find((s) => s.day > day && s.trueGrade !== 'high')?.day ?? null;
}

function movementEntryDay(world: World, startsBlended: boolean, flares: readonly { event: FlareEvent; cls: TrueFlareClass }[]): number | null {
  if (startsBlended) return 0;
  let byWindows: number | null = null;
  for (let i = 1; i < world.sessions.length && byWindows === null; i++) {
    const session = world.sessions[i];
    if (session && unbrokenDays(world, i - 1) >= MOVEMENT_ENTRY_DAYS && unbrokenDays(world, i) >= MOVEMENT_ENTRY_DAYS) {
      byWindows = firstNotHigh(world, session.day + MOVEMENT_ENTRY_DAYS);
    }
  }
  // Active work at two consecutive sessions with no flare needing reassessment under way between them.
  const reassess = flares.filter((f) => f.cls === 'reassess').map((f) => ({ start: Math.floor(f.event.startHour / 24), end: Math.floor(endHour(f.event) / 24) }));
  let byCare: number | null = null;
  for (let i = 1; i < world.sessions.length && byCare === null; i++) {
    const a = world.sessions[i - 1];
    const b = world.sessions[i];
    if (!a || !b || a.activeMinutes <= 0 || b.activeMinutes <= 0) continue;
    if (reassess.some((r) => r.start <= b.day && r.end >= a.day)) continue;
    byCare = b.day;
  }
  if (byWindows === null) return byCare;
  return byCare === null ? byWindows : Math.min(byWindows, byCare);
}

/** Every goal at target on `day`, as the patient would record it without noise. */
function allAtTarget(world: World, day: number): boolean {
  const level = world.functionByDay[day];
  return level !== undefined && world.profile.goals.every((goal) => recordedLevel(goal, level) >= goal.target);
}

/** The first checkpoint with every goal's latent level at target for the 14 days before it. */
function graduationDay(world: World): number | null {
  const atTarget = (day: number): boolean => allAtTarget(world, day);
  for (const checkpoint of world.checkpoints) {
    const day = Math.round((instant(checkpoint.date) - instant(world.start)) / 86_400_000);
    let held = true;
    for (let d = day - 14; d <= day && held; d++) held = d >= 0 && atTarget(d);
    if (held) return day;
  }
  return null;
}

/** Blended / active-dominant changes after movement entry, with step-backs on reassess flares. */
function activePhases(world: World, blendedDay: number, flares: readonly { event: FlareEvent; cls: TrueFlareClass }[]): { phase: Phase; day: number }[] {
  const changes: { phase: Phase; day: number }[] = [];
  const stepBacks = flares.filter((f) => f.cls === 'reassess')
    .map((f) => (f.event.durationHours > REASSESS_HOURS ? Math.ceil((f.event.startHour + REASSESS_HOURS) / 24) : Math.floor(endHour(f.event) / 24)));
  let phase: Phase = 'blended';
  for (const session of world.sessions) {
    if (session.day < blendedDay) continue;
    if (phase === 'active-dominant' && stepBacks.some((d) => d <= session.day && d > (changes[changes.length - 1]?.day ?? -1))) {
      const day = Math.min(...stepBacks.filter((d) => d <= session.day && d > (changes[changes.length - 1]?.day ?? -1)));
      phase = 'blended';
      changes.push({ phase, day });
    }
    const total = session.passiveMinutes + session.activeMinutes;
    if (phase === 'blended' && total > 0 && session.passiveMinutes / total <= ACTIVE_DOMINANT_SHARE && session.activeMinutes > 0) {
      phase = 'active-dominant';
      changes.push({ phase, day: session.day });
    }
  }
  return changes;
}

export function deriveTruth(world: World, lastDay: number): EpisodeTruth {
  const { profile, start } = world;
  const date = (day: number): string => addDays(start, day);
  const nullableDate = (day: number | null): string | null => (day === null ? null : date(day));
  const checkInHours = world.checkIns.map((c) => (instant(c.date) - instant(start)) / 3_600_000);
  const windows = world.sessions.map((s) => ({ sessionId: s.id, date: localIso(world, s.hour), latentDays: s.latentWindow, experiencedDays: s.experiencedWindow, sensitivity: s.sensitivity, capacity: s.capacity }));
  if (profile.redFlag) {
    return { archetype: profile.archetype, endDate: date(lastDay), urgentReferral: true, nonResponder: false, phases: [{ phase: 'screening', since: start }], firstWindowOn: null, movementEntryOn: null, startsBlended: false, plateau: null, functionByDay: world.functionByDay, goals: profile.goals, graduatedOn: null, flares: [], windows, programme: null };
  }
  const startsBlended = profile.irritability === 'low' && !profile.fearAvoidant;
  const firstWindow = world.sessions.find((s) => s.experiencedWindow >= 1);
  const firstWindowDay = startsBlended || !firstWindow ? null : firstWindow.day + 1;
  const judged = world.events.map((event) => ({ event, cls: classify(event, world, firstWindowDay, startsBlended) }));
  const blendedDay = movementEntryDay(world, startsBlended, judged);
  const flares: TrueFlare[] = judged.map(({ event, cls }) => ({
    id: event.id, kind: event.kind, cause: event.cause, start: localIso(world, event.startHour), end: localIso(world, endHour(event)),
    durationHours: event.durationHours, rise: event.rise, setback: event.setback !== null, classification: cls,
    recordedBy: world.recordedBy.get(event.id) ?? null,
    seenInCheckIns: checkInHours.some((h) => isActive(event, h)),
    endsAfterRecords: endHour(event) >= (lastDay + 1) * 24,
  }));

  const changes: { phase: Phase; day: number }[] = [];
  if (startsBlended) changes.push({ phase: 'blended', day: 0 });
  else {
    changes.push({ phase: 'establishing-response', day: 0 });
    if (firstWindowDay !== null && (blendedDay === null || firstWindowDay < blendedDay)) changes.push({ phase: 'extending-window', day: firstWindowDay });
    if (blendedDay !== null) changes.push({ phase: 'blended', day: blendedDay });
  }
  if (blendedDay !== null) changes.push(...activePhases(world, blendedDay, judged));
  // Graduation ends the progression (it can come before the windows reach a week, when the
  // clinician started active work early): later changes are not phases any more.
  const graduated = graduationDay(world);
  const phases: { phase: Phase; since: string }[] = [
    { phase: 'screening', since: start },
    ...changes.filter((c) => graduated === null || c.day < graduated).map((c) => ({ phase: c.phase, since: date(c.day) })),
  ];
  if (graduated !== null) phases.push({ phase: 'graduated', since: date(graduated) });

  return {
    archetype: profile.archetype,
    endDate: date(lastDay),
    urgentReferral: false,
    nonResponder: world.sessions.length >= 4 && world.sessions.slice(0, 4).every((s) => s.experiencedWindow < 1),
    phases,
    firstWindowOn: firstWindowDay === null ? null : date(firstWindowDay),
    movementEntryOn: blendedDay === null ? null : date(blendedDay),
    startsBlended,
    plateau: world.onsetDay === null || allAtTarget(world, world.onsetDay) ? null : { since: date(world.onsetDay), definableFrom: nullableDate(plateauDefinableFrom(world, world.onsetDay, judged, lastDay)) },
    functionByDay: world.functionByDay,
    goals: profile.goals,
    graduatedOn: graduated === null ? null : date(graduated),
    flares,
    windows,
    programme: world.programme === null ? null : { reviews: world.programme.reviews, loadFlares: world.programme.loadFlares, weeklyGain: world.programme.weeklyGain },
  };
}
