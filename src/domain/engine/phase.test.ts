import { describe, expect, it } from 'vitest';
import {
  abilityGoal, buildCase, checkIn, dailyCheckIns, day, flare, session, sessionsOn, settingsWith, type CaseParts,
} from '../../../test/support/case-builder.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { assess } from './assess.ts';
import type { Assessment } from './assessment.ts';

const AS_OF = day(60);

function run(parts: CaseParts, settings: Settings = defaultSettings, asOf = AS_OF): Assessment {
  return assess(buildCase(parts), asOf, settings);
}

/** The phase history as [phase, since] pairs. */
function history(parts: CaseParts, settings: Settings = defaultSettings, asOf = AS_OF): [string, string][] {
  return run(parts, settings, asOf).phaseHistory.map((change) => [change.phase, change.since]);
}

/** Weekly sessions on days 1, 8, 15, ...; `relief[i]` is reported at session i+1 about session i. */
function weekly(relief: readonly (number | null)[], extra: CaseParts = {}): CaseParts {
  const days = Array.from({ length: relief.length + 1 }, (_, i) => 1 + 7 * i);
  return { sessions: sessionsOn(days, { reliefDays: [undefined, ...relief] }), ...extra };
}

describe('screening', () => {
  it('stays in screening while the intake is incomplete, and says what is missing', () => {
    const assessment = run({ ...weekly([7, 7]), intake: { completedOn: undefined, irritability: { confirmed: null } } });
    expect(assessment.phase).toBe('screening');
    expect(assessment.phaseHistory[0]?.reasons[0]?.text).toMatch(/not marked complete; .*irritability is not confirmed/);
  });

  it('stops in screening, side status urgent-referral, on an urgent red flag no clinician has cleared', () => {
    const redFlags = { date: day(0), answers: [{ item: 'suspected-malignancy' as const, present: true }] };
    const stopped = run({ ...weekly([7, 7]), intake: { redFlags } });
    expect(stopped.phaseHistory.map((c) => [c.phase, c.since])).toEqual([['screening', day(0)]]);
    expect(stopped.sideStatuses).toContain('urgent-referral');
    const cleared = { ...redFlags, clearance: { date: day(2), by: 'Dr A', reason: 'Reviewed: no current features.' } };
    expect(history({ intake: { redFlags: cleared } })).toEqual([['screening', day(0)], ['establishing-response', day(2)]]);
  });
});

describe('establishing-response to extending-window', () => {
  it('needs a first window of at least 1 day: 0 days is not one', () => {
    expect(run(weekly([0, 0])).phase).toBe('establishing-response');
    const changes = run(weekly([0, 1])).phaseHistory;
    expect(changes.map((c) => [c.phase, c.since])).toEqual([['screening', day(0)], ['establishing-response', day(0)], ['extending-window', day(15)]]);
    expect(changes[2]?.reasons[0]).toMatchObject({ rule: 'first-relief-window' });
    expect(changes[2]?.reasons[0]?.text).toMatch(/at least 1 day after the session on 2026-01-13: 1 day/);
  });

  it('takes the first-window length from settings', () => {
    expect(run(weekly([1, 1]), settingsWith({ firstWindowDays: 2 })).phase).toBe('establishing-response');
  });
});

