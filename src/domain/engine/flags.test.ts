import { describe, expect, it } from 'vitest';
import {
  abilityGoal, buildCase, checkIn, dailyCheckIns, day, flare, session, sessionsOn, settingsWith, type CaseParts,
} from '../../../test/support/case-builder.ts';
import type { FlagCode } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { assess } from './assess.ts';
import type { Flag } from './assessment.ts';

function flagOf(code: FlagCode, parts: CaseParts, asOf: string, settings: Settings = defaultSettings): Flag | undefined {
  return assess(buildCase(parts), asOf, settings).flags.find((f) => f.code === code);
}

describe('red-flag', () => {
  const screen = (item: 'suspected-malignancy' | 'axial-spondyloarthritis-features' | 'isolated-soft-flag', cleared: boolean): CaseParts => ({
    intake: {
      redFlags: {
        date: day(0),
        answers: [{ item, present: true }],
        ...(cleared ? { clearance: { date: day(1), by: 'Dr A', reason: 'Reviewed in clinic.' } } : {}),
      },
    },
  });

  it('flags an urgent red flag until a clinician clears it', () => {
    const open = flagOf('red-flag', screen('suspected-malignancy', false), day(5));
    expect(open?.reasons[0]?.text).toMatch(/^Positive red flag "suspected-malignancy" \(urgent\): /);
    expect(flagOf('red-flag', screen('suspected-malignancy', true), day(5))).toBeUndefined();
  });

  it('keeps flagging a routine red flag after clearance (the referral is still advised), never a monitor item', () => {
    expect(flagOf('red-flag', screen('axial-spondyloarthritis-features', true), day(5))).toBeDefined();
    expect(flagOf('red-flag', screen('isolated-soft-flag', false), day(5))).toBeUndefined();
  });
});

describe('flare-needs-reassessment', () => {
  const parts = (checkpoints: CaseParts['checkpoints']): CaseParts => ({ flares: [flare('f1', day(3), day(8))], checkpoints });

  it('flags a reassess flare that no checkpoint has reviewed', () => {
    const flag = flagOf('flare-needs-reassessment', parts([]), day(20));
    expect(flag?.reasons[0]?.text).toMatch(/Flare from 2026-01-08 needs reassessment .*Lasted 5 calendar days from its first day to its last \(only dates were known\), longer than the 72 h/);
    expect(flagOf('flare-needs-reassessment', parts([{ id: 'c1', date: day(8) }]), day(20))).toBeDefined();
    expect(flagOf('flare-needs-reassessment', parts([{ id: 'c1', date: day(9) }]), day(20))).toBeUndefined();
  });

  it('does not flag a normal flare', () => {
    expect(flagOf('flare-needs-reassessment', { flares: [flare('f1', day(3), day(5))] }, day(20))).toBeUndefined();
  });

  it('counts a double entry once', () => {
    const flag = flagOf('flare-needs-reassessment', { flares: [flare('f1', day(3), day(8)), flare('f2', day(3), day(8), { recordedBy: 'clinician' })] }, day(20));
    expect(flag?.reasons).toHaveLength(1);
  });
});

describe('plateau-no-decision', () => {
  // A plateau since day 1 becomes detectable on day 22; a decision is due 14 days later, on day 36.
  const stalled = (checkpoints: CaseParts['checkpoints'] = []): CaseParts => ({
    intake: { irritability: { confirmed: 'low', confirmedOn: day(0) } },
    goals: [abilityGoal('walk', 3, 8)],
    sessions: sessionsOn([1, 8, 15], { findings: [{ goalId: 'walk', value: 3 }] }),
    checkpoints,
  });

  it('flags a plateau with no decision 14 days after it became detectable, not a day earlier', () => {
    expect(flagOf('plateau-no-decision', stalled(), day(35))).toBeUndefined();
    const flag = flagOf('plateau-no-decision', stalled(), day(36));
    expect(flag?.reasons[0]?.text).toMatch(/Plateau since 2026-01-06, detectable from 2026-01-27, and no checkpoint decision since then; a decision was due within 14 days \(2026-02-10\)/);
  });

  it('takes the days from settings', () => {
    expect(flagOf('plateau-no-decision', stalled(), day(29), settingsWith({ plateauDecisionDays: 7 }))).toBeDefined();
  });

  it('is satisfied by a checkpoint decision since the plateau, not by a checkpoint without one', () => {
    const decided = [{ id: 'c1', date: day(30), decision: { code: 'check-adherence' as const, reason: 'Review home exercises first.' } }];
    expect(flagOf('plateau-no-decision', stalled(decided), day(40))).toBeUndefined();
    expect(flagOf('plateau-no-decision', stalled([{ id: 'c1', date: day(30) }]), day(40))).toBeDefined();
  });
});

