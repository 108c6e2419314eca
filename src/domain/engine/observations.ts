// Where a goal stands on a day. Goal ability comes from three places: ratings recorded at intake or
// checkpoints, exam findings in sessions, and the patient's check-ins. Check-ins are noisy and
// sometimes missing, so a goal's level on a day is the median of its observations in the week up to
// that day (falling back to the latest earlier observation, then to the baseline).
//
// Performance: the engine reads levels thousands of times per assessment, so each series is built
// once per case file (a WeakMap keyed by the case-file object, which knownOn makes fresh for every
// assessment), carries its day numbers, and is searched by bisection.
import type { CaseFile, Goal } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayNumber, dayOf } from '../time.ts';
import { median } from './statistics.ts';

/** Observations are smoothed over this many days: one week of check-ins. Heuristic (see module comment). */
export const SMOOTHING_DAYS = 7;

export interface Observation {
  day: string;
  dayNumber: number;
  value: number;
}

const observation = (day: string, value: number): Observation => ({ day, dayNumber: dayNumber(day), value });
const byDayThenValue = (a: Observation, b: Observation): number => a.dayNumber - b.dayNumber || a.value - b.value;

const goalCache = new WeakMap<CaseFile, Map<string, Observation[]>>();
const painCache = new WeakMap<CaseFile, Observation[]>();

export function goalObservations(file: CaseFile, goal: Goal): Observation[] {
  let perGoal = goalCache.get(file);
  if (!perGoal) goalCache.set(file, (perGoal = new Map()));
  const cached = perGoal.get(goal.id);
  if (cached) return cached;
  const observations: Observation[] = [observation(goal.setOn, goal.baseline)];
  for (const rating of goal.ratings) observations.push(observation(rating.date, rating.value));
  for (const session of file.sessions) {
    for (const finding of session.findings) if (finding.goalId === goal.id) observations.push(observation(dayOf(session.date), finding.value));
  }
  for (const checkIn of file.checkIns) {
    for (const entry of checkIn.goals) if (entry.goalId === goal.id) observations.push(observation(dayOf(checkIn.date), entry.value));
  }
  observations.sort(byDayThenValue);
  perGoal.set(goal.id, observations);
  return observations;
}

export function painObservations(file: CaseFile): Observation[] {
  const cached = painCache.get(file);
  if (cached) return cached;
  const observations = file.checkIns.map((c) => observation(dayOf(c.date), c.painNow)).sort(byDayThenValue);
  painCache.set(file, observations);
  return observations;
}

/** How many observations fall on or before day number `end` (the list is sorted by day). */
export function countUpTo(observations: readonly Observation[], end: number): number {
  let low = 0;
  let high = observations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((observations[middle]?.dayNumber ?? Infinity) <= end) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The smoothed level on `day`, or null when nothing was observed on or before it. */
export function levelOn(observations: readonly Observation[], day: string): number | null {
  return levelAt(observations, dayNumber(day));
}

/** The smoothed level on the day numbered `end`. */
function levelAt(observations: readonly Observation[], end: number): number | null {
  const count = countUpTo(observations, end);
  if (count === 0) return null;
  const inWeek: number[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const o = observations[i];
    if (!o || o.dayNumber <= end - SMOOTHING_DAYS) break;
    inWeek.push(o.value);
  }
  if (inWeek.length > 0) return median(inWeek);
  return observations[count - 1]?.value ?? null;
}

/** The minimal important change of a goal, in its own unit. */
export function goalMic(goal: Goal, settings: Settings): number {
  return goal.measure.kind === 'ability' ? settings.goalAbilityMic : settings.capacityMicFraction * (goal.target - goal.baseline);
}

export function goalUnit(goal: Goal): string {
  return goal.measure.kind === 'ability' ? 'points' : goal.measure.unit;
}

const smoothedCache = new WeakMap<readonly Observation[], number[]>();

/** The smoothed level on each observation's day, index for index (built once per series). */
export function smoothedLevels(observations: readonly Observation[]): number[] {
  const cached = smoothedCache.get(observations);
  if (cached) return cached;
  const levels = observations.map((o) => levelAt(observations, o.dayNumber) ?? o.value);
  smoothedCache.set(observations, levels);
  return levels;
}

/** Median of the observations from `fromDay` to `toDay`, inclusive; null when there are none. */
export function medianBetween(observations: readonly Observation[], fromDay: string, toDay: string): number | null {
  const from = countUpTo(observations, dayNumber(fromDay) - 1);
  const to = countUpTo(observations, dayNumber(toDay));
  return median(observations.slice(from, to).map((o) => o.value));
}
