import { describe, expect, it } from 'vitest';
import {
  abilityGoal, buildCase, checkIn, day, flare, sessionsOn, settingsWith, type CaseParts,
} from '../../../test/support/case-builder.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { assess } from './assess.ts';
import type { CheckpointStatus } from './assessment.ts';

function checkpointOf(parts: CaseParts, asOf: string, settings: Settings = defaultSettings): CheckpointStatus {
  return assess(buildCase(parts), asOf, settings).checkpoint;
}

describe('checkpoint schedule', () => {
  it('is due 14 days after the episode start when fewer than 4 sessions came first; overdue the day after', () => {
    const parts = { sessions: sessionsOn([1, 2, 3]) };
    expect(checkpointOf(parts, day(14))).toMatchObject({ lastHeld: null, due: day(14), overdue: false, sessionsSinceLast: 3 });
    const late = checkpointOf(parts, day(15));
    expect(late.overdue).toBe(true);
    expect(late.reasons[0]).toMatchObject({ rule: 'checkpoint-schedule' });
    expect(late.reasons[0]?.text).toMatch(/none \(counting from the episode start 2026-01-05\); 3 sessions since; due 2026-01-19 \(every 14 days or 4 sessions, whichever comes first\): overdue/);
  });

  it('is due at the 4th session when that comes before 14 days', () => {
    expect(checkpointOf({ sessions: sessionsOn([1, 3, 5, 7]) }, day(7))).toMatchObject({ due: day(7), overdue: false, sessionsSinceLast: 4 });
    expect(checkpointOf({ sessions: sessionsOn([1, 3, 5, 7]) }, day(8)).overdue).toBe(true);
  });

  it('counts from the last checkpoint, leaving out sessions on its day', () => {
    const parts = { sessions: sessionsOn([1, 3, 5, 10, 12, 14, 16, 30]), checkpoints: [{ id: 'c1', date: day(10) }] };
    // Sessions after day 10: 12, 14, 16, 30; the 4th (day 30) is after day 24, so days win.
    expect(checkpointOf(parts, day(24))).toMatchObject({ lastHeld: day(10), due: day(24), overdue: false });
    expect(checkpointOf(parts, day(25)).overdue).toBe(true);
  });

  it('takes both intervals from settings', () => {
    expect(checkpointOf({ sessions: sessionsOn([1, 2, 3]) }, day(8), settingsWith({ checkpointIntervalDays: 7 }))).toMatchObject({ due: day(7), overdue: true });
    expect(checkpointOf({ sessions: sessionsOn([1, 2, 3]) }, day(8), settingsWith({ checkpointIntervalSessions: 2 }))).toMatchObject({ due: day(2), overdue: true });
  });

  it('is never overdue for a closed episode', () => {
    expect(checkpointOf({ episode: { startDate: day(0), regions: ['knee'], status: 'discharged' } }, day(60)).overdue).toBe(false);
  });

  it('is never overdue in declared ongoing care: its review date governs (spec §4c.6)', () => {
    const ongoingCare = { declaredOn: day(20), reason: 'Holds with monthly care.', reviewOn: day(110) };
    const status = checkpointOf({ sessions: sessionsOn([1, 30, 58, 86]), ongoingCare }, day(100));
    expect(status.overdue).toBe(false);
    expect(status.reasons[0]?.text).toMatch(/Declared ongoing care: its review date \(2026-04-25\) governs/);
  });
});

