import { describe, expect, it } from 'vitest';
import {
  abilityGoal, buildCase, checkIn, dailyCheckIns, day, flare, sessionsOn, settingsWith, type CaseParts,
} from '../../../test/support/case-builder.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { assess } from './assess.ts';
import type { Assessment } from './assessment.ts';

function run(parts: CaseParts, asOf: string, settings: Settings = defaultSettings): Assessment {
  return assess(buildCase(parts), asOf, settings);
}

/**
 * A low-irritability patient (blended from the start, so the plateau rule applies) with a walking
 * goal from 3 to 8 and sessions on the given days; nothing else moves unless `extra` says so.
 */
function stalled(sessionDays: readonly number[], extra: CaseParts = {}): CaseParts {
  return {
    intake: { irritability: { confirmed: 'low', confirmedOn: day(0) } },
    goals: [abilityGoal('walk', 3, 8)],
    sessions: sessionsOn(sessionDays),
    ...extra,
  };
}

describe('plateau: sessions and days', () => {
  it('needs 21 days: 3 flat sessions over 20 days are not a plateau, over 21 days they are', () => {
    expect(run(stalled([1, 8, 15]), day(21)).plateau).toBeNull();
    const { plateau } = run(stalled([1, 8, 15]), day(22));
    expect(plateau?.since).toBe(day(1));
    expect(plateau?.reasons[0]).toMatchObject({ rule: 'plateau' });
    expect(plateau?.reasons[0]?.text).toMatch(/3 sessions over 21 days since 2026-01-06 \(the rule needs at least 3 sessions and 21 days\)/);
    expect(plateau?.reasons.map((r) => r.rule)).toEqual(['plateau', 'plateau-goals', 'plateau-relief-window']);
    expect(plateau?.reasons[1]?.text).toMatch(/"Goal walk": 3 on 2026-01-06, 3 now, best 3: no gain of 2/);
  });

  it('needs 3 sessions: 2 flat sessions over 30 days are not a plateau', () => {
    expect(run(stalled([1, 8]), day(31)).plateau).toBeNull();
  });

  it('takes the number of sessions and days from settings', () => {
    expect(run(stalled([1, 8]), day(31), settingsWith({ plateauSessions: 2 })).plateau?.since).toBe(day(1));
    expect(run(stalled([1, 8, 15]), day(15), settingsWith({ plateauMinDays: 14 })).plateau?.since).toBe(day(1));
  });

  it('dates the plateau from the earliest session since which nothing moved', () => {
    // The goal rose from 3 to 6 between sessions 1 and 2 (check-ins on days 5-7), then stayed.
    const parts = stalled([1, 8, 15, 22, 29], { checkIns: dailyCheckIns(5, 7, () => ({ goals: [{ goalId: 'walk', value: 6 }] })) });
    const { plateau } = run(parts, day(29));
    expect(plateau?.since).toBe(day(8));
    expect(plateau?.reasons[0]?.text).toMatch(/^4 sessions over 21 days/);
  });

  // Known bug, reported to the lead: with a single check-in at 6, the smoothed level on that day is
  // the median of it and the baseline (4.5), and bestChange reads levels only on observation days,
  // so the later level of 6 is never counted as the best. The rule then reports "3 on day 1, 6 now,
  // best 4.5: no gain of 2" and dates the plateau from session 1, across a gain of 3 points.
  // When `best` includes `now` (or levels are read on every day), change `it.fails` to `it`.
  it('counts a gain that shows only once the smoothing week has passed', () => {
    const parts = stalled([1, 8, 15, 22, 29], { checkIns: [checkIn(day(5), { goals: [{ goalId: 'walk', value: 6 }] })] });
    expect(run(parts, day(29)).plateau?.since).toBe(day(8));
  });
});

