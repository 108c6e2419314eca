// The ground truth of a simulated episode: what a perfect observer of the latent state would conclude
// by the spec's definitions (spec §2, §4), to measure the engine against. It is derived from the
// latent course, never from the engine or its settings:
//   - first window: the day after the first session whose relief (as the patient lived it) lasted a day;
//   - movement entry: the day the second of two consecutive windows reached 7 days, irritability not
//     high; day 0 for a low-irritability patient without fear-avoidance signs (spec §4). A window is
//     censored by the next session (spec §2): one that would have lasted a week but was renewed by a
//     session sooner than 7 days later is not a 7-day window (spec §4: "holds to the next session at
//     least 7 days later"), since after that session its relief cannot be told from the new one's;
//   - active-dominant: the first session after movement entry with a passive share of 30% or less
//     (spec §4; the spec names no run of sessions); a reassess flare steps back to blended;
//   - plateau: the day the latent state stopped moving (plateau archetypes only), goals not at target;
//     and the first day the spec's definition holds (spec §2, §4): 3 sessions over at least 3 weeks of
//     that stall with no flare in them to explain it (a stall is judged from the first session after a
//     flare: soreness aside, every flare counts, as a vignette of a normal flare's dip has it). A stall
//     shorter than that is not a plateau by the spec's words, so no observer could report it sooner;
//     null when the records end first;
//   - graduated: the first checkpoint at which every goal's level (latent function, with the lift of
//     a holding relief window, without the passing dip of a flare), as the patient would record it
//     without noise, had been at target for at least 14 days (spec §4);
//   - each flare's class by the spec's words: longer than 72 h or leaving a setback: reassess; else,
//     starting within 48 h of a session before movement entry: expected soreness; else normal.
//     Every post-treatment soreness counts (spec §2: expected soreness is a short rise in symptoms),
//     however small its rise: a small one the engine cannot see is counted as not found.
import type { Phase } from '../domain/records/vocabulary.ts';
import { addDays, instant } from '../domain/time.ts';
import type { Archetype } from './archetypes.ts';
import { endHour, isActive, type FlareCause, type FlareEvent, type FlareKind } from './flares.ts';
import { recordedLevel, type GoalPlan } from './goals.ts';
import type { ProgrammeReview } from './programme.ts';
import { isoAt, type World } from './world.ts';

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
const ACTIVE_DOMINANT_SHARE = 0.3;
// Spec §4: a plateau is judged over the last 3 sessions and at least 3 weeks.
const PLATEAU_SESSIONS = 3;
const PLATEAU_DAYS = 21;

/**
 * The first day a stall from `onset` spans the spec's 3 sessions and 3 weeks with no flare in them:
 * the clock starts at the onset, and again at the first session after each flare (soreness aside)
 * that ends after it. Null when no such day comes by `lastDay`.
 */
function plateauDefinableFrom(world: World, onset: number, flares: readonly { event: FlareEvent; cls: TrueFlareClass }[], lastDay: number): number | null {
  const resets = flares.filter((f) => f.cls !== 'expected-soreness').map((f) => ({ start: Math.floor(f.event.startHour / 24), end: Math.floor(endHour(f.event) / 24) }));
  for (let day = onset; day <= lastDay; day++) {
    const latestEnd = Math.max(onset - 1, ...resets.filter((r) => r.start <= day && r.end >= onset).map((r) => Math.min(r.end, day)));
    const sessions = world.sessions.filter((s) => s.day > latestEnd && s.day >= onset && s.day <= day);
    const first = sessions[0];
    if (first && sessions.length >= PLATEAU_SESSIONS && day - first.day >= PLATEAU_DAYS) return day;
  }
  return null;
}

/**
 * A goal's level on day `day` (days from the start), as the patient would record it without noise;
 * null for a goal or day the episode does not have. Computed when asked (the bench asks of a few
 * false alarms), not for every day of every simulated patient.
 */
export function goalLevelOn(truth: Pick<EpisodeTruth, 'functionByDay' | 'goals'>, goalId: string, day: number): number | null {
  const goal = truth.goals.find((g) => g.id === goalId);
  const level = truth.functionByDay[day];
  return goal && level !== undefined ? recordedLevel(goal, level) : null;
}

function classify(event: FlareEvent, world: World, blendedDay: number | null): TrueFlareClass {
  if (event.durationHours > REASSESS_HOURS || event.setback) return 'reassess';
  const early = blendedDay === null || Math.floor(event.startHour / 24) < blendedDay;
  const afterSession = world.sessions.some((s) => event.startHour >= s.hour && event.startHour - s.hour <= SORENESS_HOURS);
  return early && afterSession ? 'expected-soreness' : 'normal';
}

const MOVEMENT_ENTRY_DAYS = 7;

/** The window after session `i` lasted a week as the spec counts it: lived that long, and not renewed sooner by the next session. */
function weekLongWindow(world: World, i: number): boolean {
  const session = world.sessions[i];
  const next = world.sessions[i + 1];
  if (!session || session.experiencedWindow < MOVEMENT_ENTRY_DAYS) return false;
  return next === undefined || next.day - session.day >= MOVEMENT_ENTRY_DAYS;
}

function movementEntryDay(world: World, startsBlended: boolean): number | null {
  if (startsBlended) return 0;
  if (world.profile.irritability === 'high') return null;
  for (let i = 1; i < world.sessions.length; i++) {
    const session = world.sessions[i];
    if (session && weekLongWindow(world, i - 1) && weekLongWindow(world, i)) return session.day + MOVEMENT_ENTRY_DAYS;
  }
  return null;
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
  const windows = world.sessions.map((s) => ({ sessionId: s.id, date: isoAt(start, s.hour), latentDays: s.latentWindow, experiencedDays: s.experiencedWindow, sensitivity: s.sensitivity, capacity: s.capacity }));
  if (profile.redFlag) {
    return { archetype: profile.archetype, endDate: date(lastDay), urgentReferral: true, nonResponder: false, phases: [{ phase: 'screening', since: start }], firstWindowOn: null, movementEntryOn: null, startsBlended: false, plateau: null, functionByDay: world.functionByDay, goals: profile.goals, graduatedOn: null, flares: [], windows, programme: null };
  }
  const startsBlended = profile.irritability === 'low' && !profile.fearAvoidant;
  const blendedDay = movementEntryDay(world, startsBlended);
  const firstWindow = world.sessions.find((s) => s.experiencedWindow >= 1);
  const firstWindowDay = startsBlended || !firstWindow ? null : firstWindow.day + 1;
  const judged = world.events.map((event) => ({ event, cls: classify(event, world, blendedDay) }));
  const flares: TrueFlare[] = judged.map(({ event, cls }) => ({
    id: event.id, kind: event.kind, cause: event.cause, start: isoAt(start, event.startHour), end: isoAt(start, endHour(event)),
    durationHours: event.durationHours, rise: event.rise, setback: event.setback !== null, classification: cls,
    recordedBy: world.recordedBy.get(event.id) ?? null,
    seenInCheckIns: checkInHours.some((h) => isActive(event, h)),
    endsAfterRecords: endHour(event) >= (lastDay + 1) * 24,
  }));

  const changes: { phase: Phase; day: number }[] = [];
  if (startsBlended) changes.push({ phase: 'blended', day: 0 });
  else {
    changes.push({ phase: 'establishing-response', day: 0 });
    if (firstWindowDay !== null) changes.push({ phase: 'extending-window', day: firstWindowDay });
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
