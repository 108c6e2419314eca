import { describe, expect, it } from 'vitest';
import {
  abilityGoal, buildCase, checkIn, dailyCheckIns, day, flare, session, sessionsOn, settingsWith, type CaseParts,
} from '../../../test/support/case-builder.ts';
import type { RecommendationCode } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { assess } from './assess.ts';
import type { Recommendation } from './assessment.ts';

function recommendationsOf(parts: CaseParts, asOf: string, settings: Settings = defaultSettings): Recommendation[] {
  return assess(buildCase(parts), asOf, settings).recommendations;
}

function codesOf(parts: CaseParts, asOf: string, settings: Settings = defaultSettings): RecommendationCode[] {
  return recommendationsOf(parts, asOf, settings).map((r) => r.code);
}

const low = { irritability: { confirmed: 'low' as const, confirmedOn: day(0) } };
const walkGoal = abilityGoal('walk', 3, 8);

describe('an urgent red flag', () => {
  it('gives urgent-medical-referral and nothing else', () => {
    const redFlags = { date: day(0), answers: [{ item: 'cauda-equina-bladder-bowel' as const, present: true }] };
    const list = recommendationsOf({ intake: { redFlags }, measures: [{ instrument: 'start-back', date: day(0), score: 8, band: 'high' }] }, day(3));
    expect(list.map((r) => r.code)).toEqual(['urgent-medical-referral']);
    expect(list[0]?.reasons[0]?.text).toMatch(/cauda-equina-bladder-bowel.*emergency/);
  });
});

describe('the phase step', () => {
  it('is continue while establishing a response, extend-passive once a window appears', () => {
    const early = recommendationsOf({ sessions: sessionsOn([1]) }, day(2));
    expect(early.map((r) => r.code)).toEqual(['continue']);
    expect(early[0]?.reasons[0]?.text).toMatch(/first relief window of 1 day: 1 session so far, non-response is called at session 4/);
    expect(codesOf({ sessions: sessionsOn([1, 8], { reliefDays: [undefined, 2] }) }, day(9))).toEqual(['extend-passive']);
  });

  it('in blended care: introduce-active without active work, shift-to-active above 30%, continue at 30%', () => {
    const blended = (passive: number, active: number): CaseParts => ({ intake: low, sessions: [session('s1', day(1), { passive, active })] });
    expect(codesOf(blended(30, 0), day(2))).toEqual(['introduce-active']);
    const shift = recommendationsOf(blended(31, 69), day(2));
    expect(shift.map((r) => r.code)).toEqual(['shift-to-active']);
    expect(shift[0]?.reasons[0]?.text).toMatch(/Latest passive share 31%, above the 30% of active-dominant care/);
    expect(codesOf(blended(30, 70), day(2))).toEqual(['continue']);
    expect(codesOf(blended(40, 60), day(2), settingsWith({ activeDominantPassiveShare: 0.4 }))).toEqual(['continue']);
  });
});

describe('non-response, a lost response, deterioration (spec §4c.5)', () => {
  it('bring a change of approach, an active-care option, a medical re-evaluation and a red-flag re-screen', () => {
    const list = recommendationsOf({ sessions: sessionsOn([1, 8, 15, 22], { reliefDays: [undefined, 0, 0, 0] }) }, day(23));
    expect(list.map((r) => r.code)).toEqual(['adjust-program', 'introduce-active', 'medical-re-evaluation', 'rescreen-red-flags']);
    expect(list[0]?.reasons[0]).toMatchObject({ rule: 'non-responder' });
    expect(list[3]?.reasons[0]?.text).toMatch(/new or changed symptoms/);
  });

  it('offer no active option while irritability is graded high', () => {
    const high = { irritability: { confirmed: 'high' as const, confirmedOn: day(0) } };
    expect(codesOf({ intake: high, sessions: sessionsOn([1, 8, 15, 22], { reliefDays: [undefined, 0, 0, 0] }) }, day(23))).toEqual(['adjust-program', 'medical-re-evaluation', 'rescreen-red-flags']);
  });

  it('come with a lost response too', () => {
    const codes = codesOf({ sessions: sessionsOn([1, 8, 15, 22, 29], { reliefDays: [undefined, 2, 4, 0, 0] }) }, day(30));
    expect(codes).toEqual(expect.arrayContaining(['adjust-program', 'medical-re-evaluation', 'rescreen-red-flags']));
  });
});

