// Per-exercise advice (spec §4b), each case a short programme with its log: progress when the week
// at the dose is over, pain stayed in the acceptable band, mornings were no worse, no flare is under
// way and adherence was good; hold on the band's top, one bad day, low adherence, too little log, a
// flare, or before the week is over; regress on two bad days or a reassess flare after an increase.
import { describe, expect, it } from 'vitest';
import {
  buildCase, dailyCheckIns, day, flare, programmeItem, programmeVersion, settingsWith, type CaseParts, type CheckInOptions,
} from '../../../../test/support/case-builder.ts';
import { defaultSettings } from '../../settings/settings.ts';
import { assess } from '../assess.ts';
import type { Assessment, ProgrammeAdvice } from '../assessment.ts';

const bridge = { sets: 2, reps: 10 };
const goblet = { sets: 3, reps: 8, loadKg: 10 };

/** A low-irritability patient (blended from the start) with a bridge and a goblet squat from day 0. */
function parts(log: (n: number) => CheckInOptions, to: number, extra: CaseParts = {}): CaseParts {
  return {
    intake: { irritability: { confirmed: 'low', confirmedOn: day(0) } },
    programme: [programmeVersion('v1', 0, [programmeItem('hinge-bridge', bridge), programmeItem('squat-goblet', goblet, 3)])],
    checkIns: dailyCheckIns(1, to, log),
    ...extra,
  };
}

const both = (pain: number, done: 'yes' | 'partly' | 'no' = 'yes'): CheckInOptions['exercises'] => [
  { exerciseId: 'hinge-bridge', done, painDuring: pain },
  { exerciseId: 'squat-goblet', done, painDuring: pain },
];

function run(p: CaseParts, asOf: number, settings = defaultSettings): Assessment {
  return assess(buildCase(p), day(asOf), settings);
}

function adviceFor(assessment: Assessment, exerciseId: string): ProgrammeAdvice {
  const found = assessment.programme.find((a) => a.exerciseId === exerciseId);
  if (!found) throw new Error(`no advice for ${exerciseId}: ${JSON.stringify(assessment.programme)}`);
  return found;
}

const rules = (advice: ProgrammeAdvice): string[] => advice.reasons.map((r) => r.rule);

describe('progress', () => {
  it('after a week at the dose in the band, mornings no worse, adherence good: about 10% more', () => {
    const a = adviceFor(run(parts(() => ({ exercises: both(2), morningAfter: [{ exerciseId: 'hinge-bridge', response: 'same' }] }), 8), 8), 'hinge-bridge');
    expect(a.advice).toBe('progress');
    expect(a.nextDose).toEqual({ sets: 2, reps: 11 });
    expect(rules(a)).toEqual(expect.arrayContaining(['pain-monitoring', 'exercise-adherence', 'time-contingent', 'progress']));
  });

  it('a loaded exercise done 3 days a week progresses by load when its 3 sessions a week are done', () => {
    const log = (n: number): CheckInOptions => ({ exercises: [{ exerciseId: 'hinge-bridge', done: 'yes', painDuring: 1 }, { exerciseId: 'squat-goblet', done: n % 2 === 0 ? 'yes' : 'no', painDuring: 3 }] });
    const a = adviceFor(run(parts(log, 8), 8), 'squat-goblet');
    expect(a.advice).toBe('progress');
    expect(a.nextDose).toEqual({ sets: 3, reps: 8, loadKg: 11 });
  });
});

describe('hold', () => {
  it('before the week at the dose is over (time-contingent), however good the days', () => {
    const a = adviceFor(run(parts(() => ({ exercises: both(1) }), 4), 4), 'hinge-bridge');
    expect(a.advice).toBe('hold');
    expect(a.nextDose).toEqual(bridge);
    expect(a.reasons.find((r) => r.rule === 'time-contingent')?.text).toContain(`due on ${day(7)}`);
  });

  it('when pain reached the top of the acceptable band', () => {
    const a = adviceFor(run(parts((n) => ({ exercises: both(n === 5 ? 5 : 2) }), 8), 8), 'hinge-bridge');
    expect(a.advice).toBe('hold');
    expect(a.reasons[0]?.text).toContain('top of the acceptable band');
  });

  it('on one bad day: one session past the band holds, it does not step back', () => {
    const a = adviceFor(run(parts((n) => ({ exercises: both(n === 5 ? 7 : 2) }), 8), 8), 'hinge-bridge');
    expect(a.advice).toBe('hold');
    expect(a.reasons[0]?.text).toContain('one bad day');
  });

  it('when adherence was low', () => {
    const a = adviceFor(run(parts((n) => ({ exercises: both(2, n % 3 === 0 ? 'yes' : 'no') }), 8), 8), 'hinge-bridge');
    expect(a.advice).toBe('hold');
    expect(a.reasons.at(-1)?.text).toContain('Progress needs at least 75%');
  });

  it('while a flare is under way', () => {
    const a = adviceFor(run(parts(() => ({ exercises: both(2) }), 8, { flares: [flare('f1', day(7))] }), 8), 'hinge-bridge');
    expect(a.advice).toBe('hold');
    expect(rules(a)[0]).toBe('flare-open');
  });

  it('with too few sessions logged, whatever the settings allow', () => {
    const a = adviceFor(run(parts((n) => ({ exercises: n === 8 ? both(2) : [] }), 8), 8, settingsWith({ exerciseAdherenceGood: 0.5 })), 'hinge-bridge');
    expect(a.advice).toBe('hold');
    expect(a.reasons.map((r) => r.text).join(' ')).toMatch(/at least 2|no check-in|Done/i);
  });
});

