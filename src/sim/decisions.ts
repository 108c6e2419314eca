// The clinician's decisions at a session, from what the records show: add active work when relief
// lasts about a week, refer a patient with no relief window by the fifth or sixth session, hold a
// checkpoint about every two weeks and decide there (step the passive share down when the goals
// move, check adherence and then adjust the programme when they do not, graduate a patient whose
// goals have been at target for two weeks). The archetype decides only how a plateau episode ends:
// handed over 8-12 weeks after the onset, or declared ongoing care 4-6 weeks after it. Heuristic.
import type { RecommendationCode } from '../domain/records/vocabulary.ts';
import { addDays, daysBetween } from '../domain/time.ts';
import { BLENDED_STEPS, changeTechnique, reasonFor, seesLongWindows } from './clinician.ts';
import { scoreMeasure } from './intake.ts';
import { noisyRating } from './patient-log.ts';
import { trueIrritability } from './latent.ts';
import { dateOn, symptomsAt, type World } from './world.ts';

/** What the session that follows a decision must add: a flare it provokes, a note. */
export interface SessionEffects {
  provoke: 'first-loading' | 'technique-change' | null;
  note: string | null;
}

const STALL_PROGRESS = 0.15;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The clinician's view of each goal today: the median of today's exam finding and the last week's check-ins. */
export function rememberView(world: World, day: number, findings: ReadonlyMap<string, number>): void {
  const progress = world.profile.goals.map((goal) => {
    const found = findings.get(goal.id);
    const recent = world.checkIns
      .filter((c) => { const d = daysBetween(world.start, c.date); return d > day - 7 && d <= day; })
      .flatMap((c) => (c.goals ?? []).filter((g) => g.goalId === goal.id).map((g) => g.value));
    const value = median(found === undefined ? recent : [found, ...recent]);
    return value === null ? null : (value - goal.baseline) / (goal.target - goal.baseline);
  });
  world.clinic.views.push({ day, progress });
  const atTarget = progress.every((p) => p !== null && p >= 1);
  world.clinic.atTargetSince = atTarget ? (world.clinic.atTargetSince ?? day) : null;
}

/** Mean progress gained since the view at least four weeks back (null when there is none). */
function gainOverFourWeeks(world: World, day: number): number | null {
  const views = world.clinic.views;
  const now = views[views.length - 1];
  const then = [...views].reverse().find((v) => v.day <= day - 26);
  if (!now || !then) return null;
  const gains = now.progress.map((p, i) => { const before = then.progress[i]; return p === null || before === null || before === undefined ? null : p - before; })
    .filter((g): g is number => g !== null);
  return gains.length === 0 ? null : gains.reduce((a, b) => a + b, 0) / gains.length;
}

/**
 * At a checkpoint the clinician grades irritability again while it is not yet low, from the patient
 * as they are now, with a clinician's error: one grade off one time in six (Barakatt 2009: kappa 0.44
 * between therapists' irritability judgements, reference §6; the rate is heuristic).
 */
function regradeIrritability(world: World, day: number, checkpointId: string): void {
  if (world.recordedGrade === 'low') return;
  const grades = ['low', 'moderate', 'high'] as const;
  const truth = grades.indexOf(trueIrritability(world.profile.irritability, world.state, world.profile));
  const off = world.random.chance(1 / 6) ? world.random.pick([-1, 1] as const) : 0;
  const grade = grades[Math.max(0, Math.min(2, truth + off))] ?? 'moderate';
  world.recordedGrade = grade;
  world.irritabilityGrades.push({ id: `g-${checkpointId}`, date: dateOn(world.start, day), grade, context: 'checkpoint', contextId: checkpointId, by: 'Simulated clinician' });
}

function holdCheckpoint(world: World, day: number, hour: number, code: RecommendationCode): void {
  const date = dateOn(world.start, day);
  const id = `cp-${world.checkpoints.length + 1}`;
  world.checkpoints.push({ id, date, decision: { code, reason: reasonFor(code), by: 'Simulated clinician' } });
  regradeIrritability(world, day, id);
  world.lastCheckpointDay = day;
  const now = symptomsAt(world, hour);
  world.measures.push(scoreMeasure(`m-nprs-${day}`, 'nprs', date, [noisyRating(now.pain, world.random)]));
  const latest = world.clinic.views[world.clinic.views.length - 1];
  const ability = world.profile.goals.flatMap((goal, i) => {
    const p = latest?.progress[i];
    return goal.kind === 'ability' && p !== null && p !== undefined ? [Math.max(0, Math.min(10, Math.round(goal.baseline + p * (goal.target - goal.baseline))))] : [];
  });
  if (ability.length > 0) world.measures.push(scoreMeasure(`m-psfs-${day}`, 'psfs', date, ability));
}