describe('checkpoint outcome', () => {
  it('is urgent on an open urgent red flag', () => {
    const redFlags = { date: day(0), answers: [{ item: 'infection-signs' as const, present: true }] };
    expect(checkpointOf({ intake: { redFlags } }, day(5)).outcome).toBe('urgent');
  });

  it('is flare when a flare needing reassessment or under way touches the time since the last checkpoint', () => {
    const parts = (checkpointDay: number): CaseParts => ({ flares: [flare('f1', day(3), day(8))], checkpoints: [{ id: 'c1', date: day(checkpointDay) }] });
    const status = checkpointOf(parts(8), day(20));
    expect(status.outcome).toBe('flare');
    expect(status.reasons[1]?.text).toMatch(/A flare \(reassess\) from 2026-01-08 since the last checkpoint/);
    expect(status.reasons[2]).toMatchObject({ rule: 'flare-duration' });
    expect(checkpointOf(parts(9), day(20)).outcome).toBe('not-enough-data');
    expect(checkpointOf({ flares: [flare('f1', day(19))] }, day(20)).outcome).toBe('flare');
  });

  it('is goal-met when every goal is at target', () => {
    const goals = [abilityGoal('walk', 3, 8), abilityGoal('lift', 2, 6)];
    const at = (lift: number): CaseParts => ({ goals, checkIns: [checkIn(day(10), { goals: [{ goalId: 'walk', value: 8 }, { goalId: 'lift', value: lift }] })] });
    const met = checkpointOf(at(6), day(12));
    expect(met.outcome).toBe('goal-met');
    expect(met.reasons[1]?.text).toMatch(/"Goal lift" 6 of 6, "Goal walk" 8 of 8/);
    expect(checkpointOf(at(5), day(12)).outcome).toBe('progressing');
  });

  it('is non-responder with no relief window by session 4, not at session 3', () => {
    const status = checkpointOf({ sessions: sessionsOn([1, 8, 15, 22], { reliefDays: [undefined, 0, 0.5, 0] }) }, day(23));
    expect(status.outcome).toBe('non-responder');
    expect(status.reasons[1]?.text).toMatch(/4 sessions and no relief window of 1 day \(best 0\.5 days\); the rule allows until session 4/);
    expect(checkpointOf({ sessions: sessionsOn([1, 8, 15], { reliefDays: [undefined, 0, 0] }) }, day(16)).outcome).toBe('not-enough-data');
  });

  it('takes the non-responder session from settings, and drops it once a window appears', () => {
    const parts = { sessions: sessionsOn([1, 8, 15, 22], { reliefDays: [undefined, 0, 0, 0] }) };
    expect(checkpointOf(parts, day(23), settingsWith({ nonResponderSessions: 5 })).outcome).toBe('not-enough-data');
    const window = checkpointOf({ sessions: sessionsOn([1, 8, 15, 22], { reliefDays: [undefined, 0, 0, 1] }) }, day(23));
    expect(window.outcome).toBe('progressing');
    expect(window.reasons[2]?.text).toMatch(/A first relief window after the session on 2026-01-20/);
  });

  it('is plateau when a plateau is found', () => {
    const parts: CaseParts = {
      intake: { irritability: { confirmed: 'low', confirmedOn: day(0) } },
      goals: [abilityGoal('walk', 3, 8)],
      sessions: sessionsOn([1, 8, 15], { findings: [{ goalId: 'walk', value: 3 }] }),
    };
    const status = checkpointOf(parts, day(22));
    expect(status.outcome).toBe('plateau');
    expect(status.reasons[1]).toMatchObject({ rule: 'plateau' });
  });
});

describe('checkpoint outcomes say what is true (spec §4c.2)', () => {
  it('is not-enough-data, not progressing, with no data that shows progress', () => {
    const status = checkpointOf({ goals: [abilityGoal('walk', 3, 8)], sessions: sessionsOn([1]) }, day(2));
    expect(status.outcome).toBe('not-enough-data');
    expect(status.reasons[1]?.text).toMatch(/^Not enough data yet to say: too few records since care began/);
  });

  it('is progressing only with evidence: a goal that moved by its minimal important change', () => {
    const parts: CaseParts = { goals: [abilityGoal('walk', 3, 8)], sessions: sessionsOn([1, 8], { findings: [{ goalId: 'walk', value: 3 }] }), checkIns: [checkIn(day(9), { goals: [{ goalId: 'walk', value: 6 }] }), checkIn(day(10), { goals: [{ goalId: 'walk', value: 6 }] })] };
    const status = checkpointOf(parts, day(10));
    expect(status.outcome).toBe('progressing');
    expect(status.reasons[2]?.text).toMatch(/"Goal walk": 3 on .*, 6 now, best 6: a gain of 3, at least its minimal important change of 2 points/);
  });

  it('is progressing on an outcome measure that improved by its minimal important change', () => {
    const odi = (latest: number): CaseParts['measures'] => [{ instrument: 'odi', date: day(0), score: 40 }, { instrument: 'odi', date: day(20), score: latest }];
    expect(checkpointOf({ sessions: sessionsOn([1, 8]), measures: odi(28) }, day(21)).outcome).toBe('progressing');
    expect(checkpointOf({ sessions: sessionsOn([1, 8]), measures: odi(35) }, day(21)).outcome).toBe('not-enough-data');
  });

  it('is response-lost when a relief window that had appeared is gone for 2 sessions', () => {
    const windows = (relief: readonly number[]): CaseParts => ({ sessions: sessionsOn([1, 8, 15, 22, 29], { reliefDays: [undefined, ...relief] }) });
    const lost = checkpointOf(windows([2, 4, 0, 0]), day(30));
    expect(lost.outcome).toBe('response-lost');
    expect(lost.reasons[1]?.text).toMatch(/A relief window of up to 4 days had appeared; the last 2 sessions left 0 days and 0 days/);
    expect(checkpointOf(windows([2, 4, 3, 0]), day(30)).outcome).not.toBe('response-lost');
  });

  it('is deteriorating when a goal is below its baseline by its minimal important change, not progressing beside the flag', () => {
    const parts: CaseParts = { goals: [abilityGoal('walk', 4, 8)], sessions: sessionsOn([1, 8], { findings: [{ goalId: 'walk', value: 2 }] }) };
    const status = checkpointOf(parts, day(9));
    expect(status.outcome).toBe('deteriorating');
    expect(status.reasons[1]?.text).toMatch(/"Goal walk" is 2 now, below its baseline of 4/);
  });
});