describe('checkpoint-overdue', () => {
  it('flags the day after the due day, naming both', () => {
    expect(flagOf('checkpoint-overdue', {}, day(14))).toBeUndefined();
    expect(flagOf('checkpoint-overdue', {}, day(15))?.reasons[0]?.text).toBe('Checkpoint was due 2026-01-19; the last was never.');
  });

  it('is not raised in declared ongoing care, where the review date governs (spec §4c.6)', () => {
    const ongoingCare = { declaredOn: day(2), reason: 'Holds with monthly care.', reviewOn: day(90) };
    expect(flagOf('checkpoint-overdue', { ongoingCare }, day(60))).toBeUndefined();
  });
});

describe('graduated-still-attending (spec §4c.6)', () => {
  const low = { irritability: { confirmed: 'low' as const, confirmedOn: day(0) } };
  const atTarget = (sessionDays: readonly number[], checkpoints: CaseParts['checkpoints'] = []): CaseParts => ({
    intake: low, goals: [abilityGoal('walk', 3, 8)],
    checkIns: dailyCheckIns(20, 80, () => ({ goals: [{ goalId: 'walk', value: 8 }] })),
    sessions: sessionsOn(sessionDays, { passive: 10, active: 30 }), checkpoints,
  });

  it('flags sessions that go on after graduation, instead of a checkpoint overdue', () => {
    const parts = atTarget([1, 8, 15, 22, 36, 50, 64, 78], [{ id: 'c1', date: day(35) }]);
    const flag = flagOf('graduated-still-attending', parts, day(80));
    expect(flag?.reasons[0]?.text).toMatch(/^Graduated on 2026-02-09; 4 sessions since \(latest 2026-03-24\): care goes on with no declared reason/);
    expect(flagOf('checkpoint-overdue', parts, day(80))).toBeUndefined();
  });

  it('flags goals met and held with sessions going on, even with no checkpoint to confirm graduation', () => {
    expect(flagOf('graduated-still-attending', atTarget([1, 8, 40, 47]), day(50))?.reasons[0]?.text).toMatch(/^Every goal at target since 2026-01-25, held 14 days by 2026-02-08; 2 sessions since/);
    expect(flagOf('graduated-still-attending', atTarget([1, 8, 30]), day(50))).toBeUndefined();
  });

  it('is not raised in declared ongoing care', () => {
    const parts = { ...atTarget([1, 8, 40, 47]), ongoingCare: { declaredOn: day(39), reason: 'Keeps her working.', reviewOn: day(120) } };
    expect(flagOf('graduated-still-attending', parts, day(50))).toBeUndefined();
  });
});

describe('imaging-finding-open (spec §4c.6)', () => {
  const stenosis: CaseParts = {
    intake: { imaging: [{ id: 'mri', date: day(0), modality: 'mri', region: 'low-back', text: 'Severe central canal stenosis at L4-L5. Disc bulge at L5-S1.' }] },
  };

  it('flags a finding for the physician with no referral or decision recorded', () => {
    expect(flagOf('imaging-finding-open', stenosis, day(90))?.reasons[0]?.text).toMatch(/severe.*stenosis.*No referral to a physician or checkpoint decision has been recorded since/i);
  });

  it('is closed by a referral to a physician or a decision for a medical review', () => {
    expect(flagOf('imaging-finding-open', { ...stenosis, referrals: [{ id: 'r1', date: day(2), to: { discipline: 'physician' }, reason: 'Stenosis on MRI', status: 'active' }] }, day(90))).toBeUndefined();
    expect(flagOf('imaging-finding-open', { ...stenosis, checkpoints: [{ id: 'c1', date: day(3), decision: { code: 'medical-re-evaluation', reason: 'Stenosis on MRI' } }] }, day(90))).toBeUndefined();
    expect(flagOf('imaging-finding-open', { ...stenosis, referrals: [{ id: 'r1', date: day(2), to: { discipline: 'advanced-rehabilitation' }, reason: 'Plateau', status: 'active' }] }, day(90))).toBeDefined();
  });
});

