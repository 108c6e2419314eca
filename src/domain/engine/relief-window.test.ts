import { describe, expect, it } from 'vitest';
import { buildCase, checkIn, day, dailyCheckIns, session, sessionsOn, type CaseParts } from '../../../test/support/case-builder.ts';
import { knownOn } from './as-of.ts';
import { dayWindowReached, describeWindow, reliefWindows, type ReliefWindow } from './relief-window.ts';

function windowsOf(parts: CaseParts, asOf: string): ReliefWindow[] {
  return reliefWindows(knownOn(buildCase(parts), asOf), asOf);
}

describe('relief window from the report at the next session', () => {
  it('takes a reported window shorter than the gap as it is, not held', () => {
    // Sessions a week apart; at the second the patient says relief lasted 6 days.
    const [first] = windowsOf({ sessions: sessionsOn([0, 7], { reliefDays: [undefined, 6] }) }, day(7));
    expect(first).toMatchObject({ reliefDays: 6, heldToNextSession: false, source: 'reported', knownOn: day(7) });
  });

  it('caps a report at the gap and marks it held to the next session', () => {
    const [atGap] = windowsOf({ sessions: sessionsOn([0, 7], { reliefDays: [undefined, 7] }) }, day(7));
    expect(atGap).toMatchObject({ reliefDays: 7, heldToNextSession: true });
    const [beyond] = windowsOf({ sessions: sessionsOn([0, 7], { reliefDays: [undefined, 12] }) }, day(7));
    expect(beyond).toMatchObject({ reliefDays: 7, heldToNextSession: true, source: 'reported' });
  });

  it('prefers the report to the check-ins', () => {
    const windows = windowsOf({
      sessions: sessionsOn([0, 7], { reliefDays: [undefined, 2] }),
      checkIns: dailyCheckIns(1, 6, () => ({ reliefSinceLastSession: true })),
    }, day(7));
    expect(windows[0]).toMatchObject({ reliefDays: 2, source: 'reported' });
  });

  it('reads the check-ins when the report is null (not known)', () => {
    const windows = windowsOf({
      sessions: sessionsOn([0, 7], { reliefDays: [undefined, null] }),
      checkIns: dailyCheckIns(1, 3, () => ({ reliefSinceLastSession: true })),
    }, day(7));
    expect(windows[0]?.source).toBe('check-ins');
  });
});

