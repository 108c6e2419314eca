// The next step, with reasons (spec §4, revised by §4a.1 and §4c.5). Order matters: an open urgent
// red flag stops everything; then graduation, non-response and a lost or worsening response (an
// active-care option, a medical re-evaluation and a red-flag re-screen for new or changed symptoms,
// reference §5), a flare that needs reassessment, a plateau (the escalation ladder with its memory:
// ladder.ts), irritability to grade again when the windows qualify for movement entry, then the
// phase's own next step. Psychosocial and sleep recommendations sit beside any of these. The
// clinician decides: these are options with their reasons, not orders.
import type { CaseFile } from '../records/case-file.ts';
import type { Phase, RecommendationCode } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { AssessedFlare, CheckpointStatus, Flag, GoalProgress, PassiveSharePoint, PhaseChange, Plateau, Reason, Recommendation } from './assessment.ts';
import { backAtBaselineOn } from './flare-baseline.ts';
import { countedFlares } from './flares.ts';
import { fearAvoidanceReasons } from './flags.ts';
import type { IntakeStatus } from './intake-status.ts';
import { plateauLadder, recentAdherence } from './ladder.ts';
import { mean, percent, plural } from './statistics.ts';

export interface RecommendationInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  phase: Phase;
  history: readonly PhaseChange[];
  intake: IntakeStatus;
  shares: readonly PassiveSharePoint[];
  flares: readonly AssessedFlare[];
  plateau: Plateau | null;
  checkpoint: CheckpointStatus;
  goals: readonly GoalProgress[];
  flags: readonly Flag[];
  /** Movement entry met by the windows while irritability is graded high. */
  awaitingRegrade: Reason | null;
}

class RecommendationList {
  private readonly byCode = new Map<RecommendationCode, Reason[]>();
  add(code: RecommendationCode, ...reasons: Reason[]): void {
    this.byCode.set(code, [...(this.byCode.get(code) ?? []), ...reasons]);
  }
  has(code: RecommendationCode): boolean {
    return this.byCode.has(code);
  }
  get size(): number {
    return this.byCode.size;
  }
  toArray(): Recommendation[] {
    return [...this.byCode].map(([code, reasons]) => ({ code, reasons }));
  }
}

const activeMinutesGiven = (shares: readonly PassiveSharePoint[]): boolean => shares.some((s) => s.activeMinutes > 0);

/** Non-response, a lost response, deterioration: widen the view (spec §4c.5). */
function widenTheView(inputs: RecommendationInputs, list: RecommendationList, why: Reason[]): void {
  const { phase, intake, shares } = inputs;
  list.add('adjust-program', ...why, { rule: 'widen-the-view', text: 'Change the approach (technique, dose, target tissue) before more of the same.' });
  if (intake.irritability !== 'high') {
    if (!activeMinutesGiven(shares) && phase !== 'blended' && phase !== 'active-dominant') {
      list.add('introduce-active', { rule: 'widen-the-view', text: 'No active care has been given: best-practice care addresses physical activity and exercise (Lin et al. 2020 recommendation 8, reference §8).' });
    } else {
      list.add('shift-to-active', { rule: 'widen-the-view', text: 'Lean on active work: best-practice care addresses physical activity and exercise (Lin et al. 2020 recommendation 8, reference §8).' });
    }
  }
  list.add('medical-re-evaluation', { rule: 'widen-the-view', text: 'Look again for other drivers of the pain with a medical review.' });
  list.add('rescreen-red-flags', { rule: 'widen-the-view', text: 'Ask the red-flag questions again: new or changed symptoms call for a fresh look for serious pathology (NICE NG59 rec 1.1.1, reference §5).' });
}

