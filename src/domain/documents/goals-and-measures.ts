// What was achieved, as the progress report and the referral letter both show it: each goal with its
// baseline, current level and target, and each outcome measure's change read against its minimal
// important change (src/domain/measures: each instrument's MIC with its source; the clinic's setting
// where the catalogue holds it). A goal's current level is the engine's own (the median of the last
// week's observations, src/domain/engine/observations.ts), so paper and screen agree.
import type { Assessment } from '../engine/assessment.ts';
import { measureChanges } from '../engine/measure-change.ts';
import { instruments } from '../measures/instruments/index.ts';
import type { CaseFile, Measure } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { goalRecord, goalValue, number, percent } from './format.ts';
import type { Block } from './model.ts';

function goalStatus(goal: Assessment['goals'][number]): string {
  if (goal.atTarget) return goal.reachedTargetOn ? `At target since ${goal.reachedTargetOn}` : 'At target';
  if (goal.progress !== null && goal.progress < 0) return 'Below baseline';
  if (goal.current === null) return 'No rating yet';
  return 'Toward target';
}

/** The goals as a table, or a sentence saying there are none (a report still goes out). */
export function goalsBlock(file: CaseFile, assessment: Assessment): Block {
  if (assessment.goals.length === 0) {
    return { kind: 'paragraph', tone: 'strong', text: 'No goals have been set for this episode. Goals are the frame of care (what the patient wants to do again): set them with the patient at the next visit.' };
  }
  return {
    kind: 'table',
    columns: [
      { heading: 'Goal', width: 30 }, { heading: 'Baseline', width: 10, align: 'right' }, { heading: 'Current', width: 20, align: 'right' },
      { heading: 'Target', width: 8, align: 'right' }, { heading: 'Progress', width: 10, align: 'right' }, { heading: 'Status', width: 22 },
    ],
    rows: assessment.goals.map((goal) => {
      const record = goalRecord(file, goal);
      const current = goal.current === null ? '–' : `${goalValue(record, goal.current)}${goal.currentOn ? ` (${goal.currentOn})` : ''}`;
      return [goal.activity, goalValue(record, goal.baseline), current, goalValue(record, goal.target), percent(goal.progress), goalStatus(goal)];
    }),
  };
}

export interface MeasureReading {
  name: string;
  first: Measure;
  latest: Measure;
  /** Latest minus first, in the instrument's points. */
  change: number;
  mic: number | null;
  /** The change in words, read against the minimal important change. */
  reading: string;
}

function reading(improvement: number, mic: number | null, count: number): string {
  if (count < 2) return 'One score so far';
  if (mic === null) return 'No published MIC to read it against';
  if (improvement >= mic) return 'Better, by at least the MIC';
  if (-improvement >= mic) return 'Worse, by at least the MIC';
  return 'No meaningful change (within the MIC)';
}

/** Each instrument scored in the episode: its first and latest score and what the change means. */
export function measureReadings(file: CaseFile, settings: Settings): MeasureReading[] {
  const changes = new Map(measureChanges(file, settings).map((change) => [change.instrument, change]));
  const seen = new Map<Measure['instrument'], Measure[]>();
  for (const measure of file.measures) seen.set(measure.instrument, [...(seen.get(measure.instrument) ?? []), measure]);
  return [...seen.entries()].flatMap(([instrument, list]) => {
    const first = list[0];
    const latest = list.at(-1);
    if (!first || !latest) return [];
    const change = changes.get(instrument);
    const mic = change?.mic ?? null;
    return [{
      name: instruments[instrument].name, first, latest, change: latest.score - first.score, mic,
      reading: reading(change?.improvement ?? 0, mic, list.length),
    }];
  });
}

export function measuresBlock(file: CaseFile, settings: Settings): Block {
  const readings = measureReadings(file, settings);
  if (readings.length === 0) return { kind: 'paragraph', tone: 'muted', text: 'No outcome measures recorded in this episode.' };
  const signed = (value: number): string => (value > 0 ? `+${number(value)}` : number(value));
  return {
    kind: 'table',
    columns: [
      { heading: 'Measure', width: 30 }, { heading: 'First', width: 16, align: 'right' }, { heading: 'Latest', width: 16, align: 'right' },
      { heading: 'Change', width: 9, align: 'right' }, { heading: 'MIC', width: 6, align: 'right' }, { heading: 'Reading', width: 23 },
    ],
    rows: readings.map((r) => [
      r.name, `${number(r.first.score)} (${r.first.date})`, `${number(r.latest.score)} (${r.latest.date})`,
      r.first === r.latest ? '–' : signed(r.change), r.mic === null ? '–' : number(r.mic), r.reading,
    ]),
  };
}

/** The relief windows in one sentence: how many sessions, the longest, the latest, the trend. */
export function reliefSummary(assessment: Assessment): string {
  const known = assessment.reliefWindows.filter((w) => w.reliefDays !== null);
  if (known.length === 0) return `No relief window known yet (${assessment.reliefWindows.length} sessions).`;
  const longest = Math.max(...known.map((w) => w.reliefDays ?? 0));
  const latest = known.at(-1);
  const latestText = latest && latest.reliefDays !== null
    ? `; the latest ${number(latest.reliefDays)} days after the session of ${latest.date.slice(0, 10)}${latest.heldToNextSession ? ' (still holding at the next session)' : latest.ongoing ? ' (still holding)' : ''}`
    : '';
  return `Relief window known after ${known.length} of ${assessment.reliefWindows.length} sessions: the longest ${number(longest)} days${latestText}. Trend: ${assessment.reliefWindowTrend.value}.`;
}
