import { describe, expect, it } from 'vitest';
import {
  abilityGoal, at, buildCase, dailyCheckIns, day, flare, session, settingsWith, type CaseParts,
} from '../../../test/support/case-builder.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { knownOn } from './as-of.ts';
import type { AssessedFlare } from './assessment.ts';
import { assessFlares, type EarlyPhase } from './flares.ts';

/** The establishing-response phase from day 0 with no first relief window yet: soreness can be expected. */
const early: EarlyPhase = { from: day(0), until: null };

function flaresOf(parts: CaseParts, asOf: string, phase: EarlyPhase | null = early, settings: Settings = defaultSettings): AssessedFlare[] {
  return assessFlares(knownOn(buildCase(parts), asOf), asOf, phase, settings);
}

function recorded(parts: CaseParts, asOf: string, phase: EarlyPhase | null = early, settings: Settings = defaultSettings): AssessedFlare {
  const found = flaresOf(parts, asOf, phase, settings).find((f) => f.id === 'f1');
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
    const strict = recorded(parts, day(20), early, settingsWith({ flareSettleHours: 48 }));
    expect(strict.classification).toBe('reassess');
    expect(strict.reasons[0]?.text).toMatch(/50 h, longer than the 48 h/);
  });

  it('with dates only, has settled when its last day is no later than 3 calendar days after its first, and says so (spec §4a.3)', () => {
    const normal = recorded({ flares: [flare('f1', day(10), day(13))] }, day(20));
    expect(normal.classification).toBe('normal');
    expect(normal.reasons[0]?.text).toMatch(/3 calendar days from its first day to its last \(only dates were known\)/);
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
    expect(long.reasons[0]?.text).toMatch(/Under way for 73 h: past the 72 h/);
  });

  it('is still under way on the as-of day when its end is recorded later', () => {
    expect(recorded({ flares: [flare('f1', at(12, 8), at(14, 8))] }, day(13)).end).toBeNull();
  });
});

