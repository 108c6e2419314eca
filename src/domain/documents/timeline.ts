// The episode's timeline as chart series (spec §6: relief-window history as a chart): the relief
// window after each session, each goal's way from baseline to target, flares shaded by class, the
// phases along the foot and the checkpoints held. Goal lines use the engine's smoothed level (the
// week's median, src/domain/engine/observations.ts), one point a day, so a year of daily check-ins
// draws as a readable line and the chart agrees with the goals table.
import type { Assessment } from '../engine/assessment.ts';
import { goalObservations, smoothedLevels } from '../engine/observations.ts';
import { flareLabel, phaseLabel } from '../labels.ts';
import type { CaseFile } from '../records/case-file.ts';
import { dayOf, isKnownOn } from '../time.ts';
import type { TimelineChart } from './model.ts';

/** Most points a goal line keeps: about one a day for a year; longer episodes are thinned evenly. */
const MAX_POINTS_PER_GOAL = 400;

function goalLine(file: CaseFile, goal: CaseFile['goals'][number], asOf: string): { date: string; percent: number }[] {
  const observations = goalObservations(file, goal);
  const levels = smoothedLevels(observations);
  const span = goal.target - goal.baseline;
  const byDay = new Map<string, number>();
  observations.forEach((o, i) => {
    if (isKnownOn(o.day, asOf)) byDay.set(o.day, ((levels[i] ?? o.value) - goal.baseline) / span * 100);
  });
  const points = [...byDay.entries()].map(([date, percent]) => ({ date, percent }));
  if (points.length <= MAX_POINTS_PER_GOAL) return points;
  const step = points.length / MAX_POINTS_PER_GOAL;
  return Array.from({ length: MAX_POINTS_PER_GOAL }, (_, i) => points[Math.floor(i * step)]).filter((p) => p !== undefined).concat(points.slice(-1));
}

/** `file` is the case file as known on the as-of day (engine/as-of.ts), every list sorted. */
export function timelineChart(file: CaseFile, assessment: Assessment): TimelineChart {
  const { asOf } = assessment;
  const from = file.episode.startDate;
  const phases = assessment.phaseHistory.map((change, i) => ({
    phase: change.phase,
    label: phaseLabel[change.phase],
    from: dayOf(change.since),
    to: dayOf(assessment.phaseHistory[i + 1]?.since ?? asOf),
  }));
  const flares = assessment.flares.map((flare) => ({
    start: dayOf(flare.start), end: dayOf(flare.end ?? asOf), classification: flare.classification, label: flareLabel[flare.classification],
  }));
  const reliefWindows = assessment.reliefWindows.map((w) => ({ date: dayOf(w.date), days: w.reliefDays, censored: w.heldToNextSession || w.ongoing }));
  const goals = file.goals.map((goal) => ({ label: goal.activity, points: goalLine(file, goal, asOf) }));
  const known = reliefWindows.filter((w) => w.days !== null).length;
  const summary = [
    `From ${from} to ${asOf}: the relief window after each of ${reliefWindows.length} sessions (bars, days; ${known} known)`,
    goals.length > 0 ? `${goals.length} goal${goals.length === 1 ? '' : 's'} as the way from baseline (0%) to target (100%) (lines)` : 'no goals',
    `${flares.length} flare${flares.length === 1 ? '' : 's'} shaded by class`,
    `${phases.length} phase${phases.length === 1 ? '' : 's'} along the foot (see the phase history).`,
  ].join('; ');
  return {
    from, to: asOf, reliefWindows, goals, flares, phases,
    checkpoints: file.checkpoints.map((c) => c.date),
    summary,
  };
}
