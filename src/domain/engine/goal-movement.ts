// Is a goal moving over a period? (spec §4a.4). A goal is moving when, over the period, its
// smoothed level gained its minimal important change (MIC), or when its robust trend over every
// rating in the period (session findings, check-ins, recorded ratings: a Huber M-estimate, trend.ts) projects
// at least that change within `plateauTrendHorizonDays` and its one-sided lower bound is above zero.
// It is declining when it fell by its MIC (deterioration, not a plateau). It is flat when the trend's
// one-sided upper bound projects less than the MIC within the horizon; when that bound projects more,
// the trend is too uncertain to call a plateau ("no clear movement yet"). With fewer ratings than the
// bounds need (four), the change alone decides, as in spec §4. Check-in pain stands in for goals
// when none is set (lower is better).
import type { Settings } from '../settings/catalogue.ts';
import { dayNumber } from '../time.ts';
import type { Reason } from './assessment.ts';
import { countUpTo, levelOn, smoothedLevels, type Observation } from './observations.ts';
import { fmt, plural } from './statistics.ts';
import { robustTrend } from './trend.ts';

export type Movement = 'moving' | 'declining' | 'uncertain' | 'flat' | 'no-data';

export interface GoalMovement {
  /** The goal's id, or null for check-in pain. */
  goalId: string | null;
  label: string;
  movement: Movement;
  reason: Reason;
}

export interface Series {
  goalId: string | null;
  label: string;
  observations: readonly Observation[];
  mic: number;
  unit: string;
  higherIsBetter: boolean;
}

/** Best smoothed level after `startDay` up to `asOf` in the better direction, with the levels at both ends. */
const suffixCache = new WeakMap<readonly Observation[], { max: number[]; min: number[] }>();

/** For each index, the best smoothed level from it to the end of the series (scans back read it per session). */
function suffixBest(observations: readonly Observation[]): { max: number[]; min: number[] } {
  let cached = suffixCache.get(observations);
  if (!cached) {
    const levels = smoothedLevels(observations);
    const max = new Array<number>(levels.length + 1).fill(-Infinity);
    const min = new Array<number>(levels.length + 1).fill(Infinity);
    for (let i = levels.length - 1; i >= 0; i--) {
      max[i] = Math.max(max[i + 1] ?? -Infinity, levels[i] ?? -Infinity);
      min[i] = Math.min(min[i + 1] ?? Infinity, levels[i] ?? Infinity);
    }
    cached = { max, min };
    suffixCache.set(observations, cached);
  }
  return cached;
}

function change(observations: readonly Observation[], startDay: string, asOf: string, higherIsBetter: boolean): { start: number; best: number; now: number } | null {
  const start = levelOn(observations, startDay);
  const now = levelOn(observations, asOf);
  if (start === null || now === null) return null;
  const end = countUpTo(observations, dayNumber(asOf));
  const from = countUpTo(observations, dayNumber(startDay));
  if (end === observations.length) {
    // The series ends on the as-of day (the case file is cut there): the suffix best is the period's best.
    const suffix = suffixBest(observations);
    const best = higherIsBetter ? Math.max(start, now, suffix.max[from] ?? -Infinity) : Math.min(start, now, suffix.min[from] ?? Infinity);
    return { start, best, now };
  }
  const pick = higherIsBetter ? Math.max : Math.min;
  const levels = smoothedLevels(observations);
  let best = pick(start, now);
  for (let i = from; i < end; i++) best = pick(best, levels[i] ?? best);
  return { start, best, now };
}

/**
 * The change alone, without a trend or words: the plateau's scans back for the start of a stretch
 * run it once per session, so it reads levels and nothing else.
 */
export function changeMovement(series: Series, startDay: string, asOf: string): Movement {
  const { observations, mic, higherIsBetter } = series;
  if (countUpTo(observations, dayNumber(asOf)) === countUpTo(observations, dayNumber(startDay) - 1)) return 'no-data';
  const levels = change(observations, startDay, asOf, higherIsBetter);
  if (!levels) return 'no-data';
  const sign = higherIsBetter ? 1 : -1;
  if (sign * (levels.best - levels.start) >= mic) return 'moving';
  if (sign * (levels.start - levels.now) >= mic) return 'declining';
  return 'flat';
}

export function goalMovement(series: Series, startDay: string, asOf: string, settings: Settings): GoalMovement {
  const { observations, mic, higherIsBetter, label, goalId, unit } = series;
  const from = countUpTo(observations, dayNumber(startDay) - 1);
  const to = countUpTo(observations, dayNumber(asOf));
  const inPeriod = observations.slice(from, to);
  const said = (movement: Movement, text: string): GoalMovement => ({ goalId, label, movement, reason: { rule: 'goal-movement', text: `${label}: ${text}` } });
  const levels = change(observations, startDay, asOf, higherIsBetter);
  if (!levels || inPeriod.length === 0) return said('no-data', `nothing recorded from ${startDay} to ${asOf}.`);
  const sign = higherIsBetter ? 1 : -1;
  const gain = sign * (levels.best - levels.start);
  const loss = sign * (levels.start - levels.now);
  const summary = `${fmt(levels.start)} on ${startDay}, ${fmt(levels.now)} now, best ${fmt(levels.best)}`;
  if (gain >= mic) return said('moving', `${summary}: a gain of ${fmt(gain)}, at least its minimal important change of ${fmt(mic)} ${unit}.`);
  if (loss >= mic) return said('declining', `${summary}: worse by ${fmt(loss)}, at least its minimal important change of ${fmt(mic)} ${unit}.`);
  const horizon = settings.plateauTrendHorizonDays;
  const trend = robustTrend(inPeriod.map((o) => ({ x: o.dayNumber, y: sign * o.value })), settings.plateauTrendConfidence);
  const confidence = `${Math.round(settings.plateauTrendConfidence * 100)}%`;
  if (!trend || trend.lower === null || trend.upper === null) {
    return said('flat', `${summary}: no gain of ${fmt(mic)} ${unit} (its minimal important change); ${plural(inPeriod.length, 'rating')} are too few for a trend.`);
  }
  const projected = trend.slope * horizon;
  const trendText = `trend of ${plural(inPeriod.length, 'rating')} ${fmt(projected)} ${unit} over ${horizon} days (one-sided ${confidence} bounds ${fmt(trend.lower * horizon)} to ${fmt(trend.upper * horizon)})`;
  if (projected >= mic && trend.lower > 0) return said('moving', `${summary}; ${trendText}: on course for its minimal important change of ${fmt(mic)} ${unit}.`);
  if (trend.upper * horizon >= mic) return said('uncertain', `${summary}; ${trendText}: flat so far, but too uncertain to rule out movement of ${fmt(mic)} ${unit}.`);
  return said('flat', `${summary}; ${trendText}: no meaningful movement (its minimal important change is ${fmt(mic)} ${unit}).`);
}

/** The period's verdict from its goals: any moving, else any declining, else any uncertain, else flat. */
export function periodMovement(movements: readonly GoalMovement[]): Movement {
  const judged = movements.filter((m) => m.movement !== 'no-data');
  if (judged.length === 0) return 'no-data';
  for (const movement of ['moving', 'declining', 'uncertain'] as const) if (judged.some((m) => m.movement === movement)) return movement;
  return 'flat';
}
