import { describe, expect, it } from 'vitest';
import {
  abilityGoal, at, buildCase, dailyCheckIns, day, flare, session, settingsWith, type CaseParts,
} from '../../../test/support/case-builder.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { knownOn } from './as-of.ts';
import type { AssessedFlare } from './assessment.ts';
import { assessFlares } from './flares.ts';

function flaresOf(parts: CaseParts, asOf: string, earlyUntil: string | null = null, settings: Settings = defaultSettings): AssessedFlare[] {
  return assessFlares(knownOn(buildCase(parts), asOf), asOf, earlyUntil, settings);
}

function recorded(parts: CaseParts, asOf: string, earlyUntil: string | null = null, settings: Settings = defaultSettings): AssessedFlare {
  const found = flaresOf(parts, asOf, earlyUntil, settings).find((f) => f.id === 'f1');
  if (!found) throw new Error('flare f1 not assessed');
  return found;
}

describe('flare duration against the settle window', () => {
  it('is normal when it settled in 71 h, reassess at 73 h (default 72 h)', () => {
    const normal = recorded({ flares: [flare('f1', at(10, 8), at(13, 7))] }, day(20));
    expect(normal.classification).toBe('normal');
    expect(normal.reasons[0]?.text).toMatch(/Settled in 71 h \(within 72 h\)/);
    const long = recorded({ flares: [flare('f1', at(10, 8), at(13, 9))] }, day(20));
    expect(long.classification).toBe('reassess');
    expect(long.reasons[0]).toMatchObject({ rule: 'flare-duration' });
    expect(long.reasons[0]?.text).toMatch(/Lasted 73 h, longer than the 72 h/);
  });

  it('takes the settle window from settings', () => {
    const parts = { flares: [flare('f1', at(10, 8), at(12, 10))] };
    expect(recorded(parts, day(20)).classification).toBe('normal');
    const strict = recorded(parts, day(20), null, settingsWith({ flareSettleHours: 48 }));
    expect(strict.classification).toBe('reassess');
    expect(strict.reasons[0]?.text).toMatch(/50 h, longer than the 48 h/);
  });

  it('counts whole days between bare dates: 3 days is within 72 h, 4 days is not', () => {
    expect(recorded({ flares: [flare('f1', day(10), day(13))] }, day(20)).classification).toBe('normal');
    expect(recorded({ flares: [flare('f1', day(10), day(14))] }, day(20)).classification).toBe('reassess');
  });
});

describe('a flare under way', () => {
  // The as-of day ends at 23:59:59 UTC on day 13.
  it('is open under 72 h and reassess past it', () => {
    const open = recorded({ flares: [flare('f1', at(11, 1))] }, day(13));
    expect(open).toMatchObject({ classification: 'open', end: null });
    expect(open.reasons[0]?.text).toMatch(/Under way for 71 h; it is judged once it ends or passes 72 h/);
    const long = recorded({ flares: [flare('f1', at(10, 23))] }, day(13));
    expect(long.classification).toBe('reassess');
    expect(long.reasons[0]?.text).toMatch(/Under way for 73 h, past the 72 h/);
  });

  it('is still under way on the as-of day when its end is recorded later', () => {
    expect(recorded({ flares: [flare('f1', at(12, 8), at(14, 8))] }, day(13)).end).toBeNull();
  });
});

describe('expected soreness', () => {
  const sessionAt = session('s1', at(10, 9));

  it('is a flare that starts within 48 h of a session before movement entry; at 49 h it is a flare', () => {
    const within = recorded({ sessions: [sessionAt], flares: [flare('f1', at(12, 9), at(13, 9))] }, day(20));
    expect(within.classification).toBe('expected-soreness');
    expect(within.reasons[0]?.text).toMatch(/within 48 h of the session on 2026-01-15/);
    const after = recorded({ sessions: [sessionAt], flares: [flare('f1', at(12, 10), at(13, 9))] }, day(20));
    expect(after.classification).toBe('normal');
  });

  it('takes the soreness window from settings', () => {
    const parts = { sessions: [sessionAt], flares: [flare('f1', at(12, 9), at(13, 9))] };
    expect(recorded(parts, day(20), null, settingsWith({ sorenessWindowHours: 24 })).classification).toBe('normal');
  });

  it('is not expected soreness once movement entry has begun', () => {
    const parts = { sessions: [sessionAt], flares: [flare('f1', at(11, 9), at(12, 9))] };
    expect(recorded(parts, day(20), day(11)).classification).toBe('normal');
    expect(recorded(parts, day(20), day(12)).classification).toBe('expected-soreness');
  });

  it('does not count a flare that starts before the session', () => {
    const parts = { sessions: [sessionAt], flares: [flare('f1', at(10, 8), at(11, 8))] };
    expect(recorded(parts, day(20)).classification).toBe('normal');
  });
});

describe('a flare that leaves the patient below baseline', () => {
  // Pain 3 in the week before a 2-day flare (days 10-12), then `after` in the 3 days after it.
  const parts = (after: number): CaseParts => ({
    flares: [flare('f1', day(10), day(12))],
    checkIns: [...dailyCheckIns(3, 9, () => ({ painNow: 3 })), ...dailyCheckIns(13, 15, () => ({ painNow: after }))],
  });

  it('needs reassessment when pain after is higher by the pain MIC (2), not by 1', () => {
    const worse = recorded(parts(5), day(20));
    expect(worse.classification).toBe('reassess');
    expect(worse.reasons[0]).toMatchObject({ rule: 'flare-below-baseline' });
    expect(worse.reasons[0]?.text).toMatch(/median 5\/10 in the 3 days after.*2 points above the 3\/10.*minimal important change is 2 points/);
    expect(recorded(parts(4), day(20)).classification).toBe('normal');
  });

  it('takes the pain MIC from settings', () => {
    expect(recorded(parts(4), day(20), null, settingsWith({ painMic: 1 })).classification).toBe('reassess');
  });

  it('judges a goal by its own MIC: a drop of 2 in ability needs reassessment, 1 does not', () => {
    const goalParts = (after: number): CaseParts => ({
      goals: [abilityGoal('walk', 3, 8)],
      flares: [flare('f1', day(10), day(12))],
      checkIns: [
        ...dailyCheckIns(3, 9, () => ({ goals: [{ goalId: 'walk', value: 6 }] })),
        ...dailyCheckIns(13, 15, () => ({ goals: [{ goalId: 'walk', value: after }] })),
      ],
    });
    const dropped = recorded(goalParts(4), day(20));
    expect(dropped.classification).toBe('reassess');
    expect(dropped.reasons[0]?.text).toMatch(/"Goal walk" after the flare \(4\) is 2 below the 6 before it/);
    expect(recorded(goalParts(5), day(20)).classification).toBe('normal');
  });
});

describe('assessFlares', () => {
  it('merges recorded and proposed flares in order of start, proposals marked and explained', () => {
    const all = flaresOf({
      flares: [flare('f1', day(25), day(26))],
      checkIns: [...dailyCheckIns(1, 7, () => ({ painNow: 2 })), ...dailyCheckIns(8, 9, () => ({ painNow: 6 })), ...dailyCheckIns(10, 12, () => ({ painNow: 2 }))],
    }, day(30));
    expect(all.map((f) => [f.id, f.recorded])).toEqual([['proposed-2026-01-13', false], ['f1', true]]);
    expect(all[0]?.reasons[0]).toMatchObject({ rule: 'flare-proposed' });
    expect(all[0]?.reasons[0]?.text).toMatch(/pain 6\/10 against a baseline of 2\/10 \(a rise of at least 2 points\)/);
  });
});
