// One rule per recommendation of Lin et al. 2020 (reference §8): each reads the records known on the
// as-of day and returns met / not-met / not-applicable with its reasons. The rule is stated above
// each function and again in the reason text, so a clinic lead sees why a box is ticked or not.
// These check that the records show the step was taken, not how well it was done.
import type { CaseFile, PriorTreatment } from '../records/case-file.ts';
import type { InstrumentCode } from '../records/instrument-codes.ts';
import { careKindOf } from '../records/modalities.ts';
import type { Settings } from '../settings/catalogue.ts';
import { evaluateRedFlags } from '../screens/red-flags.ts';
import { addDays, daysBetween, dayOf, isKnownOn } from '../time.ts';
import type { RuleReason } from '../screens/reason.ts';

export const auditStatuses = ['met', 'not-met', 'not-applicable'] as const;
export type AuditStatus = (typeof auditStatuses)[number];

export interface RuleResult {
  status: AuditStatus;
  reasons: RuleReason[];
}

/** The records known on the as-of day that the rules read. */
export interface AuditContext {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  sessions: CaseFile['sessions'];
  measures: CaseFile['measures'];
}

const psychosocialInstruments: ReadonlySet<InstrumentCode> = new Set(['start-back', 'tsk-11', 'fabq', 'phq-2', 'gad-2', 'isi']);
const outcomeInstruments: ReadonlySet<InstrumentCode> = new Set(['nprs', 'peg', 'psfs', 'odi', 'ndi']);
const priorConservativeKinds: ReadonlySet<PriorTreatment['kind']> = new Set(['exercise-program', 'physiotherapy', 'graded-activity']);

const result = (rule: string, status: AuditStatus, text: string): RuleResult => ({ status, reasons: [{ rule, text }] });
const known = (date: string | undefined, asOf: string): date is string => date !== undefined && isKnownOn(date, asOf);
const hasKind = (session: CaseFile['sessions'][number], kind: 'passive' | 'active'): boolean =>
  session.modalities.some((given) => careKindOf(given.modality) === kind);

/** 1. Met when at least one goal is set and the care plan was agreed with the patient (carePlanAgreedOn). */
export function patientCentred({ file, asOf }: AuditContext): RuleResult {
  const goals = file.goals.filter((goal) => isKnownOn(goal.setOn, asOf)).length;
  const agreed = known(file.intake.carePlanAgreedOn, asOf);
  const missing = [goals === 0 ? 'no goal set with the patient' : '', agreed ? '' : 'no record that the care plan was agreed with the patient'].filter(Boolean);
  return missing.length === 0
    ? result('lin-1', 'met', `${goals} goal(s) set and the care plan agreed with the patient on ${file.intake.carePlanAgreedOn}.`)
    : result('lin-1', 'not-met', `Needs goals set with the patient and an agreed care plan: ${missing.join('; ')}.`);
}

/** 2. Met when a red-flag screen was done (one recorded as not done does not count). */
export function redFlagsScreened({ file, asOf }: AuditContext): RuleResult {
  const screen = file.intake.redFlags;
  if (screen?.status === 'not-done' && known(screen.date, asOf)) return result('lin-2', 'not-met', `The red-flag screen of ${screen.date} was not done.`);
  return known(screen?.date, asOf)
    ? result('lin-2', 'met', `Red-flag screen recorded on ${screen?.date}.`)
    : result('lin-2', 'not-met', 'No red-flag screen recorded.');
}

/** 3. Met when any psychosocial screen is recorded (STarT Back, TSK-11, FABQ, PHQ-2, GAD-2, ISI). */
export function psychosocialAssessed({ measures }: AuditContext): RuleResult {
  const found = measures.filter((measure) => psychosocialInstruments.has(measure.instrument));
  return found.length > 0
    ? result('lin-3', 'met', `Psychosocial screen recorded: ${[...new Set(found.map((m) => m.instrument))].join(', ')}.`)
    : result('lin-3', 'not-met', 'No psychosocial screen recorded (STarT Back, TSK-11, FABQ, PHQ-2, GAD-2 or ISI).');
}

