// Where each goal stands: its smoothed current level, how far it has come from baseline toward
// target, and since when it has been at target (the start of the final unbroken run of smoothed
// levels at or above target, read on each day something was observed).
import type { CaseFile, Goal } from '../records/case-file.ts';
import type { GoalProgress } from './assessment.ts';
import { goalObservations, levelOn, smoothedLevels } from './observations.ts';

function reachedTargetOn(file: CaseFile, goal: Goal): string | null {
  const observations = goalObservations(file, goal);
  const levels = smoothedLevels(observations);
  let since: string | null = null;
  observations.forEach((o, i) => {
    const level = levels[i] ?? o.value;
    if (level >= goal.target) since ??= o.day;
    else since = null;
  });
  return since;
}

export function goalProgress(file: CaseFile, asOf: string): GoalProgress[] {
  return file.goals.map((goal) => {
    const observations = goalObservations(file, goal);
    const latest = observations[observations.length - 1];
    const current = levelOn(observations, asOf);
    const span = goal.target - goal.baseline;
    const reached = reachedTargetOn(file, goal);
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
