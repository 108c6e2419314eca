import { describe, expect, it } from 'vitest';
import { abilityGoal, buildCase, checkIn, day, type CaseParts } from '../../../test/support/case-builder.ts';
import { knownOn } from './as-of.ts';
import type { GoalProgress } from './assessment.ts';
import { goalProgress } from './goal-progress.ts';
import { defaultSettings } from '../settings/settings.ts';

function progressOf(parts: CaseParts, asOf: string): GoalProgress[] {
  return goalProgress(knownOn(buildCase(parts), asOf), asOf, defaultSettings);
}

/** A walking goal from 3 to 8 with check-ins of the given values on the given days. */
function walking(values: Record<number, number>): CaseParts {
  return {
    goals: [abilityGoal('walk', 3, 8)],
    checkIns: Object.entries(values).map(([n, value]) => checkIn(day(Number(n)), { goals: [{ goalId: 'walk', value }] })),
  };
}

describe('goalProgress', () => {
  it('stands at the baseline before anything is observed', () => {
    expect(progressOf(walking({}), day(5))).toEqual([{
      goalId: 'walk', activity: 'Goal walk', baseline: 3, target: 8, current: 3, currentOn: day(0),
      progress: 0, atTarget: false, reachedTargetOn: null,
    }]);
  });

  it('measures progress as the share of the way from baseline to target, from the smoothed level', () => {
    const [walk] = progressOf(walking({ 10: 5, 11: 6, 12: 7 }), day(12));
    expect(walk).toMatchObject({ current: 6, currentOn: day(12), progress: 0.6, atTarget: false });
  });

  it('may fall below 0 when the goal is worse than its baseline', () => {
    const [walk] = progressOf(walking({ 10: 1 }), day(12));
    expect(walk?.progress).toBeCloseTo(-0.4);
  });

  it('is at target when the smoothed level reaches the target, not one below it', () => {
    expect(progressOf(walking({ 10: 8 }), day(12))[0]).toMatchObject({ atTarget: true, reachedTargetOn: day(10) });
    expect(progressOf(walking({ 10: 7 }), day(12))[0]).toMatchObject({ atTarget: false, reachedTargetOn: null });
  });

  it('dates reaching the target from the start of the last unbroken run at target', () => {
    // At target on day 10, a dip on day 20 (two low check-ins pull the median below 8), back on day 30.
    const [walk] = progressOf(walking({ 10: 8, 20: 5, 21: 5, 30: 8, 31: 8, 32: 8 }), day(33));
    expect(walk).toMatchObject({ atTarget: true, reachedTargetOn: day(30) });
  });

  it('keeps the run through a dip smaller than the minimal important change (2 points): noise, not a goal lost', () => {
    // At target on day 10; on day 20 a week's median of 7 (one below target), back at 8 on day 30.
    const [walk] = progressOf(walking({ 10: 8, 20: 7, 21: 7, 30: 8, 31: 8, 32: 8 }), day(33));
    expect(walk).toMatchObject({ atTarget: true, reachedTargetOn: day(10) });
    // Below target by 2 points, the minimal important change, the run is broken.
    const [lost] = progressOf(walking({ 10: 8, 20: 6, 21: 6, 30: 8, 31: 8, 32: 8 }), day(33));
    expect(lost).toMatchObject({ atTarget: true, reachedTargetOn: day(30) });
  });

  it('does not see check-ins after the as-of day', () => {
    expect(progressOf(walking({ 10: 8 }), day(9))[0]).toMatchObject({ current: 3, atTarget: false });
  });
});
