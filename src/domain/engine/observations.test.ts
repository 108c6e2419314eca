import { describe, expect, it } from 'vitest';
import { abilityGoal, buildCase, checkIn, day, session, settingsWith } from '../../../test/support/case-builder.ts';
import { defaultSettings } from '../settings/settings.ts';
import { dayNumber } from '../time.ts';
import { knownOn } from './as-of.ts';
import { goalMic, goalObservations, goalUnit, levelOn, painObservations, SMOOTHING_DAYS } from './observations.ts';

describe('goalObservations', () => {
  it('gathers the baseline, ratings, exam findings and check-ins of one goal, in day order', () => {
    const file = knownOn(buildCase({
      goals: [
        abilityGoal('walk', 3, 8, { ratings: [{ date: day(14), value: 6, source: 'checkpoint' }] }),
        abilityGoal('lift', 2, 6),
      ],
      sessions: [session('s1', day(7), { findings: [{ goalId: 'walk', value: 5 }, { goalId: 'lift', value: 9 }] })],
      checkIns: [checkIn(day(3), { goals: [{ goalId: 'walk', value: 4 }, { goalId: 'lift', value: 3 }] })],
    }), day(30));
    const walk = file.goals.find((g) => g.id === 'walk');
    if (!walk) throw new Error('no goal');
    expect(goalObservations(file, walk).map(({ day: d, value }) => ({ day: d, value }))).toEqual([
      { day: day(0), value: 3 }, { day: day(3), value: 4 }, { day: day(7), value: 5 }, { day: day(14), value: 6 },
    ]);
  });

  it('reads pain from the check-ins', () => {
    const file = buildCase({ checkIns: [checkIn(`${day(2)}T20:00:00+02:00`, { painNow: 6 })] });
    expect(painObservations(file)).toEqual([{ day: day(2), dayNumber: dayNumber(day(2)), value: 6 }]);
  });
});

describe('levelOn', () => {
  const at = (d: string, value: number): { day: string; dayNumber: number; value: number } => ({ day: d, dayNumber: dayNumber(d), value });
  const observations = [at(day(0), 2), at(day(3), 6), at(day(4), 8)];

  it('is the median of the observations in the 7 days up to the day', () => {
    expect(SMOOTHING_DAYS).toBe(7);
    // On day 9 the window holds days 3-9; on day 10 it holds days 4-10, so day 3 has dropped out.
    expect(levelOn(observations, day(9))).toBe(7);
    expect(levelOn(observations, day(10))).toBe(8);
  });

  it('falls back to the latest earlier observation when the week is empty', () => {
    expect(levelOn(observations, day(40))).toBe(8);
  });

  it('ignores observations after the day and is null before the first', () => {
    expect(levelOn(observations, day(3))).toBe(4);
    expect(levelOn(observations, day(-1))).toBeNull();
  });
});

describe('goalMic', () => {
  it('is the ability MIC for an ability goal, from settings', () => {
    const goal = buildCase({ goals: [abilityGoal('walk', 3, 8)] }).goals[0];
    if (!goal) throw new Error('no goal');
    expect(goalMic(goal, defaultSettings)).toBe(2);
    expect(goalMic(goal, settingsWith({ goalAbilityMic: 3 }))).toBe(3);
    expect(goalUnit(goal)).toBe('points');
  });

  it('is a fraction of the distance from baseline to target for a capacity goal', () => {
    const goal = buildCase({ goals: [{ ...abilityGoal('cycle', 5, 25), measure: { kind: 'capacity', unit: 'km' } }] }).goals[0];
    if (!goal) throw new Error('no goal');
    expect(goalMic(goal, defaultSettings)).toBe(2);
    expect(goalMic(goal, settingsWith({ capacityMicFraction: 0.25 }))).toBe(5);
    expect(goalUnit(goal)).toBe('km');
  });
});