describe('relief window from check-ins', () => {
  it('lasts through the last "yes" before the first "no"', () => {
    const windows = windowsOf({
      sessions: sessionsOn([0, 7]),
      checkIns: [...dailyCheckIns(1, 3, () => ({ reliefSinceLastSession: true })), checkIn(day(4), { reliefSinceLastSession: false })],
    }, day(7));
    expect(windows[0]).toMatchObject({ reliefDays: 3, heldToNextSession: false, source: 'check-ins', knownOn: day(4) });
  });

  it('is 0 days when the first answer is "no"', () => {
    const windows = windowsOf({ sessions: sessionsOn([0, 7]), checkIns: [checkIn(day(1), { reliefSinceLastSession: false })] }, day(7));
    expect(windows[0]).toMatchObject({ reliefDays: 0, heldToNextSession: false });
  });

  it('holds to the next session when the last "yes" is the day before it (gap of 1 day), not 2', () => {
    const held = windowsOf({ sessions: sessionsOn([0, 7]), checkIns: dailyCheckIns(1, 6, () => ({ reliefSinceLastSession: true })) }, day(7));
    expect(held[0]).toMatchObject({ reliefDays: 7, heldToNextSession: true });
    const short = windowsOf({ sessions: sessionsOn([0, 7]), checkIns: dailyCheckIns(1, 5, () => ({ reliefSinceLastSession: true })) }, day(7));
    expect(short[0]).toMatchObject({ reliefDays: 5, heldToNextSession: false });
  });

  it('assumes relief continued across missing days between two "yes" answers', () => {
    const windows = windowsOf({
      sessions: sessionsOn([0, 7]),
      checkIns: [1, 4, 6].map((n) => checkIn(day(n), { reliefSinceLastSession: true })),
    }, day(7));
    expect(windows[0]).toMatchObject({ reliefDays: 7, heldToNextSession: true });
  });

  it('does not read a check-in made on the day of the next session', () => {
    // A "yes" on day 7 is about session 2 already; without day 6 the gap from day 5 is 2 days.
    const windows = windowsOf({
      sessions: sessionsOn([0, 7]),
      checkIns: [...dailyCheckIns(1, 5, () => ({ reliefSinceLastSession: true })), checkIn(day(7), { reliefSinceLastSession: true })],
    }, day(7));
    expect(windows[0]).toMatchObject({ reliefDays: 5, heldToNextSession: false });
  });

  it('ignores check-ins that did not answer the relief question', () => {
    const windows = windowsOf({ sessions: sessionsOn([0, 7]), checkIns: dailyCheckIns(1, 6) }, day(7));
    expect(windows[0]).toMatchObject({ reliefDays: null, source: null, knownOn: null });
  });

  it('marks the latest window ongoing while relief holds to the as-of day (last "yes" at most a day ago)', () => {
    // Still holding, the window counts only the days a "yes" confirmed: it is censored, not guessed.
    const ongoing = windowsOf({ sessions: [session('s1', day(0))], checkIns: dailyCheckIns(1, 9, () => ({ reliefSinceLastSession: true })) }, day(10));
    expect(ongoing[0]).toMatchObject({ reliefDays: 9, ongoing: true, heldToNextSession: false, knownOn: day(9) });
    const lapsed = windowsOf({ sessions: [session('s1', day(0))], checkIns: dailyCheckIns(1, 8, () => ({ reliefSinceLastSession: true })) }, day(10));
    expect(lapsed[0]).toMatchObject({ reliefDays: 8, ongoing: false, knownOn: day(8) });
  });
});

describe('relief window: nothing known', () => {
  it('is null with no report and no check-ins', () => {
    const windows = windowsOf({ sessions: sessionsOn([0, 7]) }, day(14));
    expect(windows).toHaveLength(2);
    expect(windows.every((w) => w.reliefDays === null && w.source === null)).toBe(true);
  });
});

describe('dayWindowReached', () => {
  it('dates a check-in window on the first "yes" that many days after the session, or the next session it held to', () => {
    const [window] = windowsOf({ sessions: sessionsOn([0, 7]), checkIns: dailyCheckIns(1, 6, () => ({ reliefSinceLastSession: true })) }, day(7));
    if (!window) throw new Error('no window');
    expect(dayWindowReached(window, 3)).toBe(day(3));
    expect(dayWindowReached(window, 7)).toBe(day(7));
    expect(dayWindowReached(window, 8)).toBeNull();
  });

  it('dates a reported window on the day of the reporting session', () => {
    const [window] = windowsOf({ sessions: sessionsOn([0, 7], { reliefDays: [undefined, 3] }) }, day(7));
    if (!window) throw new Error('no window');
    expect(dayWindowReached(window, 1)).toBe(day(7));
    expect(dayWindowReached(window, 4)).toBeNull();
  });
});

describe('describeWindow', () => {
  it('says whether a window held, is still holding, or is unknown', () => {
    const base = { sessionId: 's1', date: day(0), source: 'reported' as const };
    expect(describeWindow({ ...base, reliefDays: 7, heldToNextSession: true, ongoing: false })).toBe('7 days (held to the next session)');
    expect(describeWindow({ ...base, reliefDays: 1, heldToNextSession: false, ongoing: true })).toBe('1 day so far (still holding)');
    expect(describeWindow({ ...base, reliefDays: null, heldToNextSession: false, ongoing: false })).toBe('no relief reported');
  });
});