describe('ongoing-care-review-due', () => {
  const parts: CaseParts = { ongoingCare: { declaredOn: day(5), reason: 'Keeps her working', reviewOn: day(30) } };
  it('flags from the review day on', () => {
    expect(flagOf('ongoing-care-review-due', parts, day(29))).toBeUndefined();
    expect(flagOf('ongoing-care-review-due', parts, day(30))?.reasons[0]?.text).toMatch(/declared 2026-01-10 \("Keeps her working"\) was to be reviewed by 2026-02-04/);
  });
});

describe('passive-only', () => {
  // First session on day 1: eight weeks (56 days) later is day 57.
  const passive: CaseParts = { sessions: sessionsOn([1, 8, 15]) };

  it('flags passive-only care 56 days after the first session, not 55', () => {
    expect(flagOf('passive-only', passive, day(56))).toBeUndefined();
    expect(flagOf('passive-only', passive, day(57))?.reasons[0]?.text).toMatch(/Only passive care in 3 sessions since 2026-01-06 \(over 56 days\) with irritability moderate, not high/);
  });

  it('takes the days from settings', () => {
    expect(flagOf('passive-only', passive, day(29), settingsWith({ passiveOnlyDays: 28 }))).toBeDefined();
  });

  it('does not flag when irritability is high or any session held active work', () => {
    expect(flagOf('passive-only', { ...passive, intake: { irritability: { confirmed: 'high', confirmedOn: day(0) } } }, day(60))).toBeUndefined();
    expect(flagOf('passive-only', { sessions: [...sessionsOn([1, 8]), session('s3', day(15), { passive: 20, active: 10 })] }, day(60))).toBeUndefined();
  });
});

describe('no-goals', () => {
  it('flags an episode with no goal', () => {
    expect(flagOf('no-goals', {}, day(1))).toBeDefined();
    expect(flagOf('no-goals', { goals: [abilityGoal('walk', 3, 8)] }, day(1))).toBeUndefined();
  });
});

describe('no-outcome-measures', () => {
  const parts: CaseParts = { measures: [{ instrument: 'odi', date: day(10), score: 30 }] };
  it('flags when the latest measure is 30 days old, not 29', () => {
    expect(flagOf('no-outcome-measures', parts, day(39))).toBeUndefined();
    expect(flagOf('no-outcome-measures', parts, day(40))?.reasons[0]?.text).toBe('No outcome measure in the last 30 days (latest: odi on 2026-01-15).');
  });

  it('takes the age from settings', () => {
    expect(flagOf('no-outcome-measures', parts, day(40), settingsWith({ outcomeMeasureMaxAgeDays: 31 }))).toBeUndefined();
  });
});

describe('fear-avoidance', () => {
  const tsk = (score: number): CaseParts => ({ measures: [{ instrument: 'tsk-11', date: day(0), score }] });
  it('flags a TSK-11 at or above 36, not 35', () => {
    expect(flagOf('fear-avoidance', tsk(36), day(1))?.reasons[0]?.text).toMatch(/TSK-11 of 2026-01-05 is 36, at or above 36/);
    expect(flagOf('fear-avoidance', tsk(35), day(1))).toBeUndefined();
    expect(flagOf('fear-avoidance', tsk(35), day(1), settingsWith({ fearTsk11High: 35 }))).toBeDefined();
  });

  it('flags high psychosocial risk (STarT Back high)', () => {
    const parts: CaseParts = { measures: [{ instrument: 'start-back', date: day(0), score: 7, subscales: { distress: 4 } }] };
    expect(flagOf('fear-avoidance', parts, day(1))?.reasons[0]).toMatchObject({ rule: 'psychosocial-start-back' });
    expect(flagOf('fear-avoidance', { measures: [{ instrument: 'start-back', date: day(0), score: 5, subscales: { distress: 3 } }] }, day(1))).toBeUndefined();
  });

  it('flags an earlier active treatment that made things worse', () => {
    const parts: CaseParts = { intake: { priorTreatments: [{ kind: 'physiotherapy', outcome: 'flare' }] } };
    expect(flagOf('fear-avoidance', parts, day(1))?.reasons[0]).toMatchObject({ rule: 'fear-avoidance-prior-treatment' });
  });

  it('is not carried to graduation from the intake screen alone (spec §4c.6)', () => {
    const graduated: CaseParts = {
      intake: { irritability: { confirmed: 'moderate', confirmedOn: day(0) }, priorTreatments: [{ kind: 'physiotherapy', outcome: 'flare' }] },
      measures: [{ instrument: 'tsk-11', date: day(0), score: 38 }],
      goals: [abilityGoal('walk', 3, 8)],
      sessions: sessionsOn([1, 8, 15, 22], { passive: 10, active: 30 }),
      checkIns: dailyCheckIns(10, 60, () => ({ goals: [{ goalId: 'walk', value: 8 }] })),
      checkpoints: [{ id: 'c1', date: day(40) }],
    };
    expect(flagOf('fear-avoidance', graduated, day(39))).toBeDefined();
    expect(flagOf('fear-avoidance', graduated, day(41))).toBeUndefined();
  });

  it('follows the latest fear screen, not the intake one alone (spec §4c.6)', () => {
    const parts = (later: number): CaseParts => ({
      intake: { priorTreatments: [{ kind: 'physiotherapy', outcome: 'flare' }] },
      measures: [{ instrument: 'tsk-11', date: day(0), score: 38 }, { instrument: 'tsk-11', date: day(60), score: later }],
    });
    expect(flagOf('fear-avoidance', parts(38), day(59))).toBeDefined();
    expect(flagOf('fear-avoidance', parts(20), day(61))).toBeUndefined();
    expect(flagOf('fear-avoidance', parts(37), day(61))).toBeDefined();
  });
});