/** 4. Met when there is no imaging, or every image has a recorded indication; not met when any has none. */
export function imagingSelective({ file, asOf }: AuditContext): RuleResult {
  const images = file.intake.imaging.filter((image) => isKnownOn(image.date, asOf));
  if (images.length === 0) return result('lin-4', 'met', 'No imaging: nothing was ordered without an indication.');
  const unexplained = images.filter((image) => image.indication === 'none-recorded');
  return unexplained.length === 0
    ? result('lin-4', 'met', `Every image has a recorded indication (${[...new Set(images.map((i) => i.indication))].join(', ')}).`)
    : result('lin-4', 'not-met', `Imaging without a recorded indication: ${unexplained.map((i) => `${i.modality} of ${i.date}`).join(', ')}. Image only for suspected serious pathology, poor response to care, or when the result would change management.`);
}

/** 5. Met when the intake records a physical examination (physicalExamOn). */
export function physicalExam({ file, asOf }: AuditContext): RuleResult {
  return known(file.intake.physicalExamOn, asOf)
    ? result('lin-5', 'met', `Physical examination recorded on ${file.intake.physicalExamOn}.`)
    : result('lin-5', 'not-met', 'No physical examination recorded at intake.');
}

/**
 * 6. Met when an outcome measure (NPRS, PEG, PSFS, ODI, NDI) has a baseline and a later score on
 * another day. With a baseline only, not applicable until outcomeMeasureMaxAgeDays have passed (a
 * follow-up is not yet due), not met after. Not met with no outcome measure at all.
 */
export function outcomesMonitored({ measures, asOf, settings }: AuditContext): RuleResult {
  const outcomes = measures.filter((measure) => outcomeInstruments.has(measure.instrument));
  if (outcomes.length === 0) return result('lin-6', 'not-met', 'No outcome measure recorded (NPRS, PEG, PSFS, ODI or NDI).');
  const repeated = [...new Set(outcomes.map((m) => m.instrument))].filter(
    (instrument) => new Set(outcomes.filter((m) => m.instrument === instrument).map((m) => m.date)).size >= 2,
  );
  if (repeated.length > 0) return result('lin-6', 'met', `Baseline and follow-up recorded for ${repeated.join(', ')}.`);
  const baseline = outcomes.map((m) => m.date).sort()[0] ?? asOf;
  const due = addDays(baseline, settings.outcomeMeasureMaxAgeDays);
  return daysBetween(baseline, asOf) < settings.outcomeMeasureMaxAgeDays
    ? result('lin-6', 'not-applicable', `Baseline recorded on ${baseline}; a follow-up measure is not due until ${due}.`)
    : result('lin-6', 'not-met', `Only a baseline (${baseline}); no follow-up outcome measure by ${due}.`);
}

/** 7. Met when the intake records education (educationOn) or a session gave education. */
export function educated({ file, asOf, sessions }: AuditContext): RuleResult {
  if (known(file.intake.educationOn, asOf)) return result('lin-7', 'met', `Condition and options explained on ${file.intake.educationOn}.`);
  const session = sessions.find((s) => s.modalities.some((given) => given.modality === 'education'));
  return session
    ? result('lin-7', 'met', `Education given in the session of ${dayOf(session.date)}.`)
    : result('lin-7', 'not-met', 'No education recorded, at intake or in a session.');
}

/** 8. Met when a session gave active care (exercise, loading, graded activity or a home programme). */
export function exerciseAddressed({ sessions }: AuditContext): RuleResult {
  const session = sessions.find((s) => hasKind(s, 'active'));
  return session
    ? result('lin-8', 'met', `Active care first given in the session of ${dayOf(session.date)}.`)
    : result('lin-8', 'not-met', sessions.length === 0 ? 'No sessions recorded yet, so no active care.' : 'No session has recorded active care (exercise, loading, graded activity or a home programme).');
}

/**
 * 9. Not applicable when no passive care was given. Met when active care was given too. With passive
 * care only: not applicable during the first passiveOnlyDays after the first passive session (the
 * early, passive-led phase of spec §4), not met after it.
 */