function phaseStep(inputs: RecommendationInputs, list: RecommendationList): void {
  const { phase, settings, shares, file } = inputs;
  switch (phase) {
    case 'screening':
    case 'graduated':
      return;
    case 'establishing-response':
      list.add('continue', { rule: 'establishing-response', text: `Looking for a first relief window of ${plural(settings.firstWindowDays, 'day')}: ${plural(file.sessions.length, 'session')} so far, non-response is called at session ${settings.nonResponderSessions}.` });
      return;
    case 'extending-window':
      list.add('extend-passive', { rule: 'extending-window', text: `The relief window is established; keep extending it. Movement entry needs unbroken relief of ${plural(settings.movementEntryWindowDays, 'day')} at ${plural(settings.movementEntryConsecutiveSessions, 'consecutive session')}.` });
      return;
    case 'blended': {
      const recent = shares.slice(-2);
      const latest = recent[recent.length - 1];
      if (recent.length === 0 || recent.every((s) => s.activeMinutes === 0)) {
        list.add('introduce-active', { rule: 'movement-entry', text: 'Blended care has begun but the latest sessions held no active work: introduce corrective or progressive exercise beside passive care.' });
      } else if (latest && latest.share !== null && latest.share > settings.activeDominantPassiveShare) {
        list.add('shift-to-active', { rule: 'blended', text: `Latest passive share ${percent(latest.share)}, above the ${percent(settings.activeDominantPassiveShare)} of active-dominant care: step it down as checkpoints show progress.` });
      } else {
        list.add('continue', { rule: 'blended', text: 'Blended care with the passive share already low: hold it for one more session to confirm active-dominant care.' });
      }
      return;
    }
    case 'active-dominant':
      list.add('continue', { rule: 'active-dominant', text: 'Active work leads; passive care is a buffer for flares. Progress load toward the goals.' });
      return;
  }
}

function graduationStep(inputs: RecommendationInputs, list: RecommendationList): void {
  const { file, phase, checkpoint, goals, settings, asOf } = inputs;
  if (phase === 'graduated') {
    if (file.episode.status === 'active') list.add('graduate', { rule: 'graduation', text: 'Goals reached and held, confirmed at a checkpoint: record graduation with a flare plan.' });
  } else if (checkpoint.outcome === 'goal-met') {
    const reachedAll = goals.reduce((day, g) => (g.reachedTargetOn !== null && g.reachedTargetOn > day ? g.reachedTargetOn : day), '0000-00-00');
    const heldBy = addDays(reachedAll, settings.graduationHoldDays);
    if (asOf >= heldBy) list.add('graduate', { rule: 'graduation', text: `Every goal at target since ${reachedAll}, held ${plural(settings.graduationHoldDays, 'day')}: hold a checkpoint to confirm and plan graduation with a flare plan.` });
    else list.add('continue', { rule: 'graduation', text: `Every goal at target since ${reachedAll}; graduation needs it held until ${heldBy} and confirmed at a checkpoint.` });
  }
}