describe('a flare that needs reassessment', () => {
  it('gives adjust-program, and steps passive care back in blended care until back at baseline', () => {
    const parts = (after: number): CaseParts => ({
      intake: low, sessions: [session('s1', day(1), { passive: 10, active: 30 })], flares: [flare('f1', day(3), day(8))],
      checkIns: [checkIn(day(2), { painNow: 3 }), checkIn(day(1), { painNow: 3 }), ...dailyCheckIns(9, 10, () => ({ painNow: after }))],
    });
    const list = recommendationsOf(parts(6), day(10));
    expect(list.map((r) => r.code)).toEqual(['adjust-program', 'extend-passive']);
    expect(list[1]?.reasons[0]).toMatchObject({ rule: 'flare-step-back' });
    expect(codesOf(parts(3), day(10))).toEqual(['adjust-program']);
  });

  it('adds medical-re-evaluation for two such flares in 8 weeks, not one', () => {
    const flares = [flare('f1', day(3), day(8)), flare('f2', day(20), day(25))];
    expect(codesOf({ flares }, day(30))).toContain('medical-re-evaluation');
    expect(codesOf({ flares: flares.slice(1) }, day(30))).not.toContain('medical-re-evaluation');
  });
});

describe('the escalation ladder after a plateau (spec §4, §4c.5)', () => {
  const decision = (n: number, code: RecommendationCode): NonNullable<CaseParts['checkpoints']>[number] => ({ id: `c${n}`, date: day(22 + n), decision: { code, reason: 'Agreed with the patient.' } });
  /** Blended care, walking rated 3 at every weekly session; a home programme with its answers unless `noProgramme`. */
  const stalled = (checkpoints: CaseParts['checkpoints'] = [], noProgramme = false, weeks = 3): CaseParts => ({
    intake: low, goals: [walkGoal],
    sessions: sessionsOn(Array.from({ length: weeks }, (_, i) => 1 + 7 * i), { passive: 20, active: 20, findings: [{ goalId: 'walk', value: 3 }] }),
    checkIns: noProgramme ? [] : dailyCheckIns(2, 7 * weeks, () => ({ hep: 'yes' as const })),
    checkpoints,
  });

  it('asks about adherence and dose first', () => {
    const list = recommendationsOf(stalled(), day(22));
    const adherence = list.find((r) => r.code === 'check-adherence');
    expect(adherence?.reasons.map((r) => r.rule)).toEqual(['escalation-ladder', 'escalation-ladder']);
    expect(adherence?.reasons[0]?.text).toMatch(/Plateau since 2026-01-06. Adherence and dose come first \(home exercises missed on 0% of 13 recent check-ins\)/);
    expect(list.map((r) => r.code)).not.toContain('adjust-program');
  });

  it('starts a home programme first where none was ever prescribed, not a check of adherence to nothing', () => {
    const list = recommendationsOf(stalled([], true), day(22));
    expect(list.map((r) => r.code)).toContain('introduce-active');
    expect(list.map((r) => r.code)).not.toContain('check-adherence');
    expect(list.find((r) => r.code === 'introduce-active')?.reasons[0]?.text).toMatch(/No home programme has been prescribed: the first step is to start one/);
  });

  it('then adjusts the programme once adherence was decided', () => {
    const codes = codesOf(stalled([decision(1, 'check-adherence')]), day(24));
    expect(codes).toContain('adjust-program');
    expect(codes).not.toContain('check-adherence');
  });

  it('then refers on: advanced rehabilitation, medical re-evaluation, or declared ongoing care', () => {
    const codes = codesOf(stalled([decision(1, 'check-adherence'), decision(2, 'adjust-program')]), day(25));
    expect(codes).toEqual(expect.arrayContaining(['refer-advanced-rehab', 'medical-re-evaluation', 'declare-ongoing-care']));
    expect(codes).not.toContain('adjust-program');
  });

  it('remembers: after three adjustments it does not go back to the first rung', () => {
    const adjusted = [decision(1, 'adjust-program'), { ...decision(2, 'adjust-program'), date: day(30) }, { ...decision(3, 'adjust-program'), date: day(37) }];
    const codes = codesOf(stalled(adjusted, false, 7), day(44));
    expect(codes).not.toContain('check-adherence');
    expect(codes).toEqual(expect.arrayContaining(['refer-advanced-rehab', 'medical-re-evaluation']));
  });

  it('names the physician\'s options only at its last rung, never at a first plateau', () => {
    const first = recommendationsOf(stalled(), day(22)).flatMap((r) => r.reasons.map((x) => x.text)).join(' ');
    expect(first).not.toMatch(/[Ii]njection|[Ss]urg/);
    const last = recommendationsOf(stalled([decision(1, 'check-adherence'), decision(2, 'adjust-program'), { ...decision(3, 'medical-re-evaluation'), date: day(30) }], false, 6), day(37));
    const physician = last.find((r) => r.code === 'medical-re-evaluation');
    expect(physician?.reasons[0]).toMatchObject({ rule: 'escalation-ladder-physician' });
    expect(physician?.reasons[1]?.text).toMatch(/Injections: Epidural injection for acute and severe sciatica only/);
  });
});

