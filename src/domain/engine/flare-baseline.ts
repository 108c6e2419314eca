// A flare read against the patient's level before it (spec §2: a flare is `normal` when it leaves the
// patient at or above the prior baseline; §4c.4: expected soreness is a mild rise above it; §4c.6: a
// step back for a `reassess` flare ends when the patient is back at baseline). The baseline is the
// level without relief before the start (unrelieved-baseline.ts); "after" is the median of the
// observations in `flareRecoveryDays` days. Each judgment is by the measure's minimal important
// change: check-in pain (painMic) and each goal (goalMic).
import type { CaseFile, Flare } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayNumber, dayOf } from '../time.ts';
import type { Reason } from './assessment.ts';
import { countUpTo, goalMic, goalObservations, medianBetween, painObservations, type Observation } from './observations.ts';
import { fmt } from './statistics.ts';
import { readBaseline } from './unrelieved-baseline.ts';

const reliefAnswerByDayCache = new WeakMap<CaseFile, Map<string, boolean>>();

/** Each day's answer to "still better since the last session?", where the check-in gave one. */
function reliefAnswerByDay(file: CaseFile): Map<string, boolean> {
  let answers = reliefAnswerByDayCache.get(file);
  if (!answers) {
    answers = new Map();
    for (const c of file.checkIns) if (c.reliefSinceLastSession !== undefined) answers.set(dayOf(c.date), c.reliefSinceLastSession);
    reliefAnswerByDayCache.set(file, answers);
  }
  return answers;
}

/**
 * The level of a series before day `startDay` (an ISO date), read from days without relief, and
 * whether only relieved days were there to read it from (then it is the relieved level, and a
 * return to the usual level when relief ends would look like a drop: callers do not judge by it).
 */
export function baselineRead(file: CaseFile, observations: readonly Observation[], startDay: string, settings: Settings): { level: number | null; relievedOnly: boolean } {
  const start = dayNumber(startDay);
  const answers = reliefAnswerByDay(file);
  return readBaseline(observations, countUpTo(observations, start - 1), start, (o) => { const relieved = answers.get(o.day); return relieved === undefined ? null : !relieved; }, settings);
}

export function baselineBefore(file: CaseFile, observations: readonly Observation[], startDay: string, settings: Settings): number | null {
  return baselineRead(file, observations, startDay, settings).level;
}

/** Did the flare leave the patient below baseline in the days after `end`? Reasons name each measure that dropped. */
export function belowBaseline(file: CaseFile, flare: Pick<Flare, 'start'>, end: string, settings: Settings): Reason[] {
  const startDay = dayOf(flare.start);
  const afterFrom = addDays(dayOf(end), 1);
  const afterTo = addDays(dayOf(end), settings.flareRecoveryDays);
  const reasons: Reason[] = [];
  const pain = painObservations(file);
  const before = baselineRead(file, pain, startDay, settings);
  const painBefore = before.relievedOnly ? null : before.level;
  const painAfter = medianBetween(pain, afterFrom, afterTo);
  if (painBefore !== null && painAfter !== null && painAfter - painBefore >= settings.painMic) {
    reasons.push({ rule: 'flare-below-baseline', text: `Pain after the flare (median ${fmt(painAfter)}/10 in the ${settings.flareRecoveryDays} days after) is ${fmt(painAfter - painBefore)} points above the ${fmt(painBefore)}/10 before it (days without relief); the minimal important change is ${settings.painMic} points.` });
  }
  for (const goal of file.goals) {
    const observations = goalObservations(file, goal);
    const before = baselineBefore(file, observations, startDay, settings);
    const after = medianBetween(observations, afterFrom, afterTo);
    const mic = goalMic(goal, settings);
    if (before !== null && after !== null && before - after >= mic) {
      reasons.push({ rule: 'flare-below-baseline', text: `"${goal.activity}" after the flare (${fmt(after)}) is ${fmt(before - after)} below the ${fmt(before)} before it; the minimal important change is ${fmt(mic)}.` });
    }
  }
  return reasons;
}

/**
 * How far the flare's pain rose above the baseline before it: its recorded peak, else the highest
 * check-in pain while it lasted. Null when either is unknown.
 */
export function riseAboveBaseline(file: CaseFile, flare: Pick<Flare, 'start' | 'peakPain'>, lastDay: string, settings: Settings): { rise: number; peak: number; baseline: number } | null {
  const pain = painObservations(file);
  const read = baselineRead(file, pain, dayOf(flare.start), settings);
  if (read.level === null || read.relievedOnly) return null;
  const baseline = read.level;
  let peak = flare.peakPain ?? null;
  if (peak === null) {
    const from = countUpTo(pain, dayNumber(flare.start) - 1);
    const to = countUpTo(pain, dayNumber(lastDay));
    for (let i = from; i < to; i++) peak = Math.max(peak ?? 0, pain[i]?.value ?? 0);
  }
  return peak === null ? null : { rise: peak - baseline, peak, baseline };
}

/**
 * The first day after `fromDay` on which the patient was back at the flare's prior baseline: pain
 * (median of the last `flareRecoveryDays` days) within its minimal important change of the level
 * before the flare, and every goal too. Null while they are not, or nothing was recorded.
 */
export function backAtBaselineOn(file: CaseFile, flare: Pick<Flare, 'start'>, fromDay: string, asOf: string, settings: Settings): string | null {
  const startDay = dayOf(flare.start);
  const series = [
    { observations: painObservations(file), mic: settings.painMic, worse: (before: number, now: number) => now - before },
    ...file.goals.map((goal) => ({ observations: goalObservations(file, goal), mic: goalMic(goal, settings), worse: (before: number, now: number) => before - now })),
  ].map((s) => ({ ...s, before: baselineBefore(file, s.observations, startDay, settings) }))
    .filter((s) => s.before !== null);
  if (series.length === 0) return null;
  const days = new Set<string>();
  for (const s of series) for (const o of s.observations) if (o.day > fromDay && o.day <= asOf) days.add(o.day);
  for (const day of [...days].sort()) {
    const from = addDays(day, 1 - settings.flareRecoveryDays);
    const readings = series.map((s) => ({ s, now: medianBetween(s.observations, from, day) }));
    const read = readings.filter((r): r is { s: typeof r.s; now: number } => r.now !== null);
    if (read.length > 0 && read.every(({ s, now }) => s.worse(s.before ?? now, now) < s.mic)) return day;
  }
  return null;
}