export function recommend(inputs: RecommendationInputs): Recommendation[] {
  const { file, asOf, settings, phase, intake, checkpoint, flags, plateau, flares } = inputs;
  const list = new RecommendationList();
  if (intake.urgent) {
    list.add('urgent-medical-referral', ...intake.urgent.reasons);
    return list.toArray();
  }
  const flagged = (code: Flag['code']): Flag | undefined => flags.find((f) => f.code === code);
  for (const positive of intake.redFlags.positives.filter((p) => p.tier === 'routine')) {
    list.add('medical-re-evaluation', { rule: 'red-flag-routine-referral', text: `Red flag "${positive.item}" (routine): ${positive.action}` });
  }
  const imaging = flagged('imaging-finding-open');
  if (imaging) list.add('medical-re-evaluation', ...imaging.reasons);
  graduationStep(inputs, list);
  const outcome = checkpoint.outcome;
  if (outcome === 'non-responder' || outcome === 'response-lost' || outcome === 'deteriorating') {
    widenTheView(inputs, list, checkpoint.reasons.filter((r) => r.rule === outcome || r.rule === 'deteriorating'));
  }
  const unreviewedFlare = flagged('flare-needs-reassessment');
  if (unreviewedFlare) {
    list.add('adjust-program', ...unreviewedFlare.reasons);
    // The step back lasts until the patient is back at the flare's prior baseline (spec §4c.6).
    const latest = countedFlares(flares).filter((f) => f.classification === 'reassess').at(-1);
    const back = latest && latest.end !== null ? backAtBaselineOn(file, latest, dayOf(latest.end), asOf, settings) : null;
    if ((phase === 'blended' || phase === 'active-dominant') && latest && back === null) {
      list.add('extend-passive', { rule: 'flare-step-back', text: `The flare of ${dayOf(latest.start)} needs reassessment: step the passive share back until the patient is back at their level before it.` });
    }
    const from = addDays(asOf, -56);
    const recentReassess = flares.filter((f) => f.classification === 'reassess' && f.duplicateOf === undefined && dayOf(f.start) >= from);
    if (recentReassess.length >= 2) list.add('medical-re-evaluation', { rule: 'recurring-flares', text: `${plural(recentReassess.length, 'flare')} needing reassessment in the last 8 weeks.` });
  }
  // Declared ongoing care continues on purpose, and a referral under way since the stall began is
  // the decision already taken: the ladder is not run again over either.
  const referredSince = plateau !== null && file.referrals.some((r) => r.status === 'active' && r.date >= plateau.stallSince);
  if (plateau && !file.ongoingCare && !referredSince) {
    for (const step of plateauLadder({ file, asOf, settings, phase, irritability: intake.irritability, plateau })) list.add(step.code, ...step.reasons);
  }
  const deteriorating = flagged('deteriorating');
  if (deteriorating && !list.has('adjust-program')) list.add('adjust-program', ...deteriorating.reasons);
  if (inputs.awaitingRegrade) list.add('regrade-irritability', inputs.awaitingRegrade);
  const onlyPhysician = list.size === 1 && list.has('medical-re-evaluation') && !plateau && !unreviewedFlare;
  if (list.size === 0 || onlyPhysician || (list.size === 1 && list.has('regrade-irritability'))) phaseStep(inputs, list);

  const passiveOnly = flagged('passive-only');
  if (passiveOnly && phase !== 'screening') list.add('introduce-active', ...passiveOnly.reasons, { rule: 'lin-9', text: 'Best-practice care uses manual therapy only beside active care (Lin et al. 2020, recommendation 9).' });
  const hep = recentAdherence(file, asOf, settings);
  const flareUnderWay = flares.some((f) => f.classification === 'open' || (f.classification === 'reassess' && f.end === null));
  if (hep && !flareUnderWay && hep.missedShare >= settings.lowAdherenceShare && (phase === 'blended' || phase === 'active-dominant')) {
    list.add('check-adherence', { rule: 'adherence', text: `Home exercises missed on ${percent(hep.missedShare)} of ${plural(hep.answered, 'check-in')} in the last ${plural(settings.recentDays, 'day')} (threshold ${percent(settings.lowAdherenceShare)}).` });
  }
  const fearFlagged = flagged('fear-avoidance') !== undefined || (intake.psychosocial.risk === 'high' && phase !== 'graduated');
  if (fearFlagged) {
    list.add('psychologically-informed-care', ...fearAvoidanceReasons(intake), { rule: 'matched-care', text: 'High psychosocial risk or fear-avoidance: psychologically informed care (STarT Back matched care, Hill et al. Lancet 2011).' });
  }
  const from = addDays(asOf, -settings.recentDays);
  const sleep = mean(file.checkIns.filter((c) => dayOf(c.date) > from).map((c) => c.sleepQuality).filter((v): v is number => v !== undefined));
  if (intake.psychosocial.sleep || (sleep !== null && sleep <= settings.poorSleepMean)) {
    const reasons: Reason[] = intake.psychosocial.sleep ? intake.psychosocial.reasons.filter((r) => r.rule.includes('sleep') || r.rule.includes('isi')) : [];
    if (sleep !== null && sleep <= settings.poorSleepMean) reasons.push({ rule: 'sleep', text: `Mean check-in sleep quality ${sleep.toFixed(1)}/10 over the last ${plural(settings.recentDays, 'day')} (at or below ${settings.poorSleepMean}).` });
    reasons.push({ rule: 'sleep', text: 'CBT for insomnia is the first-line treatment for chronic insomnia (ACP 2016).' });
    list.add('sleep-assessment', ...reasons);
  }
  const review = flagged('ongoing-care-review-due');
  if (review) list.add('review-ongoing-care', ...review.reasons);
  return list.toArray();
}