describe('adherence beside the phase step', () => {
  // Blended care with active work; `missed` of the last `answered` check-ins say no home exercises.
  const hep = (missed: number, answered: number): CaseParts => ({
    intake: low,
    sessions: [session('s1', day(1), { passive: 10, active: 30 })],
    checkIns: dailyCheckIns(2, 1 + answered, (n) => ({ hep: n - 2 < missed ? 'no' : 'yes' })),
  });

  it('asks to check adherence when half the recent check-ins missed the exercises, not a third', () => {
    const list = recommendationsOf(hep(1, 2), day(4));
    expect(list.find((r) => r.code === 'check-adherence')?.reasons[0]?.text).toBe('Home exercises missed on 50% of 2 check-ins in the last 14 days (threshold 50%).');
    expect(codesOf(hep(1, 3), day(5))).not.toContain('check-adherence');
    expect(codesOf(hep(1, 3), day(5), settingsWith({ lowAdherenceShare: 0.3 }))).toContain('check-adherence');
  });
});

describe('beside any phase', () => {
  it('recommends psychologically informed care for a high STarT Back', () => {
    const list = recommendationsOf({ measures: [{ instrument: 'start-back', date: day(0), score: 7, band: 'high' }] }, day(1));
    expect(list.find((r) => r.code === 'psychologically-informed-care')?.reasons.map((r) => r.rule)).toContain('matched-care');
  });

  it('recommends a sleep assessment at a mean check-in sleep of 4 or less, not 5', () => {
    const sleep = (quality: number): CaseParts => ({ checkIns: dailyCheckIns(1, 5, () => ({ sleepQuality: quality })) });
    expect(recommendationsOf(sleep(4), day(5)).find((r) => r.code === 'sleep-assessment')?.reasons[0]?.text).toBe('Mean check-in sleep quality 4.0/10 over the last 14 days (at or below 4).');
    expect(codesOf(sleep(5), day(5))).not.toContain('sleep-assessment');
    expect(codesOf(sleep(5), day(5), settingsWith({ poorSleepMean: 5 }))).toContain('sleep-assessment');
  });

  it('introduces active work when care has been passive only for 8 weeks', () => {
    const list = recommendationsOf({ sessions: sessionsOn([1, 8], { reliefDays: [undefined, 2] }) }, day(57));
    expect(list.find((r) => r.code === 'introduce-active')?.reasons.map((r) => r.rule)).toEqual(['passive-only', 'lin-9']);
  });

  it('asks for a review of ongoing care on its review day', () => {
    expect(codesOf({ ongoingCare: { declaredOn: day(1), reason: 'Maintenance', reviewOn: day(10) } }, day(10))).toContain('review-ongoing-care');
  });
});

describe('graduation', () => {
  const atTarget = (extra: CaseParts = {}): CaseParts => ({
    intake: low,
    goals: [walkGoal],
    checkIns: dailyCheckIns(20, 60, () => ({ goals: [{ goalId: 'walk', value: 8 }] })),
    ...extra,
  });

  it('waits for the goal to hold 14 days, then asks for a checkpoint to confirm', () => {
    const waiting = recommendationsOf(atTarget(), day(33));
    expect(waiting.find((r) => r.code === 'continue')?.reasons[0]?.text).toBe('Every goal at target since 2026-01-25; graduation needs it held until 2026-02-08 and confirmed at a checkpoint.');
    expect(codesOf(atTarget(), day(34))).toContain('graduate');
  });

  it('asks to record graduation once a checkpoint has confirmed it', () => {
    const list = recommendationsOf(atTarget({ checkpoints: [{ id: 'c1', date: day(34) }] }), day(35));
    expect(list.find((r) => r.code === 'graduate')?.reasons[0]?.text).toMatch(/record graduation with a flare plan/);
  });
});

describe('a routine red flag', () => {
  it('adds medical-re-evaluation beside the care', () => {
    const redFlags = { date: day(0), answers: [{ item: 'axial-spondyloarthritis-features' as const, present: true }] };
    const list = recommendationsOf({ intake: { redFlags }, sessions: sessionsOn([1]) }, day(2));
    expect(list.map((r) => r.code)).toEqual(['medical-re-evaluation', 'continue']);
    expect(list[0]?.reasons[0]).toMatchObject({ rule: 'red-flag-routine-referral' });
  });
});