describe('regress', () => {
  it('when pain went past the band on two days: one step down', () => {
    const a = adviceFor(run(parts((n) => ({ exercises: both(n === 3 || n === 6 ? 7 : 2) }), 8), 8), 'hinge-bridge');
    expect(a.advice).toBe('regress');
    expect(a.nextExerciseId).toBe('hinge-bridge');
    expect(a.nextDose).toEqual({ sets: 2, reps: 9 });
    expect(a.reasons.at(-1)?.text).toContain('not a failure');
  });

  it('when the next morning was worse twice: back to the dose before the last increase', () => {
    const p = parts((n) => ({
      exercises: both(3),
      ...(n === 10 || n === 12 ? { morningAfter: [{ exerciseId: 'hinge-bridge', response: 'worse' as const }] } : {}),
    }), 12);
    p.programme = [...(p.programme ?? []), programmeVersion('v2', 8, [programmeItem('hinge-bridge', { sets: 2, reps: 11 }), programmeItem('squat-goblet', goblet, 3)], 'A week in the band: step up.')];
    const a = adviceFor(run(p, 12), 'hinge-bridge');
    expect(a.advice).toBe('regress');
    expect(a.nextDose).toEqual(bridge);
    expect(a.nextExerciseId).toBe('hinge-bridge');
  });

  it('when a flare that needs reassessment began within 48 h of a load increase: the flare is put down to it and the exercise steps back', () => {
    const p = parts(() => ({ exercises: both(2) }), 14, { flares: [flare('f1', day(9), day(14), { cause: 'unknown' })] });
    p.programme = [...(p.programme ?? []), programmeVersion('v2', 8, [programmeItem('hinge-bridge', bridge), programmeItem('squat-goblet', { ...goblet, loadKg: 11 }, 3)], 'Step up the squat.')];
    const assessment = run(p, 14);
    const flareSeen = assessment.flares.find((f) => f.id === 'f1');
    expect(flareSeen?.classification).toBe('reassess');
    expect(flareSeen?.cause).toBe('new-load');
    expect(flareSeen?.loadIncrease).toEqual({ exerciseIds: ['squat-goblet'], on: day(8) });
    const squat = adviceFor(assessment, 'squat-goblet');
    expect(squat.advice).toBe('regress');
    expect(squat.nextDose).toEqual(goblet);
    expect(rules(squat)[0]).toBe('new-load-flare');
    // The bridge was not raised: it holds (the flare ended but it needs reassessment), never regresses.
    expect(adviceFor(assessment, 'hinge-bridge').advice).not.toBe('regress');
    expect(assessment.conversations.map((c) => c.situation)).toContain('load-step-back');
  });

  it('a flare with another recorded cause is not put down to the load', () => {
    const p = parts(() => ({ exercises: both(2) }), 14, { flares: [flare('f1', day(9), day(14), { cause: 'life-event' })] });
    p.programme = [...(p.programme ?? []), programmeVersion('v2', 8, [programmeItem('hinge-bridge', bridge), programmeItem('squat-goblet', { ...goblet, loadKg: 11 }, 3)])];
    const assessment = run(p, 14);
    expect(assessment.flares[0]?.cause).toBeUndefined();
    expect(adviceFor(assessment, 'squat-goblet').advice).not.toBe('regress');
  });
});

describe('the programme replays as of any day', () => {
  it('the advice of day 8 is the same whatever was recorded after it', () => {
    const base = parts(() => ({ exercises: both(2) }), 8);
    const later = parts((n) => ({ exercises: both(n > 8 ? 8 : 2) }), 20);
    later.programme = [...(later.programme ?? []), programmeVersion('v2', 9, [programmeItem('hinge-bridge', { sets: 2, reps: 11 })])];
    expect(run(later, 8).programme).toEqual(run(base, 8).programme);
  });
});
