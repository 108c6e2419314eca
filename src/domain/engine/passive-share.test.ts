import { describe, expect, it } from 'vitest';
import { buildCase, day, session, settingsWith } from '../../../test/support/case-builder.ts';
import { defaultSettings } from '../settings/settings.ts';
import type { PassiveSharePoint } from './assessment.ts';
import { passiveShares, passiveShareTrend } from './passive-share.ts';

/** Sessions a week apart with the given passive minutes out of 100 (the rest active). */
function sharesOf(passiveOutOf100: readonly number[]): PassiveSharePoint[] {
  return passiveShares(buildCase({
    sessions: passiveOutOf100.map((p, i) => session(`s${i + 1}`, day(i * 7), { passive: p, active: 100 - p })),
  }));
}

describe('passiveShares', () => {
  it('is passive minutes over passive plus active minutes', () => {
    const file = buildCase({
      sessions: [session('s1', day(0), {
        passive: 20, active: 20,
        modalities: [{ modality: 'massage', minutes: 10 }, { modality: 'home-exercise-program', minutes: 10 }],
      })],
    });
    expect(passiveShares(file)).toEqual([{ sessionId: 's1', date: day(0), passiveMinutes: 30, activeMinutes: 30, share: 0.5 }]);
  });

  it('leaves education and other time out of both sides', () => {
    const file = buildCase({ sessions: [session('s1', day(0), { passive: 30, modalities: [{ modality: 'education', minutes: 30 }] })] });
    expect(passiveShares(file)[0]).toMatchObject({ passiveMinutes: 30, activeMinutes: 0, share: 1 });
  });

  it('is null for a session with neither passive nor active minutes', () => {
    const file = buildCase({ sessions: [session('s1', day(0), { modalities: [{ modality: 'education', minutes: 45 }] })] });
    expect(passiveShares(file)[0]?.share).toBeNull();
  });
});

describe('passiveShareTrend', () => {
  it('is unknown with fewer than six sessions that have minutes', () => {
    const trend = passiveShareTrend(sharesOf([100, 100, 100, 50, 50]), defaultSettings);
    expect(trend.value).toBe('unknown');
    expect(trend.reasons[0]?.text).toMatch(/needs 6/);
  });

  it('is falling when the mean of the last three is lower by at least the setting, stable just short of it', () => {
    // Means 75% then 50%: a fall of 25 points, exactly representable in binary.
    const shares = sharesOf([75, 75, 75, 50, 50, 50]);
    expect(passiveShareTrend(shares, settingsWith({ passiveShareTrendChange: 0.25 })).value).toBe('falling');
    expect(passiveShareTrend(shares, settingsWith({ passiveShareTrendChange: 0.26 })).value).toBe('stable');
  });

  it('is rising when the mean of the last three is higher by at least the setting', () => {
    const trend = passiveShareTrend(sharesOf([50, 50, 50, 75, 75, 75]), settingsWith({ passiveShareTrendChange: 0.25 }));
    expect(trend.value).toBe('rising');
    expect(trend.reasons[0]?.text).toMatch(/75%, against 50%.*at least 25%.*rising/);
  });

  it('reads only the last six sessions', () => {
    expect(passiveShareTrend(sharesOf([0, 0, 0, 100, 100, 100, 100, 100, 100]), defaultSettings).value).toBe('stable');
  });

  // Known bug, reported to the lead: a fall of exactly the default 10 points (50% to 40%) is read as
  // stable, because the mean of three 0.4s is 0.4000000000000001 in floating point. When the rule
  // compares with a small tolerance (or in whole percentage points) this test starts to pass:
  // change `it.fails` to `it`.
  it('is falling at a fall of exactly the default 10 points', () => {
    expect(passiveShareTrend(sharesOf([50, 50, 50, 40, 40, 40]), defaultSettings).value).toBe('falling');
  });
});