function refer(world: World, day: number, discipline: 'advanced-rehabilitation' | 'physician', reason: string): void {
  const date = dateOn(world.start, day);
  world.referrals.push({ id: `r-${world.referrals.length + 1}`, date, to: { discipline }, reason, overlapStart: date, overlapEnd: addDays(date, 14), status: 'active' });
  world.status = 'referred';
  world.endDay = day;
}

/** Decide at the session on `day` (after hearing about the last window, before treating). */
export function decideAtSession(world: World, day: number, hour: number): SessionEffects {
  const { profile, clinic, random } = world;
  const effects: SessionEffects = { provoke: null, note: null };
  const sessionNumber = world.sessions.length + 1;

  if (world.plan.stage === 'passive' && seesLongWindows(world.sessions.map((s) => s.reported), world.recordedGrade)) {
    world.plan = { ...world.plan, stage: 'blended', level: 0, activeStartDay: day };
    holdCheckpoint(world, day, hour, 'introduce-active');
    if (profile.scriptedFlares === 'first-loading' && random.chance(0.5)) effects.provoke = 'first-loading';
    effects.note = 'Active work starts beside hands-on care.';
    return effects;
  }
  const activeSessions = world.plan.activeStartDay === null ? 0 : world.sessions.filter((s) => s.day >= (world.plan.activeStartDay ?? day)).length;
  if (profile.scriptedFlares === 'technique-change' && world.plan.stage === 'blended' && (activeSessions === 2 || activeSessions === 4)) {
    world.plan = changeTechnique(world.plan, random);
    effects.provoke = 'technique-change';
    effects.note = `New technique today: ${world.plan.passiveModality} with ${world.plan.activeModality}.`;
  }
  if (world.plan.stage === 'passive' && sessionNumber >= clinic.nonResponderSession && world.sessions.every((s) => (s.reported ?? 0) < 1)) {
    const code = random.chance(0.5) ? 'refer-advanced-rehab' : 'medical-re-evaluation';
    holdCheckpoint(world, day, hour, code);
    refer(world, day, code === 'refer-advanced-rehab' ? 'advanced-rehabilitation' : 'physician', 'No relief window after several sessions of hands-on care.');
    return effects;
  }
  if (clinic.ongoingCareUntil !== null && day >= clinic.ongoingCareUntil) {
    world.endDay = day;
    return effects;
  }
  if (day - world.lastCheckpointDay < 12) return effects;

  if (world.onsetDay !== null && profile.plateau && profile.plateau.kind !== 'ongoing-care' && day >= world.onsetDay + clinic.daysAfterOnset) {
    const code = profile.plateau.kind === 'blended' ? 'refer-advanced-rehab' : 'medical-re-evaluation';
    holdCheckpoint(world, day, hour, code);
    refer(world, day, code === 'refer-advanced-rehab' ? 'advanced-rehabilitation' : 'physician', 'No meaningful change toward the goals over several weeks despite adjusting the plan.');
    return effects;
  }
  if (world.onsetDay !== null && profile.plateau?.kind === 'ongoing-care' && clinic.ongoingCareUntil === null && day >= world.onsetDay + profile.plateau.declareAfterDays) {
    holdCheckpoint(world, day, hour, 'declare-ongoing-care');
    const declaredOn = dateOn(world.start, day);
    world.ongoingCare = { declaredOn, reason: 'Gains are stable with care every few weeks and slip without it; reviewed at the date set.', reviewOn: addDays(declaredOn, 84) };
    world.status = 'ongoing-care';
    world.plan = { ...world.plan, stage: 'maintenance' };
    clinic.ongoingCareUntil = day + 56;
    return effects;
  }
  if (profile.graduates && clinic.atTargetSince !== null && day - clinic.atTargetSince >= 14) {
    holdCheckpoint(world, day, hour, 'graduate');
    world.status = 'graduated';
    world.endDay = day;
    return effects;
  }
  const gain = gainOverFourWeeks(world, day);
  if (gain !== null && gain < STALL_PROGRESS && clinic.atTargetSince === null) {
    clinic.stallCount += 1;
    if (clinic.stallCount >= 2) world.plan = changeTechnique(world.plan, random);
    holdCheckpoint(world, day, hour, clinic.stallCount === 1 ? 'check-adherence' : 'adjust-program');
    return effects;
  }
  clinic.stallCount = 0;
  if (world.plan.stage === 'blended' && world.plan.level < BLENDED_STEPS.length - 1) {
    world.plan = { ...world.plan, level: world.plan.level + 1 };
    holdCheckpoint(world, day, hour, 'shift-to-active');
  } else {
    holdCheckpoint(world, day, hour, world.plan.stage === 'passive' ? 'extend-passive' : 'continue');
  }
  return effects;
}