describe('movement entry (extending-window to blended)', () => {
  it('needs 7 days at 2 consecutive sessions: 7 then 6 is not enough, 7 then 7 is', () => {
    expect(run(weekly([1, 7, 6])).phase).toBe('extending-window');
    const entered = run(weekly([1, 7, 7]));
    expect(entered.phase).toBe('blended');
    const change = entered.phaseHistory.find((c) => c.phase === 'blended');
    expect(change?.since).toBe(day(22));
    expect(change?.reasons[0]).toMatchObject({ rule: 'movement-entry' });
    expect(change?.reasons[0]?.text).toMatch(/at least 7 days at 2 consecutive sessions .*held to the next session.*irritability moderate/);
  });

  it('needs the windows at consecutive sessions', () => {
    expect(run(weekly([1, 7, 3, 7])).phase).toBe('extending-window');
  });

  it('takes the window length and the number of sessions from settings', () => {
    expect(run(weekly([1, 6, 6]), settingsWith({ movementEntryWindowDays: 6 })).phase).toBe('blended');
    expect(run(weekly([1, 7, 6]), settingsWith({ movementEntryConsecutiveSessions: 1 })).phase).toBe('blended');
  });

  it('counts unbroken relief across sessions: windows held to sessions 6 days apart are one window (spec §4c.1)', () => {
    // Relief held to the next session each time and went on after it: one unbroken window, whatever
    // the gap between visits. Windows that ended before the next session are not.
    const spaced = (gap: number, relief: number): CaseParts => ({ sessions: sessionsOn([1, 1 + gap, 1 + 2 * gap, 1 + 3 * gap], { reliefDays: [undefined, relief, relief, relief] }) });
    const unbroken = run(spaced(6, 30));
    expect(unbroken.phase).toBe('blended');
    expect(unbroken.phaseHistory.find((c) => c.phase === 'blended')?.reasons[0]?.text).toMatch(/unbroken relief of 12 days across sessions/);
    expect(run(spaced(6, 5)).phase).toBe('extending-window');
    expect(run(spaced(7, 30)).phase).toBe('blended');
  });

  it('reads a window from check-ins on the day it reached 7 days', () => {
    // Session 2 on day 8 with daily "yes" from day 9: its window reaches 7 days on day 15.
    const parts: CaseParts = {
      sessions: sessionsOn([1, 8, 20], { reliefDays: [undefined, 7, 12] }),
    };
    expect(history(parts).find(([phase]) => phase === 'blended')?.[1]).toBe(day(20));
    const live: CaseParts = {
      sessions: sessionsOn([1, 8], { reliefDays: [undefined, 7] }),
      checkIns: Array.from({ length: 10 }, (_, i) => checkIn(day(9 + i), { reliefSinceLastSession: true })),
    };
    expect(history(live, defaultSettings, day(20)).find(([phase]) => phase === 'blended')?.[1]).toBe(day(15));
  });

  // Known bug, reported to the lead: the catalogue lets the first window (up to 7 days) be longer
  // than the movement-entry window (from 3 days), and blended is then dated from the entry run alone,
  // before extending-window began. Either the settings should refuse firstWindowDays above
  // movementEntryWindowDays, or blended should be dated no earlier than extending-window.
  it('never dates movement entry before the first relief window', () => {
    const days = history(weekly([3, 3, 4]), settingsWith({ firstWindowDays: 4, movementEntryWindowDays: 3 })).map(([, since]) => since);
    expect(days).toEqual([...days].sort());
  });

  it('holds a high-irritability patient in extending-window and asks for irritability to be graded again (spec §4a.1)', () => {
    const assessment = run({ ...weekly([1, 7, 7]), intake: { irritability: { confirmed: 'high', confirmedOn: day(0) } } });
    expect(assessment.phase).toBe('extending-window');
    const advice = assessment.recommendations.find((r) => r.code === 'regrade-irritability');
    expect(advice?.reasons[0]?.text).toMatch(/the window has held a week twice. Irritability is high \(graded at intake on 2026-01-05\), a grade older than 28 days: stale. Grade irritability again; if it is no longer high, active work can enter/);
    expect(assessment.recommendations.map((r) => r.code)).toContain('extend-passive');
  });

  it('lets active work enter from the day irritability is graded again and no longer high', () => {
    const regraded = run({ ...weekly([1, 7, 7]), intake: { irritability: { confirmed: 'high', confirmedOn: day(0) } }, irritabilityGrades: [{ id: 'g1', date: day(30), grade: 'moderate', context: 'session' }] });
    expect(regraded.phase).toBe('blended');
    expect(regraded.phaseHistory.find((c) => c.phase === 'blended')).toMatchObject({ since: day(30) });
    expect(regraded.phaseHistory.find((c) => c.phase === 'blended')?.reasons[0]?.text).toMatch(/irritability moderate \(graded at a session on 2026-02-04\)/);
    expect(regraded.recommendations.map((r) => r.code)).not.toContain('regrade-irritability');
    expect(regraded.screening.irritability).toMatchObject({ confirmed: 'moderate', current: { grade: 'moderate', date: day(30), source: 'session' } });
  });

  it('moves to blended once active work was delivered at 2 consecutive sessions, whatever the windows showed (spec §4c.1)', () => {
    const active = run({ sessions: sessionsOn([1, 6, 11, 16], { passive: 20, active: 15 }) }, defaultSettings, day(17));
    expect(active.phase).toBe('blended');
    expect(active.phaseHistory.find((c) => c.phase === 'blended')).toMatchObject({ since: day(6), reasons: [{ rule: 'active-care-delivered' }] });
    expect(run({ sessions: [...sessionsOn([1, 6]), ...sessionsOn([11], { passive: 20, active: 15 }).map((s) => ({ ...s, id: 'a1' }))] }, defaultSettings, day(12)).phase).not.toBe('blended');
  });

  it('moves to blended once home exercise was logged done for 2 weeks', () => {
    const logged = run({ sessions: sessionsOn([1, 8, 15]), checkIns: dailyCheckIns(2, 16, () => ({ hep: 'yes' as const })) }, defaultSettings, day(17));
    expect(logged.phaseHistory.find((c) => c.phase === 'blended')).toMatchObject({ since: day(15), reasons: [{ rule: 'active-care-delivered' }] });
    expect(run({ sessions: sessionsOn([1, 8, 15]), checkIns: dailyCheckIns(2, 14, () => ({ hep: 'yes' as const })) }, defaultSettings, day(17)).phase).not.toBe('blended');
    const missed = run({ sessions: sessionsOn([1, 8, 15]), checkIns: dailyCheckIns(2, 16, (n) => ({ hep: n > 8 ? 'no' as const : 'yes' as const })) }, defaultSettings, day(17));
    expect(missed.phase).not.toBe('blended');
  });
});

