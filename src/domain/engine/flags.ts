// The caseload flags (spec §4): each a short rule over the records and the assessment so far.
import type { CaseFile } from '../records/case-file.ts';
import { careKindOf } from '../records/modalities.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { AssessedFlare, CheckpointStatus, Flag, GoalProgress, PhaseChange, Plateau, Reason } from './assessment.ts';
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
  history: readonly PhaseChange[];
  /** Imaging findings that are not age-typical and go to the physician, per report. */
  imagingForPhysician: readonly { reportId: string; date: string; reasons: Reason[] }[];
}

/** Disciplines a finding for the physician can be handed to. */
const medicalDisciplines: ReadonlySet<string> = new Set(['physician', 'pain-medicine', 'rheumatology', 'spine-surgery', 'emergency']);

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
      .filter((f) => f.classification === 'reassess' && f.duplicateOf === undefined && (since === null || dayOf(f.end ?? f.start) >= since))
      .map((f) => ({ rule: 'flare-needs-reassessment', text: `Flare from ${dayOf(f.start)} needs reassessment and no checkpoint has reviewed it: ${f.reasons.map((r) => r.text).join(' ')}` }));
  },
  'plateau-no-decision': ({ file, asOf, settings, plateau }) => {
    if (!plateau || !isOpen(file)) return [];
    // A decision taken before the plateau could be seen does not answer it.
    const detectable = addDays(plateau.since, settings.plateauMinDays);
    const decisionDue = addDays(detectable, settings.plateauDecisionDays);
    const decided = file.checkpoints.some((c) => c.decision !== undefined && c.date >= detectable)
      || file.referrals.some((r) => (r.status === 'active' || r.status === 'completed') && r.date >= detectable);
    if (decided || asOf < decisionDue) return [];
    return [{ rule: 'plateau-no-decision', text: `Plateau since ${plateau.since}, detectable from ${detectable}, and no checkpoint decision since then; a decision was due within ${plural(settings.plateauDecisionDays, 'day')} (${decisionDue}).` }];
  },
  // A graduated phase is answered by graduation (or graduated-still-attending), not by another checkpoint.
  'checkpoint-overdue': ({ checkpoint, history }) =>
    checkpoint.overdue && history.at(-1)?.phase !== 'graduated' ? [{ rule: 'checkpoint-overdue', text: `Checkpoint was due ${checkpoint.due}; the last was ${checkpoint.lastHeld ?? 'never'}.` }] : [],
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
  // Spec §4: high psychosocial risk, or a prior treatment that made things worse; it follows the
  // latest screen (§4c.6), and a sign known only from intake is not carried to graduation.
  'fear-avoidance': ({ intake, history }) => (intake.fearAvoidance && !(history.at(-1)?.phase === 'graduated' && intake.psychosocial.screenedOnlyAtIntake) ? fearAvoidanceReasons(intake) : []),
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
  // Spec §4c.6: care simply continuing after the goals are met and held.
  'graduated-still-attending': ({ file, history, goals, settings }) => {
    if (file.ongoingCare || !isOpen(file)) return [];
    const graduated = history.find((h) => h.phase === 'graduated');
    let from: string | null = graduated?.since ?? null;
    let why = graduated ? `Graduated on ${graduated.since}` : '';
    if (from === null && goals.length > 0 && goals.every((g) => g.atTarget && g.reachedTargetOn !== null)) {
      const reached = goals.reduce((day, g) => (g.reachedTargetOn !== null && g.reachedTargetOn > day ? g.reachedTargetOn : day), '0000-00-00');
      from = addDays(reached, settings.graduationHoldDays);
      why = `Every goal at target since ${reached}, held ${plural(settings.graduationHoldDays, 'day')} by ${from}`;
    }
    if (from === null) return [];
    const after = file.sessions.filter((s) => dayOf(s.date) > (from ?? ''));
    if (after.length === 0) return [];
    return [{ rule: 'graduated-still-attending', text: `${why}; ${plural(after.length, 'session')} since (latest ${dayOf(after[after.length - 1]?.date ?? '')}): care goes on with no declared reason. Graduate with a flare plan, or declare ongoing care with a reason and a review date.` }];
  },
  // Spec §4c.6: a finding for the physician with no referral or decision recorded since the report.
  'imaging-finding-open': ({ file, imagingForPhysician }) => imagingForPhysician.flatMap((report) => {
    const referred = file.referrals.some((r) => r.date >= report.date && medicalDisciplines.has(r.to.discipline) && r.status !== 'cancelled');
    const decided = file.checkpoints.some((c) => c.date >= report.date && (c.decision?.code === 'medical-re-evaluation' || c.decision?.code === 'urgent-medical-referral'));
    return referred || decided ? [] : report.reasons.map((r) => ({ rule: 'imaging-finding-open', text: `${r.text} No referral to a physician or checkpoint decision has been recorded since.` }));
  }),
};

export function flagsFor(inputs: FlagInputs): Flag[] {
  const flags: Flag[] = [];
  for (const [code, rule] of Object.entries(rules) as [Flag['code'], Rule][]) {
    const reasons = rule(inputs);
    if (reasons.length > 0) flags.push({ code, reasons });
  }
  return flags;
}
