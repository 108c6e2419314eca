// Where a goal stands on a day. Goal ability comes from three places: ratings recorded at intake or
// checkpoints, exam findings in sessions, and the patient's check-ins. Check-ins are noisy and
// sometimes missing, so a goal's level on a day is the median of its observations in the week up to
// that day (falling back to the latest earlier observation, then to the baseline).
import type { CaseFile, Goal } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayNumber, dayOf } from '../time.ts';
import { median } from './statistics.ts';

/** Observations are smoothed over this many days: one week of check-ins. Heuristic (see module comment). */
export const SMOOTHING_DAYS = 7;

export interface Observation {
  day: string;
  value: number;
}

export function goalObservations(file: CaseFile, goal: Goal): Observation[] {
  const observations: Observation[] = [{ day: goal.setOn, value: goal.baseline }];
  for (const rating of goal.ratings) observations.push({ day: rating.date, value: rating.value });
  for (const session of file.sessions) {
    for (const finding of session.findings) if (finding.goalId === goal.id) observations.push({ day: dayOf(session.date), value: finding.value });
  }
  for (const checkIn of file.checkIns) {
    for (const entry of checkIn.goals) if (entry.goalId === goal.id) observations.push({ day: dayOf(checkIn.date), value: entry.value });
  }
  return observations.sort((a, b) => a.day.localeCompare(b.day) || a.value - b.value);
}

export function painObservations(file: CaseFile): Observation[] {
  return file.checkIns.map((c) => ({ day: dayOf(c.date), value: c.painNow }));
}

/** The smoothed level on `day`, or null when nothing was observed on or before it. */
export function levelOn(observations: readonly Observation[], day: string): number | null {
  const end = dayNumber(day);
  const inWeek = observations.filter((o) => {
    const d = dayNumber(o.day);
    return d <= end && d > end - SMOOTHING_DAYS;
  });
  if (inWeek.length > 0) return median(inWeek.map((o) => o.value));
  let latest: Observation | undefined;
  for (const o of observations) if (dayNumber(o.day) <= end) latest = o;
  return latest ? latest.value : null;
}

/** The minimal important change of a goal, in its own unit. */
export function goalMic(goal: Goal, settings: Settings): number {
  return goal.measure.kind === 'ability' ? settings.goalAbilityMic : settings.capacityMicFraction * (goal.target - goal.baseline);
}

export function goalUnit(goal: Goal): string {
  return goal.measure.kind === 'ability' ? 'points' : goal.measure.unit;
}