describe('starting in blended', () => {
  it('starts a low-irritability patient with no fear-avoidance signs in blended', () => {
    const changes = run({ intake: { irritability: { confirmed: 'low', confirmedOn: day(0) } } }).phaseHistory;
    expect(changes.map((c) => c.phase)).toEqual(['screening', 'blended']);
    expect(changes[1]?.reasons[0]).toMatchObject({ rule: 'low-irritability-start' });
  });

  it('does not when an earlier exercise programme made things worse', () => {
    const intake = { irritability: { confirmed: 'low' as const, confirmedOn: day(0) }, priorTreatments: [{ kind: 'exercise-program' as const, outcome: 'made-worse' as const }] };
    const assessment = run({ intake });
    expect(assessment.phase).toBe('establishing-response');
    expect(assessment.phaseHistory[1]?.reasons[0]?.text).toMatch(/fear-avoidance signs/);
  });
});

describe('blended to active-dominant and back', () => {
  const low = { irritability: { confirmed: 'low' as const, confirmedOn: day(0) } };
  /** Weekly sessions with the given passive minutes out of 100. */
  const shares = (passive: readonly number[], extra: CaseParts = {}): CaseParts => ({
    intake: low,
    sessions: passive.map((p, i) => session(`s${i + 1}`, day(1 + 7 * i), { passive: p, active: 100 - p })),
    ...extra,
  });

  it('is active-dominant once the passive share is at or below 30% at 2 consecutive sessions', () => {
    const changes = run(shares([60, 30, 30])).phaseHistory;
    expect(changes.map((c) => [c.phase, c.since])).toEqual([['screening', day(0)], ['blended', day(0)], ['active-dominant', day(15)]]);
    expect(changes[2]?.reasons[0]?.text).toMatch(/at or below 30% at 2 consecutive sessions \(latest 30% on 2026-01-20\)/);
  });

  it('stays blended at 31%, and when a session in between breaks the run', () => {
    expect(run(shares([31, 31, 31])).phase).toBe('blended');
    expect(run(shares([30, 40, 30])).phase).toBe('blended');
  });

  it('takes the share and the run length from settings', () => {
    expect(run(shares([40, 40]), settingsWith({ activeDominantPassiveShare: 0.4 })).phase).toBe('active-dominant');
    expect(run(shares([60, 30]), settingsWith({ activeDominantConsecutiveSessions: 1 })).phase).toBe('active-dominant');
  });

  it('steps back to blended on the day a flare passed the 72 h settle window', () => {
    // The flare from day 20 to day 25, dates only, needed reassessment once it passed 72 h: by the
    // calendar rule (spec §4a.3) on day 24, the first day more than 3 days after its first.
    const changes = run(shares([30, 30, 30], { flares: [flare('f1', day(20), day(25))] })).phaseHistory;
    expect(changes.map((c) => [c.phase, c.since])).toEqual([
      ['screening', day(0)], ['blended', day(0)], ['active-dominant', day(8)], ['blended', day(24)],
    ]);
    expect(changes[3]?.reasons[0]).toMatchObject({ rule: 'flare-step-back' });
  });

  // Known bug, reported to the lead: the step-back day is the flare's start day plus the settle
  // window rounded up to whole days, so with a 36 h window a flare from day 20 that is past 36 h on
  // day 21 steps back "since day 22", after the as-of day. When the day is that of start + settle
  // hours, change `it.fails` to `it`.
  it('never dates the step-back after the as-of day', () => {
    const changes = run(shares([30, 30, 30], { flares: [flare('f1', day(20))] }), settingsWith({ flareSettleHours: 36 }), day(22)).phaseHistory;
    expect(changes[changes.length - 1]).toMatchObject({ phase: 'blended', since: day(22) });
  });

  it('ends the step back when the patient is back at the level before the flare (spec §4c.6)', () => {
    const checkIns = [...dailyCheckIns(10, 19, () => ({ painNow: 3 })), ...dailyCheckIns(26, 28, () => ({ painNow: 6 })), ...dailyCheckIns(29, 34, () => ({ painNow: 3 }))];
    const changes = run(shares([30, 30, 30, 30, 30], { flares: [flare('f1', day(20), day(25))], checkIns }), defaultSettings, day(35)).phaseHistory;
    expect(changes.slice(-2).map((c) => [c.phase, c.since, c.reasons[0]?.rule])).toEqual([['blended', day(24), 'flare-step-back'], ['active-dominant', day(30), 'flare-step-back-ended']]);
  });

  it('does not step back for a normal flare', () => {
    expect(run(shares([30, 30, 30], { flares: [flare('f1', day(20), day(21))] })).phase).toBe('active-dominant');
  });
});

