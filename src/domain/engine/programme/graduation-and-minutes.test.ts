// The programme at the engine's other integration points (spec §4b): logged home sessions count as
// active minutes in the passive share and keep the passive-only flag off; adherence for the plateau
// ladder is read from the log; graduation needs a programme run alone, and names the step back.
import { describe, expect, it } from 'vitest';
import {
  abilityGoal, buildCase, dailyCheckIns, day, programmeItem, programmeVersion, session, type CaseParts,
} from '../../../../test/support/case-builder.ts';
import { defaultSettings } from '../../settings/settings.ts';
import { assess } from '../assess.ts';
import { programmeAdherence } from './adherence.ts';

const walk = { sets: 1, minutes: 20 };

function withProgramme(done: (n: number) => 'yes' | 'partly' | 'no', to: number, extra: CaseParts = {}): CaseParts {
  return {
    programme: [programmeVersion('v1', 0, [programmeItem('walk-flat', walk)])],
    checkIns: dailyCheckIns(1, to, (n) => ({ exercises: [{ exerciseId: 'walk-flat', done: done(n), painDuring: 1 }] })),
    ...extra,
  };
}

describe('active minutes from the log', () => {
  it('home sessions since the session before count toward a session\'s active minutes and its passive share', () => {
    const file = buildCase(withProgramme(() => 'yes', 14, { sessions: [session('s1', day(0)), session('s2', day(7)), session('s3', day(14))] }));
    const shares = assess(file, day(14), defaultSettings).passiveShare;
    expect(shares.map((s) => s.loggedActiveMinutes ?? 0)).toEqual([0, 140, 140]);
    expect(shares[1]?.activeMinutes).toBe(140);
    expect(shares[1]?.share).toBeCloseTo(30 / 170);
  });

  it('a programme logged at home is active care: no passive-only flag', () => {
    const sessions = [0, 14, 28, 42, 56, 63].map((n, i) => session(`s${i + 1}`, day(n)));
    const passive = assess(buildCase({ sessions }), day(63), defaultSettings);
    expect(passive.flags.map((f) => f.code)).toContain('passive-only');
    const logged = assess(buildCase(withProgramme(() => 'yes', 63, { sessions })), day(63), defaultSettings);
    expect(logged.flags.map((f) => f.code)).not.toContain('passive-only');
  });
});

describe('adherence for the plateau ladder is read from the log', () => {
  it('the share of prescribed sessions missed in the recent days', () => {
    const file = buildCase(withProgramme((n) => (n % 2 === 0 ? 'yes' : 'no'), 28));
    expect(programmeAdherence(file, day(28), defaultSettings)).toEqual({ missedShare: 0.5, answered: 14 });
  });
});

describe('graduation needs a programme run alone', () => {
  // Goals met on day 10 and held; a checkpoint on day 40 confirms them.
  const graduating = (done: (n: number) => 'yes' | 'partly' | 'no'): CaseParts => withProgramme(done, 40, {
    goals: [abilityGoal('walk', 3, 7, { ratings: [{ date: day(10), value: 8, source: 'checkpoint' }] })],
    sessions: [session('s1', day(0)), session('s2', day(20))],
    checkpoints: [{ id: 'cp1', date: day(40) }],
  });

  it('graduates, with the flare plan naming the step to go back to, when the patient has kept the programme up', () => {
    const assessment = assess(buildCase(graduating(() => 'yes')), day(40), defaultSettings);
    expect(assessment.selfManagement?.ready).toBe(true);
    expect(assessment.selfManagement?.exercises[0]?.stepBack).toEqual({ exerciseId: 'walk-flat', dose: { sets: 1, minutes: 18 } });
    const graduate = assessment.recommendations.find((r) => r.code === 'graduate');
    expect(graduate?.reasons.at(-1)?.text).toContain('Flare plan: Walk on flat ground: in a flare go back to Walk on flat ground at 18 min');
    expect(assessment.conversations.find((c) => c.situation === 'graduation')?.text).toContain('For a few days, take the walk on flat ground back to 18 minutes, then build back up.');
  });

  it('waits (continue, with the reason) when the programme has not been run alone for two weeks', () => {
    const assessment = assess(buildCase(graduating((n) => (n > 30 ? 'no' : 'yes'))), day(40), defaultSettings);
    expect(assessment.selfManagement?.ready).toBe(false);
    expect(assessment.recommendations.map((r) => r.code)).not.toContain('graduate');
    expect(assessment.recommendations.find((r) => r.code === 'continue')?.reasons.map((r) => r.rule)).toContain('self-management');
  });
});
