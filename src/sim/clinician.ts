// How the simulated clinic runs care: what the clinician gives at a session, when the next one is, and
// the words of a checkpoint decision. The clinician sees only what the records show (reported relief
// windows, exam findings, check-ins), never the patient's latent state. The policy, all heuristic:
//   - sessions about weekly (7 +- 2 days); every 10-14 days once passive care is a small share;
//     every 21-28 days in declared ongoing care;
//   - passive care only until the patient reports a relief window of 6 days or more at two sessions
//     in a row (and irritability is not high); then active work enters beside it (blended). A patient
//     with low irritability and no fear-avoidance signs is blended from the first session;
//   - in blended care the passive share steps down one level at each checkpoint that shows progress:
//     25/15, 20/20, 15/25, 10/30, 5/35 passive/active minutes;
//   - checkpoints about every two weeks (reference §9: the NDI's author re-administers every 2 weeks).
import type { ModalityCode } from '../domain/records/modalities.ts';
import type { Irritability, RecommendationCode } from '../domain/records/vocabulary.ts';
import type { Random } from './random.ts';

export type CareStage = 'passive' | 'blended' | 'maintenance';

export interface CarePlan {
  stage: CareStage;
  /** Step of the passive share in blended care, 0 (most passive) to BLENDED_STEPS.length - 1. */
  level: number;
  passiveModality: ModalityCode;
  activeModality: ModalityCode;
  activeStartDay: number | null;
}

/** Passive and active minutes at each step of blended care. */
export const BLENDED_STEPS: readonly (readonly [number, number])[] = [[25, 15], [20, 20], [15, 25], [10, 30], [5, 35]];
const PASSIVE_MINUTES = 30;
const MAINTENANCE: readonly [number, number] = [20, 15];

export const passiveModalities = ['dry-needling', 'acupuncture', 'manual-therapy', 'massage', 'joint-mobilisation'] as const satisfies readonly ModalityCode[];
export const activeModalities = ['corrective-exercise', 'functional-stability', 'progressive-loading', 'home-exercise-program'] as const satisfies readonly ModalityCode[];

export function initialPlan(random: Random, startBlended: boolean, fearAvoidant: boolean): CarePlan {
  return {
    stage: startBlended ? 'blended' : 'passive',
    level: startBlended ? 1 : 0,
    passiveModality: random.pick(passiveModalities),
    activeModality: fearAvoidant ? 'graded-exposure' : random.pick(activeModalities),
    activeStartDay: startBlended ? 0 : null,
  };
}

export interface MinutesGiven {
  modality: ModalityCode;
  minutes: number;
}

export function sessionModalities(plan: CarePlan, firstSession: boolean): MinutesGiven[] {
  const given: MinutesGiven[] = [];
  const add = (modality: ModalityCode, minutes: number): void => {
    if (minutes > 0) given.push({ modality, minutes });
  };
  if (firstSession) add('education', 10);
  if (plan.stage === 'passive') add(plan.passiveModality, PASSIVE_MINUTES);
  else {
    const [passive, active] = plan.stage === 'maintenance' ? MAINTENANCE : BLENDED_STEPS[plan.level] ?? MAINTENANCE;
    add(plan.passiveModality, passive);
    add(plan.activeModality, active);
  }
  return given;
}

export function nextGap(plan: CarePlan, random: Random): number {
  if (plan.stage === 'maintenance') return random.int(21, 28);
  if (plan.stage === 'blended' && plan.level >= 3) return random.int(10, 14);
  return 7 + random.int(-2, 2);
}

/** Active work enters when the last two reported windows were each at least 6 days (or held that long). */
export function seesLongWindows(reports: readonly (number | null)[], irritability: Irritability): boolean {
  if (irritability === 'high' || reports.length < 2) return false;
  return reports.slice(-2).every((days) => days !== null && days >= 6);
}

/** A different passive technique or loading exercise (the technique-change archetype). */
export function changeTechnique(plan: CarePlan, random: Random): CarePlan {
  if (random.chance(0.5)) {
    const others = passiveModalities.filter((m) => m !== plan.passiveModality);
    return { ...plan, passiveModality: others[random.int(0, others.length - 1)] ?? plan.passiveModality };
  }
  const others = activeModalities.filter((m) => m !== plan.activeModality);
  return { ...plan, activeModality: others[random.int(0, others.length - 1)] ?? plan.activeModality };
}

/** The clinician's plain-language reason for each decision the simulator records. */
export const decisionReasons: Partial<Record<RecommendationCode, string>> = {
  continue: 'Steady progress on the goals; keep the current plan.',
  'extend-passive': 'Relief is growing between sessions; keep building it before adding exercise.',
  'introduce-active': 'Relief now lasts about a week between sessions; start active work beside hands-on care.',
  'shift-to-active': 'Goals are moving and loading is tolerated; less hands-on time, more active work.',
  'check-adherence': 'Little change over the last weeks; go through the home programme and what gets in the way.',
  'adjust-program': 'Still little change; change the exercises and the hands-on technique.',
  'refer-advanced-rehab': 'No meaningful change after adjusting the plan; hand over to advanced rehabilitation.',
  'medical-re-evaluation': 'No meaningful change after adjusting the plan; ask the physician to re-evaluate.',
  'declare-ongoing-care': 'Gains are stable but need regular care to hold; continue on purpose with a review date.',
  graduate: 'Every goal at target and held for more than two weeks; self-management with a flare plan.',
  'urgent-medical-referral': 'Positive red-flag answer at intake; sent for urgent medical assessment.',
};

export function reasonFor(code: RecommendationCode): string {
  return decisionReasons[code] ?? 'Decision recorded at the checkpoint.';
}
