// The next step, with reasons (spec §4). Order matters: an open urgent red flag stops everything;
// then graduation, non-response, a flare that needs reassessment, a plateau (the escalation ladder:
// adherence and dose first, then adjustment, then referral or medical re-evaluation; the physician's
// options last), then the phase's own next step. Psychosocial and sleep recommendations sit beside
// any of these. The clinician decides: these are options with their reasons, not orders.
import type { CaseFile } from '../records/case-file.ts';
import type { RecommendationCode } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { Phase } from '../records/vocabulary.ts';
import type { AssessedFlare, CheckpointStatus, Flag, GoalProgress, PassiveSharePoint, Plateau, Reason, Recommendation } from './assessment.ts';
import type { IntakeStatus } from './intake-status.ts';
import { escalationReasons } from './escalation.ts';
import { fearAvoidanceReasons } from './flags.ts';
import { programmeAdherence } from './programme/index.ts';
import { mean, percent, plural } from './statistics.ts';

export interface RecommendationInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  phase: Phase;
  intake: IntakeStatus;
  shares: readonly PassiveSharePoint[];
  flares: readonly AssessedFlare[];
  plateau: Plateau | null;
  checkpoint: CheckpointStatus;
  goals: readonly GoalProgress[];
  flags: readonly Flag[];
  movementBlocked: Reason | null;
  /** Imaging findings that are not age-typical: never framed by age, always the physician's. */
  imagingForPhysician: readonly Reason[];
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

function recentCheckIns(inputs: RecommendationInputs): CaseFile['checkIns'] {
  const from = addDays(inputs.asOf, -inputs.settings.recentDays);
  return inputs.file.checkIns.filter((c) => dayOf(c.date) > from);
}

function adherence(inputs: RecommendationInputs): { missedShare: number; answered: number } | null {
  const logged = programmeAdherence(inputs.file, inputs.asOf, inputs.settings);
  if (logged) return logged;
  const answered = recentCheckIns(inputs).filter((c) => c.hep !== undefined);
  if (answered.length === 0) return null;
  return { missedShare: answered.filter((c) => c.hep === 'no').length / answered.length, answered: answered.length };
}

function plateauLadder(inputs: RecommendationInputs, plateau: Plateau, list: RecommendationList): void {
  const { file, phase } = inputs;
  const decided = new Set(file.checkpoints.filter((c) => c.decision !== undefined && c.date >= plateau.since).map((c) => c.decision?.code));
  const ladder = (code: RecommendationCode): Reason[] => escalationReasons(file.episode.condition, code);
  const hep = adherence(inputs);
  const hepText = hep ? `home exercises missed on ${percent(hep.missedShare)} of ${plural(hep.answered, 'recent check-in')}` : 'no recent home-exercise answers';
  if (!decided.has('check-adherence')) {
    list.add('check-adherence', { rule: 'escalation-ladder', text: `Plateau since ${plateau.since}: adherence and dose come first (${hepText}).` }, ...ladder('check-adherence'));
  } else if (!decided.has('adjust-program')) {
    list.add('adjust-program', { rule: 'escalation-ladder', text: `Plateau since ${plateau.since}, adherence already checked at a checkpoint: adjust the programme next (technique, dose, load).` }, ...ladder('adjust-program'));
  } else {
    const text = `Plateau since ${plateau.since} after adherence was checked and the programme adjusted: referral or medical re-evaluation next.`;
    if (phase === 'blended' || phase === 'active-dominant') list.add('refer-advanced-rehab', { rule: 'escalation-ladder', text: `${text} Refer for advanced rehabilitation with an overlap period.` }, ...ladder('refer-advanced-rehab'));
    list.add('medical-re-evaluation', { rule: 'escalation-ladder', text: `${text} Medical re-evaluation (updated imaging or blood tests only where indicated).` }, ...ladder('medical-re-evaluation'));
    if (!file.ongoingCare) list.add('declare-ongoing-care', { rule: 'escalation-ladder', text: `${text} If care that holds the current level is the honest aim, declare ongoing care with a reason and a review date.` });
  }
}

