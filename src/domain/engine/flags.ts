// The caseload flags (spec §4): each a short rule over the records and the assessment so far.
import type { CaseFile } from '../records/case-file.ts';
import { careKindOf } from '../records/modalities.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { AssessedFlare, CheckpointStatus, Flag, GoalProgress, Plateau, Reason } from './assessment.ts';
import type { IntakeStatus } from './intake-status.ts';
import { lastCheckpointDay } from './checkpoint.ts';
import { measureDeterioration } from './measure-change.ts';
import { goalMic, goalObservations, levelOn } from './observations.ts';
import { activeCareLogged } from './programme/index.ts';
import { fmt, plural } from './statistics.ts';

export interface FlagInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  intake: IntakeStatus;
  flares: readonly AssessedFlare[];
  plateau: Plateau | null;
  checkpoint: CheckpointStatus;
  goals: readonly GoalProgress[];
}

type Rule = (inputs: FlagInputs) => Reason[];

/** The psychosocial reasons behind fear-avoidance: fear measures, a prior treatment, high STarT Back risk. */
export function fearAvoidanceReasons(intake: IntakeStatus): Reason[] {
  const highRisk = intake.psychosocial.risk === 'high';
  return intake.psychosocial.reasons.filter((r) => r.rule.startsWith('fear-avoidance') || (highRisk && r.rule === 'psychosocial-start-back'));
}

const isOpen = (file: CaseFile): boolean => file.episode.status === 'active' || file.episode.status === 'ongoing-care';

const rules: Record<Flag['code'], Rule> = {
  'red-flag': ({ intake }) => {
    const open = intake.redFlags.positives.filter((p) => p.tier !== 'monitor' && (intake.redFlags.cleared === null || p.tier === 'routine'));
    return open.map((p) => ({ rule: 'red-flag', text: `Positive red flag "${p.item}" (${p.tier}): ${p.action}` }));
  },
  'flare-needs-reassessment': ({ file, flares }) => {
    const since = lastCheckpointDay(file);
    return flares
      .filter((f) => f.classification === 'reassess' && (since === null || dayOf(f.end ?? f.start) >= since))
      .map((f) => ({ rule: 'flare-needs-reassessment', text: `Flare from ${dayOf(f.start)} needs reassessment and no checkpoint has reviewed it: ${f.reasons.map((r) => r.text).join(' ')}` }));
  },
  'plateau-no-decision': ({ file, asOf, settings, plateau }) => {
    if (!plateau || !isOpen(file)) return [];
    const decisionDue = addDays(plateau.since, settings.plateauMinDays + settings.plateauDecisionDays);
    const decided = file.checkpoints.some((c) => c.decision !== undefined && c.date >= plateau.since);
    if (decided || asOf < decisionDue) return [];
    return [{ rule: 'plateau-no-decision', text: `Plateau since ${plateau.since} and no checkpoint decision since then; a decision was due within ${plural(settings.plateauDecisionDays, 'day')} of the plateau becoming detectable (${decisionDue}).` }];
  },
  'checkpoint-overdue': ({ checkpoint }) =>
    checkpoint.overdue ? [{ rule: 'checkpoint-overdue', text: `Checkpoint was due ${checkpoint.due}; the last was ${checkpoint.lastHeld ?? 'never'}.` }] : [],
  'ongoing-care-review-due': ({ file, asOf }) =>
    file.ongoingCare && file.ongoingCare.reviewOn <= asOf
      ? [{ rule: 'ongoing-care-review-due', text: `Ongoing care declared ${file.ongoingCare.declaredOn} ("${file.ongoingCare.reason}") was to be reviewed by ${file.ongoingCare.reviewOn}.` }]
      : [],
  'passive-only': ({ file, asOf, settings, intake }) => {
    const first = file.sessions[0];
    if (!first || !isOpen(file) || intake.irritability === 'high') return [];
    const since = addDays(dayOf(first.date), settings.passiveOnlyDays);
    const active = file.sessions.some((s) => s.modalities.some((m) => careKindOf(m.modality) === 'active')) || activeCareLogged(file);
    if (active || asOf < since) return [];
    return [{ rule: 'passive-only', text: `Only passive care in ${plural(file.sessions.length, 'session')} since ${dayOf(first.date)} (over ${plural(settings.passiveOnlyDays, 'day')}) with irritability ${intake.irritability ?? 'not graded'}, not high.` }];
  },
  'no-goals': ({ file }) => (file.goals.length === 0 ? [{ rule: 'no-goals', text: 'No function or mobility goal is set: progress has no frame.' }] : []),
  'no-outcome-measures': ({ file, asOf, settings }) => {
    if (!isOpen(file)) return [];
    const from = addDays(asOf, -settings.outcomeMeasureMaxAgeDays);
    const latest = file.measures[file.measures.length - 1];
    if (latest && latest.date > from) return [];
    return [{ rule: 'no-outcome-measures', text: `No outcome measure in the last ${plural(settings.outcomeMeasureMaxAgeDays, 'day')} (latest: ${latest ? `${latest.instrument} on ${latest.date}` : 'none'}).` }];
  },
  // Spec §4: high psychosocial risk, or a prior treatment that made things worse.
  'fear-avoidance': ({ intake }) => (intake.fearAvoidance ? fearAvoidanceReasons(intake) : []),
  'referral-overlap-open': ({ file, asOf }) =>
    file.referrals
      .filter((r) => (r.status === 'active' || r.status === 'proposed') && r.overlapStart !== undefined && r.overlapStart <= asOf)
      .map((r) => ({ rule: 'referral-overlap-open', text: `Referral to ${r.to.discipline}${r.to.provider ? ` (${r.to.provider})` : ''}: overlap ${r.overlapStart} to ${r.overlapEnd ?? 'open'}, status ${r.status}${r.overlapEnd !== undefined && r.overlapEnd < asOf ? ': the overlap has ended without the handoff recorded complete' : ''}.` })),
  // Spec §4: worse than baseline by at least the minimal important change *at a checkpoint*, so a
  // flare under way since the last checkpoint does not raise it (the flare rules answer that).
  deteriorating: ({ file, settings }) => {
    const checkpointDay = lastCheckpointDay(file);
    if (checkpointDay === null) return [];
    const reasons: Reason[] = [];
    for (const goal of file.goals) {
      const level = levelOn(goalObservations(file, goal), checkpointDay);
      const mic = goalMic(goal, settings);
      if (level !== null && goal.baseline - level >= mic) {
        reasons.push({ rule: 'deteriorating', text: `At the checkpoint of ${checkpointDay}, "${goal.activity}" was ${fmt(level)}, below its baseline of ${fmt(goal.baseline)} by at least its minimal important change (${fmt(mic)}).` });
      }
    }
    const measuresThen = { ...file, measures: file.measures.filter((m) => m.date <= checkpointDay) };
    return [...reasons, ...measureDeterioration(measuresThen, settings)];
  },
  // Revision 2 (spec §4c.6): the rules come with the engine's coherent-story work (issue 17).
  'graduated-still-attending': () => [],
  'imaging-finding-open': () => [],
};

export function flagsFor(inputs: FlagInputs): Flag[] {
  const flags: Flag[] = [];
  for (const [code, rule] of Object.entries(rules) as [Flag['code'], Rule][]) {
    const reasons = rule(inputs);
    if (reasons.length > 0) flags.push({ code, reasons });
  }
  return flags;
}
