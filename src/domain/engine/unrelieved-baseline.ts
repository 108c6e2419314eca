// The level a flare is measured against: the patient's level *without* relief from the last session.
// Symptoms coming back when a relief window closes are a return to baseline, not a flare, nor a loss
// after one: measured against simulated truth, baselines read from relieved days turned most window
// endings into false flares, and flares near a window's end into false "below baseline" verdicts
// (docs/accuracy.md). So the baseline is the median of the latest `flareBaselineDays` observations
// on days the patient said were without relief, looking back up to UNRELIEVED_LOOKBACK baseline
// windows when a long relief window fills the last week. An unanswered question is not a "no"
// (counting blanks as unrelieved let relieved days pull the baseline down), so days left blank count
// only when fewer than two said "no" (a patient who never answers the question); with fewer than
// two of those too, every observation of the last `flareBaselineDays` days counts. Both the flare proposals and the below-baseline rule use it, so
// a flare is proposed and judged against the same level.
import type { Settings } from '../settings/catalogue.ts';
import { median } from './statistics.ts';

/** How many baseline windows back the unrelieved baseline may reach (heuristic: four weeks by default). */
export const UNRELIEVED_LOOKBACK = 4;

export interface BaselinePoint {
  dayNumber: number;
  value: number;
}

/** The patient's answer on a point's day: "no relief" (true), "relief" (false), or no answer (null). */
export type WithoutRelief<P> = (point: P) => boolean | null;

/**
 * The baseline before day number `startDay` from `points` (sorted by day), reading only those before
 * index `end` (the first point on or after `startDay`, or any earlier index the caller has reached);
 * and whether it had to be read from relieved days only (no day without relief to read).
 */
export function readBaseline<P extends BaselinePoint>(points: readonly P[], end: number, startDay: number, withoutRelief: WithoutRelief<P>, settings: Settings): { level: number | null; relievedOnly: boolean } {
  const days = settings.flareBaselineDays;
  const oldest = startDay - days * UNRELIEVED_LOOKBACK;
  const saidNo: number[] = [];
  const notRelieved: number[] = [];
  const lastWindow: number[] = [];
  for (let j = end - 1; j >= 0; j--) {
    const p = points[j];
    if (!p || p.dayNumber < oldest) break;
    if (p.dayNumber >= startDay) continue;
    if (p.dayNumber >= startDay - days) lastWindow.push(p.value);
    const answer = withoutRelief(p);
    if (answer === true && saidNo.length < days) saidNo.push(p.value);
    if (answer !== false && notRelieved.length < days) notRelieved.push(p.value);
  }
  if (saidNo.length >= 2) return { level: median(saidNo), relievedOnly: false };
  if (notRelieved.length >= 2) return { level: median(notRelieved), relievedOnly: false };
  return { level: median(lastWindow), relievedOnly: true };
}