const walkGoal = (): ReturnType<typeof abilityGoal> => abilityGoal('walk', 3, 8);

describe('graduated', () => {
  // Low irritability, one goal at target from day 20 on (daily check-ins at 8).
  const atTarget = (checkpointDay: number): CaseParts => ({
    intake: { irritability: { confirmed: 'low', confirmedOn: day(0) } },
    goals: [abilityGoal('walk', 3, 8)],
    checkIns: Array.from({ length: 40 }, (_, i) => checkIn(day(20 + i), { goals: [{ goalId: 'walk', value: 8 }] })),
    checkpoints: [{ id: 'c1', date: day(checkpointDay) }],
  });

  it('graduates at a checkpoint 14 days after every goal reached target, not 13', () => {
    expect(run(atTarget(33)).phase).toBe('blended');
    const graduated = run(atTarget(34));
    expect(graduated.phase).toBe('graduated');
    const change = graduated.phaseHistory.find((c) => c.phase === 'graduated');
    expect(change?.since).toBe(day(34));
    expect(change?.reasons[0]?.text).toMatch(/since 2026-01-25 .*held at least 14 days and confirmed at the checkpoint on 2026-02-08/);
  });

  it('takes the hold from settings', () => {
    expect(run(atTarget(33), settingsWith({ graduationHoldDays: 13 })).phase).toBe('graduated');
  });

  // Known bug, reported to the lead: graduation is dated at the checkpoint that confirmed it, and is
  // appended after every other change, so when that checkpoint came before the latest change the
  // history runs backwards in time (extending-window on day 17, then graduated on day 16).
  // When graduation is dated no earlier than the change before it, change `it.fails` to `it`.
  it('keeps the history in date order when the graduation checkpoint came before the latest change', () => {
    // At target from day 2 (the week's median), held 14 days at the checkpoint of day 16; the first
    // relief window is reported at the session of day 17.
    const parts: CaseParts = {
      goals: [walkGoal()],
      checkIns: Array.from({ length: 17 }, (_, i) => checkIn(day(1 + i), { goals: [{ goalId: 'walk', value: 8 }] })),
      sessions: sessionsOn([0, 17], { reliefDays: [undefined, 1] }),
      checkpoints: [{ id: 'c1', date: day(16) }],
    };
    const assessment = run(parts, defaultSettings, day(18));
    expect(assessment.phase).toBe('graduated');
    const days = assessment.phaseHistory.map((c) => c.since);
    expect(days).toEqual([...days].sort());
  });
});