function phaseStep(inputs: RecommendationInputs, list: RecommendationList): void {
  const { phase, settings, shares, file, movementBlocked } = inputs;
  switch (phase) {
    case 'screening':
    case 'graduated':
      return;
    case 'establishing-response':
      list.add('continue', { rule: 'establishing-response', text: `Looking for a first relief window of ${plural(settings.firstWindowDays, 'day')}: ${plural(file.sessions.length, 'session')} so far, non-response is called at session ${settings.nonResponderSessions}.` });
      return;
    case 'extending-window':
      list.add('extend-passive', movementBlocked ?? { rule: 'extending-window', text: `The relief window is established; keep extending it. Movement entry needs ${plural(settings.movementEntryWindowDays, 'day')} at ${plural(settings.movementEntryConsecutiveSessions, 'consecutive session')}.` });
      return;
    case 'blended': {
      const recent = shares.slice(-2);
      const latest = recent[recent.length - 1];
      if (recent.length === 0 || recent.every((s) => s.activeMinutes === 0)) {
        list.add('introduce-active', { rule: 'movement-entry', text: 'Movement entry is met but the latest sessions held no active work: introduce corrective or progressive exercise beside passive care.' });
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

export function recommend(inputs: RecommendationInputs): Recommendation[] {
  const { file, asOf, settings, phase, intake, checkpoint, goals, flags, plateau, flares } = inputs;
  const list = new RecommendationList();
  if (intake.urgent) {
    list.add('urgent-medical-referral', ...(intake.urgent?.reasons ?? []));
    return list.toArray();
  }
  const flagged = (code: Flag['code']): Flag | undefined => flags.find((f) => f.code === code);
  for (const positive of intake.redFlags.positives.filter((p) => p.tier === 'routine')) {
    list.add('medical-re-evaluation', { rule: 'red-flag-routine-referral', text: `Red flag "${positive.item}" (routine): ${positive.action}` });
  }
  if (inputs.imagingForPhysician.length > 0) list.add('medical-re-evaluation', ...inputs.imagingForPhysician);
  if (phase === 'graduated') {
    if (file.episode.status === 'active') list.add('graduate', ...(inputs.file.checkpoints.length > 0 ? [{ rule: 'graduation', text: 'Goals reached and held, confirmed at a checkpoint: record graduation with a flare plan.' }] : []));
  } else if (checkpoint.outcome === 'goal-met') {
    const reachedAll = goals.reduce((day, g) => (g.reachedTargetOn !== null && g.reachedTargetOn > day ? g.reachedTargetOn : day), '0000-00-00');
    const heldBy = addDays(reachedAll, settings.graduationHoldDays);
    if (asOf >= heldBy) list.add('graduate', { rule: 'graduation', text: `Every goal at target since ${reachedAll}, held ${plural(settings.graduationHoldDays, 'day')}: hold a checkpoint to confirm and plan graduation with a flare plan.` });
    else list.add('continue', { rule: 'graduation', text: `Every goal at target since ${reachedAll}; graduation needs it held until ${heldBy} and confirmed at a checkpoint.` });
  }
  if (checkpoint.outcome === 'non-responder') {
    const reasons = checkpoint.reasons.filter((r) => r.rule === 'non-responder');
    list.add('adjust-program', ...reasons, { rule: 'non-responder', text: 'Change the approach (technique, dose, target tissue) before more of the same.' });
    list.add('medical-re-evaluation', { rule: 'non-responder', text: 'No response at all: look again for other pain drivers with a medical review.' });
  }
  const unreviewedFlare = flagged('flare-needs-reassessment');
  if (unreviewedFlare) {
    list.add('adjust-program', ...unreviewedFlare.reasons);
    if (phase === 'blended' || phase === 'active-dominant') list.add('extend-passive', { rule: 'flare-step-back', text: 'A flare that needs reassessment steps the passive share back until it settles.' });
    const from = addDays(asOf, -56);
    const recentReassess = flares.filter((f) => f.classification === 'reassess' && dayOf(f.start) >= from);
    if (recentReassess.length >= 2) list.add('medical-re-evaluation', { rule: 'recurring-flares', text: `${plural(recentReassess.length, 'flare')} needing reassessment in the last 8 weeks.` });
  }
  // Declared ongoing care continues on purpose: a plateau there is expected until its review.
  if (plateau && !file.ongoingCare) plateauLadder(inputs, plateau, list);
  const deteriorating = flagged('deteriorating');
  if (deteriorating) list.add('adjust-program', ...deteriorating.reasons);
  if (list.size === 0 || (list.size === 1 && list.has('medical-re-evaluation') && checkpoint.outcome === 'progressing')) phaseStep(inputs, list);

  const passiveOnly = flagged('passive-only');
  if (passiveOnly && phase !== 'screening') list.add('introduce-active', ...passiveOnly.reasons, { rule: 'lin-9', text: 'Best-practice care uses manual therapy only beside active care (Lin et al. 2020, recommendation 9).' });
  const hep = adherence(inputs);
  const flareUnderWay = flares.some((f) => f.classification === 'open' || (f.classification === 'reassess' && f.end === null));
  if (hep && !flareUnderWay && hep.missedShare >= settings.lowAdherenceShare && (phase === 'blended' || phase === 'active-dominant')) {
    list.add('check-adherence', { rule: 'adherence', text: `Home exercises missed on ${percent(hep.missedShare)} of ${plural(hep.answered, 'check-in')} in the last ${plural(settings.recentDays, 'day')} (threshold ${percent(settings.lowAdherenceShare)}).` });
  }
  if (intake.psychosocial.risk === 'high' || intake.fearAvoidance) {
    list.add('psychologically-informed-care', ...fearAvoidanceReasons(intake), { rule: 'matched-care', text: 'High psychosocial risk or fear-avoidance: psychologically informed care (STarT Back matched care, Hill et al. Lancet 2011).' });
  }
  const sleep = mean(recentCheckIns(inputs).map((c) => c.sleepQuality).filter((v): v is number => v !== undefined));
  if (intake.psychosocial.sleep || (sleep !== null && sleep <= settings.poorSleepMean)) {
    const reasons: Reason[] = intake.psychosocial.sleep ? intake.psychosocial.reasons.filter((r) => r.rule.includes('sleep') || r.rule.includes('isi')) : [];
    if (sleep !== null && sleep <= settings.poorSleepMean) reasons.push({ rule: 'sleep', text: `Mean check-in sleep quality ${sleep.toFixed(1)}/10 over the last ${plural(settings.recentDays, 'day')} (at or below ${settings.poorSleepMean}).` });
    reasons.push({ rule: 'sleep', text: 'CBT for insomnia is the first-line treatment for chronic insomnia (ACP 2016).' });
    list.add('sleep-assessment', ...reasons);
  }
  if (flagged('ongoing-care-review-due')) list.add('review-ongoing-care', ...(flagged('ongoing-care-review-due')?.reasons ?? []));
  return list.toArray();
}