describe('plateau: what counts as movement', () => {
  it('is not a plateau when a goal improved by its MIC (2), and is at 1.5', () => {
    const gain = (value: number): CaseParts => stalled([1, 8, 15], { checkIns: [checkIn(day(10), { goals: [{ goalId: 'walk', value }] })] });
    expect(run(gain(5), day(22)).plateau).toBeNull();
    expect(run(gain(4.5), day(22)).plateau).not.toBeNull();
    expect(run(gain(4.5), day(22), settingsWith({ goalAbilityMic: 1.5 })).plateau).toBeNull();
  });

  it('is not a plateau when the relief window grew by a day, and is when it did not', () => {
    const windows = (relief: readonly number[]): CaseParts => stalled([], { sessions: sessionsOn([1, 8, 15], { reliefDays: [undefined, ...relief] }) });
    expect(run(windows([1, 2]), day(22)).plateau).toBeNull();
    const flat = run(windows([1, 1]), day(22)).plateau;
    expect(flat?.reasons.find((r) => r.rule === 'plateau-relief-window')?.text).toMatch(/at most 1 day in the period against 1 day at the sessions before: not grown by 1 day/);
  });

  it('cannot call the window stalled while most windows held to the next session, in the extending-window phase', () => {
    // Sessions 5 days apart; each window reported as 5 days or more, so it held to the next session
    // and is censored at 5 (spec §2): it may have grown, it cannot show it.
    const held = (irritability: 'moderate' | 'low', relief: number): CaseParts => ({
      ...stalled([]),
      intake: { irritability: { confirmed: irritability, confirmedOn: day(0) } },
      sessions: sessionsOn([1, 6, 11, 16, 21, 26], { reliefDays: [undefined, relief, relief, relief, relief, relief] }),
    });
    const extending = run(held('moderate', 5), day(30));
    expect(extending.phase).toBe('extending-window');
    expect(extending.plateau).toBeNull();
    // Windows that ended before the next session are not censored: 3 days each time is a stall.
    expect(run(held('moderate', 3), day(30)).plateau?.reasons.find((r) => r.rule === 'plateau-relief-window')?.text).toMatch(/not grown by 1 day/);
    // One short window among held ones (a misread check-in, say) does not settle it; a majority of short ones does.
    const mixed = (relief: readonly number[]): CaseParts => ({ ...held('moderate', 5), sessions: sessionsOn([1, 6, 11, 16, 21, 26], { reliefDays: [undefined, ...relief] }) });
    expect(run(mixed([5, 5, 2, 5, 5]), day(30)).plateau).toBeNull();
    expect(run(mixed([5, 3, 2, 3, 5]), day(30)).plateau).not.toBeNull();
    // In the blended phase the goals carry the judgement: the same held windows do not stop it.
    const blended = run(held('low', 5), day(30)).plateau;
    expect(blended?.reasons.find((r) => r.rule === 'plateau-relief-window')?.text).toMatch(/most windows held to the next session, so whether it grew is not known/);
  });

  it('reads check-in pain when no goal is set: a fall of 2 points is movement, 1 is not', () => {
    const pain = (after: number): CaseParts => ({
      ...stalled([1, 8, 15]),
      goals: [],
      checkIns: [...dailyCheckIns(0, 1, () => ({ painNow: 5 })), checkIn(day(12), { painNow: after })],
    });
    expect(run(pain(3), day(22)).plateau).toBeNull();
    const { plateau } = run(pain(4), day(22));
    expect(plateau?.reasons.find((r) => r.rule === 'plateau-pain')?.text).toMatch(/No goals set; check-in pain 5\/10 on 2026-01-06, 4\/10 now: no fall of 2 points/);
  });
});

describe('plateau: what rules it out', () => {
  it('is explained by a flare in the period, and the checkpoint says so', () => {
    const assessment = run(stalled([1, 8, 15], { flares: [flare('f1', day(10), day(11))] }), day(22));
    expect(assessment.plateau).toBeNull();
    expect(assessment.checkpoint.reasons.find((r) => r.rule === 'plateau-explained')?.text).toMatch(/the normal flare from 2026-01-15 to 2026-01-16 explains the stall/);
  });

  it('judges the stall again from the first session after the flare', () => {
    // A normal flare on days 10-11; sessions 15, 22, 29 and 36 are flat over 28 days: a plateau since day 15.
    const { plateau } = run(stalled([1, 8, 15, 22, 29, 36], { flares: [flare('f1', day(10), day(11))] }), day(43));
    expect(plateau?.since).toBe(day(15));
  });

  it('is not a plateau when a goal declined by its MIC (that is deterioration)', () => {
    const parts = stalled([1, 8, 15], { checkIns: dailyCheckIns(16, 21, () => ({ goals: [{ goalId: 'walk', value: 1 }] })) });
    expect(run(parts, day(22)).plateau).toBeNull();
  });

  it('is not explained by a flare that ended before the period', () => {
    // Recorded on the day before the first session, two days long: over before session 1.
    expect(run(stalled([3, 10, 17], { flares: [flare('f1', day(0), day(1))] }), day(24)).plateau).not.toBeNull();
  });

  it('is not judged before a response exists (establishing-response asks about non-response instead)', () => {
    const parts = stalled([1, 8, 15], { intake: { irritability: { confirmed: 'moderate', confirmedOn: day(0) } } });
    const assessment = run(parts, day(22));
    expect(assessment.phase).toBe('establishing-response');
    expect(assessment.plateau).toBeNull();
  });

  it('is not called when every goal is at target', () => {
    const parts = stalled([1, 8, 15], { goals: [abilityGoal('walk', 3, 8)], checkIns: [checkIn(day(0), { goals: [{ goalId: 'walk', value: 8 }] })] });
    expect(run(parts, day(22)).plateau).toBeNull();
  });
});
