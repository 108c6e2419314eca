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
 * goal from 3 to 8, rated 3 at every session on the given days; nothing moves unless `extra` says so.
 */
function stalled(sessionDays: readonly number[], extra: CaseParts = {}): CaseParts {
  return {
    intake: { irritability: { confirmed: 'low', confirmedOn: day(0) } },
    goals: [abilityGoal('walk', 3, 8)],
    sessions: sessionsOn(sessionDays, { findings: [{ goalId: 'walk', value: 3 }] }),
    ...extra,
  };
}

describe('plateau: sessions and days', () => {
  it('needs 21 days: 3 flat sessions over 20 days are not a plateau, over 21 days they are', () => {
    expect(run(stalled([1, 8, 15]), day(21)).plateau).toBeNull();
    const { plateau } = run(stalled([1, 8, 15]), day(22));
    expect(plateau?.since).toBe(day(1));
    expect(plateau?.reasons[0]).toMatchObject({ rule: 'plateau' });
    expect(plateau?.reasons[0]?.text).toMatch(/^3 sessions over 21 days since 2026-01-06, against the rule's 3 sessions and 21 days/);
    expect(plateau?.reasons[1]?.text).toMatch(/"Goal walk": 3 on 2026-01-06, 3 now, best 3: no gain of 2 points \(its minimal important change\); 3 ratings are too few for a trend/);
  });

  it('needs 3 sessions: 2 flat sessions over 30 days are not a plateau', () => {
    expect(run(stalled([1, 8]), day(31)).plateau).toBeNull();
  });

  it('takes the number of sessions and days from settings', () => {
    expect(run(stalled([1, 8]), day(31), settingsWith({ plateauSessions: 2 })).plateau?.since).toBe(day(1));
    expect(run(stalled([1, 8, 15]), day(15), settingsWith({ plateauMinDays: 14 })).plateau?.since).toBe(day(1));
  });

  it('dates the plateau from the earliest session since which nothing moved', () => {
    // The goal rose from 3 to 6 between sessions 1 and 2 (rated 6 from session 2 on), then stayed.
    const parts = stalled([], { sessions: [...sessionsOn([1], { findings: [{ goalId: 'walk', value: 3 }] }), ...sessionsOn([8, 15, 22, 29], { findings: [{ goalId: 'walk', value: 6 }] }).map((s, i) => ({ ...s, id: `t${i}` }))] });
    const { plateau } = run(parts, day(29));
    expect(plateau?.since).toBe(day(8));
    expect(plateau?.stallSince).toBe(day(8));
    expect(plateau?.reasons[0]?.text).toMatch(/^4 sessions over 21 days/);
  });

  it('is not called on nothing: with no rating in the period there is not enough data (spec §4c.2)', () => {
    const unrated = stalled([], { sessions: sessionsOn([1, 8, 15]) });
    const assessment = run(unrated, day(22));
    expect(assessment.plateau).toBeNull();
    expect(assessment.checkpoint.outcome).toBe('not-enough-data');
  });
});

describe('plateau: movement by change and by trend (spec §4a.4)', () => {
  it('is moving when a goal improved by its MIC (2), and not by change alone at 1.5', () => {
    const gain = (value: number): CaseParts => stalled([1, 8, 15], { checkIns: [checkIn(day(10), { goals: [{ goalId: 'walk', value }] }), checkIn(day(16), { goals: [{ goalId: 'walk', value }] })] });
    expect(run(gain(5), day(22)).checkpoint.outcome).toBe('progressing');
    // 1.5 points in five ratings: short of the MIC, and too few ratings to call the trend either way.
    const short = run(gain(4.5), day(22));
    expect(short.plateau).toBeNull();
    expect(short.checkpoint.outcome).toBe('unclear');
    expect(run(gain(4.5), day(22), settingsWith({ goalAbilityMic: 1.5 })).checkpoint.outcome).toBe('progressing');
  });

  it('calls a slow, steady climb moving when its trend projects the MIC within 6 weeks', () => {
    // From 3 to 4 (and the odd 5) over three weeks of daily ratings: one point by change, under the
    // MIC of 2, but a trend of about 2.5 points over 42 days, credibly above zero.
    const climb = [3, 3, 4, 3, 3, 4, 3, 4, 4, 3, 4, 4, 4, 3, 4, 4, 5, 4, 4, 4, 5, 4];
    const slow = stalled([1, 8, 15], { checkIns: dailyCheckIns(1, 22, (n) => ({ goals: [{ goalId: 'walk', value: climb[n - 1] ?? 3 }] })) });
    const assessment = run(slow, day(22));
    expect(assessment.plateau).toBeNull();
    expect(assessment.checkpoint.outcome).toBe('progressing');
    expect(assessment.checkpoint.reasons.map((r) => r.text).join(' ')).toMatch(/on course for its minimal important change/);
  });

  it('says "no clear movement yet" where the trend is flat but too uncertain to call', () => {
    // A point up over three weeks, in a handful of noisy ratings: not moving, not credibly flat.
    const creeping = stalled([1, 8, 15], { checkIns: [4, 9, 13, 18, 21].map((n, i) => checkIn(day(n), { goals: [{ goalId: 'walk', value: [3, 4, 3, 4, 4][i] ?? 3 }] })) });
    const assessment = run(creeping, day(22));
    expect(assessment.plateau).toBeNull();
    expect(assessment.checkpoint.outcome).toBe('unclear');
    expect(assessment.checkpoint.reasons[1]?.text).toMatch(/No clear movement yet since 2026-01-06, but too uncertain to call a plateau: look again at the next checkpoint/);
  });

  it('calls a plateau on noisy but flat daily ratings', () => {
    const noise = [3, 4, 3, 3, 4, 3, 3, 4, 3, 4, 3, 3, 4, 3, 4, 3, 3, 4, 3, 3, 4, 3];
    const flat = stalled([1, 8, 15], { checkIns: dailyCheckIns(1, 22, (n) => ({ goals: [{ goalId: 'walk', value: noise[n - 1] ?? 3 }] })) });
    const { plateau } = run(flat, day(22));
    expect(plateau?.since).toBe(day(1));
    expect(plateau?.reasons[1]?.text).toMatch(/no meaningful movement/);
  });

  it('reads check-in pain when no goal is set: a fall of 2 points is movement, 1 is not', () => {
    const pain = (after: number): CaseParts => ({
      ...stalled([1, 8, 15]),
      goals: [],
      sessions: sessionsOn([1, 8, 15]),
      checkIns: [...dailyCheckIns(0, 1, () => ({ painNow: 5 })), checkIn(day(12), { painNow: after })],
    });
    expect(run(pain(3), day(22)).plateau).toBeNull();
    const { plateau } = run(pain(4), day(22));
    expect(plateau?.reasons.find((r) => r.rule === 'goal-movement')?.text).toMatch(/Check-in pain \(no goals set\): 5 on 2026-01-06, 4 now, best 4: no gain of 2 points/);
  });
});

describe('plateau: the relief window (spec §4c.1, §4c.3)', () => {
  const extending = (relief: readonly (number | undefined)[], sessionDays: readonly number[] = [1, 8, 15, 22, 29, 36, 43]): CaseParts => ({
    goals: [abilityGoal('walk', 3, 8)],
    sessions: sessionsOn(sessionDays, { reliefDays: [undefined, ...relief], findings: [{ goalId: 'walk', value: 3 }] }),
  });

  it('counts window growth only when the median of the last 3 windows beats the best of the 3 before', () => {
    const grew = run(extending([1, 2, 1, 3, 3, 3]), day(44));
    expect(grew.phase).toBe('extending-window');
    expect(grew.plateau).toBeNull();
    expect(grew.checkpoint.outcome).toBe('progressing');
    // One 6-day window among short ones does not make the median grow.
    const once = run(extending([2, 2, 2, 6, 2, 2]), day(44));
    expect(once.plateau?.reasons.find((r) => r.rule === 'plateau-relief-window')?.text).toMatch(/median 2 days over the last 3 sessions against a best of 2 days in the 3 before.*not grown/);
  });

  it('stops counting window growth after 12 weeks in extending-window with no goal moving', () => {
    const sessionDays = Array.from({ length: 14 }, (_, i) => 1 + 7 * i);
    const creeping = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4];
    const before = run(extending(creeping, sessionDays.slice(0, 12)), day(78));
    expect(before.plateau).toBeNull();
    const after = run(extending(creeping, sessionDays), day(93));
    expect(after.plateau?.reasons.find((r) => r.rule === 'plateau-relief-window')?.text).toMatch(/over 84 days: a longer relief window alone no longer counts/);
  });

  it('does not read the window once care is blended: the goals carry the judgement', () => {
    const blended = run(stalled([1, 8, 15], { sessions: sessionsOn([1, 8, 15], { reliefDays: [undefined, 2, 5], findings: [{ goalId: 'walk', value: 3 }] }) }), day(22));
    expect(blended.phase).toBe('blended');
    expect(blended.plateau?.since).toBe(day(1));
    expect(blended.reliefWindowTrend.value).toBe('unknown');
  });
});