describe('referral-overlap-open', () => {
  const referral = (status: 'active' | 'completed', overlapEnd?: string): CaseParts => ({
    referrals: [{ id: 'r1', date: day(5), to: { discipline: 'advanced-rehabilitation' }, reason: 'Plateau', status, overlapStart: day(10), ...(overlapEnd ? { overlapEnd } : {}) }],
  });

  it('flags an active referral once its overlap has begun', () => {
    expect(flagOf('referral-overlap-open', referral('active'), day(9))).toBeUndefined();
    expect(flagOf('referral-overlap-open', referral('active'), day(10))?.reasons[0]?.text).toBe('Referral to advanced-rehabilitation: overlap 2026-01-15 to open, status active.');
  });

  it('says when the overlap has ended without the handoff recorded, and stops once it is complete', () => {
    expect(flagOf('referral-overlap-open', referral('active', day(20)), day(21))?.reasons[0]?.text).toMatch(/the overlap has ended without the handoff recorded complete/);
    expect(flagOf('referral-overlap-open', referral('completed', day(20)), day(21))).toBeUndefined();
  });
});

describe('deteriorating (judged at the last checkpoint)', () => {
  const walk = (value: number, checkpoints: CaseParts['checkpoints'] = [{ id: 'c1', date: day(10) }]): CaseParts => ({
    goals: [abilityGoal('walk', 5, 9)], checkIns: [checkIn(day(10), { goals: [{ goalId: 'walk', value }] })], checkpoints,
  });

  it('flags a goal below its baseline by its MIC (2) at the checkpoint, not by 1', () => {
    expect(flagOf('deteriorating', walk(3), day(10))?.reasons[0]?.text).toBe('At the checkpoint of 2026-01-15, "Goal walk" was 3, below its baseline of 5 by at least its minimal important change (2).');
    expect(flagOf('deteriorating', walk(4), day(10))).toBeUndefined();
  });

  it('does not flag before any checkpoint', () => {
    expect(flagOf('deteriorating', walk(1, []), day(10))).toBeUndefined();
  });

  it('flags an outcome measure worse than its first score by its MIC (ODI 10), not by 9', () => {
    const odi = (latest: number, checkpointDay = 20): CaseParts => ({
      measures: [{ instrument: 'odi', date: day(0), score: 30 }, { instrument: 'odi', date: day(20), score: latest }],
      checkpoints: [{ id: 'c1', date: day(checkpointDay) }],
    });
    expect(flagOf('deteriorating', odi(40), day(21))?.reasons[0]?.text).toMatch(/40 on 2026-01-25 against a baseline of 30 on 2026-01-05, worse by at least its minimal important change \(10\)/);
    expect(flagOf('deteriorating', odi(39), day(21))).toBeUndefined();
    expect(flagOf('deteriorating', odi(39), day(21), settingsWith({ odiMic: 9 }))).toBeDefined();
    // Measured after the checkpoint: not yet judged.
    expect(flagOf('deteriorating', odi(40, 19), day(21))).toBeUndefined();
  });
});