export function manualTherapyAdjunct({ file, sessions, asOf, settings }: AuditContext): RuleResult {
  const firstPassive = sessions.find((s) => hasKind(s, 'passive'));
  if (!firstPassive) return result('lin-9', 'not-applicable', 'No passive care given.');
  if (sessions.some((s) => hasKind(s, 'active'))) return result('lin-9', 'met', 'Passive care is given alongside active care.');
  const deadline = addDays(dayOf(firstPassive.date), settings.passiveOnlyDays);
  if (daysBetween(dayOf(firstPassive.date), asOf) < settings.passiveOnlyDays) {
    return result('lin-9', 'not-applicable', `Passive care only, within the first ${settings.passiveOnlyDays} days (until ${deadline}): too early to judge.`);
  }
  const irritable = file.intake.irritability.confirmed === 'high' ? ' Irritability is confirmed high, which may explain it; record the plan to bring in active work.' : '';
  return result('lin-9', 'not-met', `Passive care only for more than ${settings.passiveOnlyDays} days since ${dayOf(firstPassive.date)}, with no active care.${irritable}`);
}

/**
 * 10. Not applicable unless a referral to spine surgery is recorded. Met when, before that referral,
 * the patient had active care in this episode or an earlier exercise programme, physiotherapy or
 * graded activity, or when an emergency or urgent red flag was positive (a specific indication).
 * Not met otherwise. A surgery before this episode is outside its care and only noted.
 */
export function nonSurgicalFirst({ file, sessions, asOf }: AuditContext): RuleResult {
  const referral = file.referrals.find((r) => r.to.discipline === 'spine-surgery' && isKnownOn(r.date, asOf));
  const priorSurgery = file.intake.priorTreatments.some((t) => t.kind === 'surgery') ? ' An earlier surgery is recorded; it came before this episode.' : '';
  if (!referral) return result('lin-10', 'not-applicable', `No surgical referral in this episode.${priorSurgery}`);
  const redFlags = evaluateRedFlags(file.intake.redFlags, asOf);
  if (redFlags.highestTier === 'emergency' || redFlags.highestTier === 'urgent') {
    return result('lin-10', 'met', `Surgical referral of ${referral.date} follows a positive ${redFlags.highestTier} red flag, a specific indication.`);
  }
  const activeBefore = sessions.find((s) => hasKind(s, 'active') && dayOf(s.date) <= referral.date);
  const priorConservative = file.intake.priorTreatments.find((t) => priorConservativeKinds.has(t.kind));
  if (activeBefore) return result('lin-10', 'met', `Active care (from ${dayOf(activeBefore.date)}) came before the surgical referral of ${referral.date}.`);
  if (priorConservative) return result('lin-10', 'met', `An earlier ${priorConservative.kind} came before the surgical referral of ${referral.date}.`);
  return result('lin-10', 'not-met', `Surgical referral of ${referral.date} with no active non-surgical care recorded before it and no red-flag indication.${priorSurgery}`);
}

/** A goal in the patient's words that is about work. A heuristic on the goal's text. */
const workWords = /\b(work|working|job|shift|duties|office|return to work)\b/i;

/**
 * 11. Not applicable when work status is not-applicable (not in paid work). Not met when it is not
 * recorded. Met when the patient is working. Off work or on modified duties: met when a goal is about
 * work (its activity names work, job, shift, duties or office), not met otherwise.
 */
export function workAddressed({ file, asOf }: AuditContext): RuleResult {
  const status = file.intake.workStatus;
  switch (status) {
    case undefined:
      return result('lin-11', 'not-met', 'Work status not recorded.');
    case 'not-applicable':
      return result('lin-11', 'not-applicable', 'Work does not apply to this patient.');
    case 'working':
      return result('lin-11', 'met', 'Work status recorded: working.');
    case 'modified-duties':
    case 'off-work': {
      const goal = file.goals.find((g) => isKnownOn(g.setOn, asOf) && workWords.test(g.activity));
      return goal
        ? result('lin-11', 'met', `Work status ${status}, with a goal about work: "${goal.activity}".`)
        : result('lin-11', 'not-met', `Work status ${status}, but no goal about staying at or returning to work.`);
    }
  }
}