describe('expected soreness (spec §4a.2, §4a.3, §4c.4)', () => {
  const sessionAt = session('s1', at(10, 9));

  it('starts within 48 h of a session in the early phase and is over within 48 h; at 49 h it is a flare', () => {
    const within = recorded({ sessions: [sessionAt], flares: [flare('f1', at(12, 9), at(13, 9))] }, day(20));
    expect(within.classification).toBe('expected-soreness');
    expect(within.reasons[0]?.text).toMatch(/Started 48 h after the session on 2026-01-15, after session 1 in the early phase, and over in 24 h \(within 48 h\)/);
    const after = recorded({ sessions: [sessionAt], flares: [flare('f1', at(12, 10), at(13, 9))] }, day(20));
    expect(after.classification).toBe('normal');
  });

  it('takes the soreness window from settings', () => {
    const parts = { sessions: [sessionAt], flares: [flare('f1', at(12, 9), at(13, 9))] };
    expect(recorded(parts, day(20), early, settingsWith({ sorenessWindowHours: 24 })).classification).toBe('normal');
  });

  it('belongs to the establishing-response phase: after the first relief window it is a flare', () => {
    const parts = { sessions: [sessionAt], flares: [flare('f1', at(11, 9), at(12, 9))] };
    const past = recorded(parts, day(20), { from: day(0), until: day(11) });
    expect(past.classification).toBe('normal');
    expect(past.reasons[0]?.text).toMatch(/past the early phase/);
    expect(recorded(parts, day(20), { from: day(0), until: day(12) }).classification).toBe('expected-soreness');
    // A low-irritability start has no establishing-response phase at all.
    expect(recorded(parts, day(20), null).classification).toBe('normal');
  });

  it('belongs to the first 4 sessions: after the fifth it is a flare', () => {
    const sessions = [1, 3, 5, 7, 9].map((n, i) => session(`s${i + 1}`, at(n, 9)));
    const afterFourth = recorded({ sessions: sessions.slice(0, 4), flares: [flare('f1', at(8, 9), at(9, 8))] }, day(20));
    expect(afterFourth.classification).toBe('expected-soreness');
    const afterFifth = recorded({ sessions, flares: [flare('f1', at(10, 9), at(11, 8))] }, day(20));
    expect(afterFifth.classification).toBe('normal');
    expect(afterFifth.reasons[0]?.text).toMatch(/session 5; expected soreness belongs to the first 4 sessions: a flare/);
  });

  it('is never soreness when it lasted over 48 h, or rose more than 3 points, or left the patient below baseline', () => {
    const long = recorded({ sessions: [sessionAt], flares: [flare('f1', at(10, 20), at(13, 9))] }, day(20));
    expect(long.classification).toBe('normal');
    expect(long.reasons.map((r) => r.rule)).toContain('soreness-duration');
    const baseline = dailyCheckIns(3, 9, () => ({ painNow: 3 }));
    const big = recorded({ sessions: [sessionAt], checkIns: baseline, flares: [flare('f1', at(10, 20), at(11, 20), { peakPain: 7 })] }, day(20));
    expect(big.classification).toBe('normal');
    expect(big.reasons[0]?.text).toMatch(/pain rose to 7\/10 from a baseline of 3\/10, more than the 3-point rise of expected soreness/);
    const mild = recorded({ sessions: [sessionAt], checkIns: baseline, flares: [flare('f1', at(10, 20), at(11, 20), { peakPain: 6 })] }, day(20));
    expect(mild.classification).toBe('expected-soreness');
    const dropped = recorded({ sessions: [sessionAt], checkIns: [...baseline, ...dailyCheckIns(12, 14, () => ({ painNow: 6 }))], flares: [flare('f1', at(10, 20), at(11, 20))] }, day(20));
    expect(dropped.classification).toBe('reassess');
  });

  it('with dates only, starts on the session day or the next, and the reason says only dates were known', () => {
    const sameDay = session('s1', day(10));
    const next = recorded({ sessions: [sameDay], flares: [flare('f1', day(11), day(12))] }, day(20));
    expect(next.classification).toBe('expected-soreness');
    expect(next.reasons[0]?.text).toMatch(/on the day after the session on 2026-01-15 \(only dates were known\)/);
    expect(recorded({ sessions: [sameDay], flares: [flare('f1', day(12), day(13))] }, day(20)).classification).toBe('normal');
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
    expect(recorded(parts(4), day(20), early, settingsWith({ painMic: 1 })).classification).toBe('reassess');
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
    expect(all[0]?.reasons[0]?.text).toMatch(/pain 6\/10 against a baseline of 2\/10 \(a rise of at least 2 points, to at least 4\/10\)/);
  });

  it('lets a recorded flare win over a proposed one that overlaps it (spec §4c.4)', () => {
    const checkIns = [...dailyCheckIns(1, 7, () => ({ painNow: 2 })), ...dailyCheckIns(8, 10, () => ({ painNow: 6 })), ...dailyCheckIns(11, 14, () => ({ painNow: 2 }))];
    const all = flaresOf({ flares: [flare('f1', day(9), day(11))], checkIns }, day(20));
    expect(all.map((f) => f.id)).toEqual(['f1']);
  });

  it('counts two records of one flare once, marking the second as a likely double entry', () => {
    const all = flaresOf({ flares: [flare('f1', day(10), day(16)), flare('f2', at(10, 14), at(16, 9), { recordedBy: 'clinician' })] }, day(20));
    expect(all.map((f) => [f.id, f.duplicateOf])).toEqual([['f1', undefined], ['f2', 'f1']]);
    expect(all[1]?.reasons[0]?.text).toMatch(/likely a double entry, counted once/);
  });

  it('proposes no flare from a rise that stays under 4/10 (spec §4c.4)', () => {
    const checkIns = [...dailyCheckIns(1, 7, () => ({ painNow: 1 })), ...dailyCheckIns(8, 9, () => ({ painNow: 3 })), ...dailyCheckIns(10, 12, () => ({ painNow: 1 }))];
    expect(flaresOf({ checkIns }, day(20))).toEqual([]);
    expect(flaresOf({ checkIns }, day(20), early, settingsWith({ flareDetectMinPain: 3 })).map((f) => f.recorded)).toEqual([false]);
  });
});