describe('plateau: flares pause or restart the clock (spec §4a.4)', () => {
  it('pauses for a normal flare: its days do not count, and do not restart the clock', () => {
    // A normal flare on days 10-11: 3 sessions over 21 days minus 2 flare days is not enough on day 22...
    const parts = stalled([1, 8, 15], { flares: [flare('f1', day(10), day(11))] });
    expect(run(parts, day(22)).plateau).toBeNull();
    // ... and is two days later, dated from session 1: the flare paused the clock, it did not restart it.
    const { plateau } = run(parts, day(24));
    expect(plateau?.since).toBe(day(1));
    expect(plateau?.reasons[0]?.text).toMatch(/not counting 2 days of normal flares/);
  });

  it('restarts after a flare that needed reassessment, and the checkpoint says so', () => {
    // A checkpoint on day 17 has reviewed the flare, so the checkpoint speaks of the plateau clock.
    const parts = stalled([1, 8, 15, 22, 29, 36, 43], { flares: [flare('f1', day(10), day(16))], checkpoints: [{ id: 'c1', date: day(17) }] });
    const early = run(parts, day(30));
    expect(early.plateau).toBeNull();
    expect(early.checkpoint.reasons.map((r) => r.rule)).toContain('plateau-explained');
    const { plateau } = run(parts, day(44));
    expect(plateau?.since).toBe(day(22));
    // The ladder remembers past the flare: the stall began with the first session.
    expect(plateau?.stallSince).toBe(day(1));
  });

  it('is not a plateau when a goal declined by its MIC (that is deterioration)', () => {
    const parts = stalled([1, 8, 15], { checkIns: dailyCheckIns(16, 21, () => ({ goals: [{ goalId: 'walk', value: 1 }] })) });
    const assessment = run(parts, day(22));
    expect(assessment.plateau).toBeNull();
    expect(assessment.checkpoint.outcome).toBe('deteriorating');
  });

  it('is not judged before a response exists (establishing-response asks about non-response instead)', () => {
    const parts = stalled([1, 8, 15], { intake: { irritability: { confirmed: 'moderate', confirmedOn: day(0) } } });
    const assessment = run(parts, day(22));
    expect(assessment.phase).toBe('establishing-response');
    expect(assessment.plateau).toBeNull();
  });

  it('is not called when every goal is at target', () => {
    const parts = stalled([1, 8, 15], { checkIns: [checkIn(day(0), { goals: [{ goalId: 'walk', value: 8 }] })], sessions: sessionsOn([1, 8, 15], { findings: [{ goalId: 'walk', value: 8 }] }) });
    expect(run(parts, day(22)).plateau).toBeNull();
  });
});
