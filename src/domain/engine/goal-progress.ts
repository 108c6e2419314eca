// Where each goal stands: its smoothed current level, how far it has come from baseline toward
// target, and since when it has been at target: the start of the final run of smoothed levels at
// target, read on each day something was observed. A run is broken by a loss the patient would
// notice, a fall below target by the goal's minimal important change (its source: settings); a dip
// smaller than that is measurement noise, not a goal lost. Measured against simulated truth, breaking
// the run on any dip below target (half a point of a week's median) kept most patients who had reached
// and held their goals from graduating (docs/accuracy.md). Being at target now still means at or above it.
import type { CaseFile, Goal } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import type { GoalProgress } from './assessment.ts';
import { goalMic, goalObservations, levelOn, smoothedLevels } from './observations.ts';

function reachedTargetOn(file: CaseFile, goal: Goal, settings: Settings): string | null {
  const observations = goalObservations(file, goal);
  const levels = smoothedLevels(observations);
  const lost = goal.target - goalMic(goal, settings);
  let since: string | null = null;
  observations.forEach((o, i) => {
    const level = levels[i] ?? o.value;
    if (level >= goal.target) since ??= o.day;
    else if (level <= lost) since = null;
  });
  return since;
}

export function goalProgress(file: CaseFile, asOf: string, settings: Settings): GoalProgress[] {
  return file.goals.map((goal) => {
    const observations = goalObservations(file, goal);
    const latest = observations[observations.length - 1];
    const current = levelOn(observations, asOf);
    const span = goal.target - goal.baseline;
    const reached = reachedTargetOn(file, goal, settings);
    return {
      goalId: goal.id,
      activity: goal.activity,
      baseline: goal.baseline,
      target: goal.target,
      current,
      currentOn: latest ? latest.day : null,
      progress: current === null ? null : (current - goal.baseline) / span,
      atTarget: current !== null && current >= goal.target,
      reachedTargetOn: current !== null && current >= goal.target ? reached : null,
    };
  });
}
