// Is the intake complete enough for care to proceed, and from which day? Complete means: the clinician
// marked the intake done, the red-flag screen is recorded (a screen saved as "not done" is not), and
// irritability is confirmed (the engine uses only grades a clinician confirmed, never the
// suggestion). An emergency or urgent red flag that no clinician has cleared stops everything
// (spec §4, phase screening). Irritability is a series (spec §4a.1): `irritability` is the grade in
// force on the as-of day, `grades` the whole series for the rules that read it day by day.
import type { CaseFile } from '../records/case-file.ts';
import type { Irritability } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { evaluateRedFlags, summarisePsychosocial, type PsychosocialSummary, type RedFlagResult } from '../screens/index.ts';
import type { Reason } from './assessment.ts';
import { describeGrade, gradeOn, irritabilityGrades, type GradeOn } from './irritability.ts';

export interface IntakeStatus {
  complete: boolean;
  /** The day care could proceed: the latest of intake completion, screen, first irritability grade, clearance. */
  startDay: string | null;
  reasons: Reason[];
  urgent: { since: string; reasons: Reason[] } | null;
  /** The grade in force on the as-of day. */
  irritability: Irritability | null;
  /** That grade with its date and where it was given. */
  irritabilityGrade: GradeOn | null;
  /** Every confirmed grade, oldest first. */
  grades: GradeOn[];
  fearAvoidance: boolean;
  redFlags: RedFlagResult;
  psychosocial: PsychosocialSummary;
}

export function intakeStatus(file: CaseFile, asOf: string, settings: Settings): IntakeStatus {
  const { intake } = file;
  const redFlags = evaluateRedFlags(intake.redFlags, asOf);
  const psychosocial = summarisePsychosocial(file, asOf, settings);
  const grades = irritabilityGrades(file);
  const current = gradeOn(grades, asOf);
  const first = grades[0] ?? null;
  const missing: string[] = [];
  if (intake.completedOn === undefined) missing.push('the intake is not marked complete');
  if (!redFlags.screened) missing.push('no completed red-flag screen is recorded');
  if (first === null) missing.push('irritability is not confirmed by a clinician');

  // Spec §4: fear-avoidance is high psychosocial risk, or a prior treatment that made things worse.
  const fearAvoidance = psychosocial.fearAvoidance || psychosocial.risk === 'high';
  const base = { irritability: current?.grade ?? null, irritabilityGrade: current, grades, fearAvoidance, redFlags, psychosocial };
  if (redFlags.blocksCare && intake.redFlags) {
    return { ...base, complete: false, startDay: null, reasons: redFlags.reasons, urgent: { since: intake.redFlags.date, reasons: redFlags.reasons } };
  }
  if (missing.length > 0 || first === null) {
    return { ...base, complete: false, startDay: null, reasons: [{ rule: 'intake-complete', text: `Screening continues: ${missing.join('; ')}.` }], urgent: null };
  }
  const days = [intake.completedOn, intake.redFlags?.date, first.date, redFlags.cleared?.date]
    .filter((d): d is string => d !== undefined);
  const startDay = days.reduce((a, b) => (a > b ? a : b));
  const latest = current ?? first;
  const gradeText = latest === first ? `irritability confirmed ${first.grade}` : `irritability confirmed ${first.grade} at first, now ${describeGrade(latest)}`;
  return {
    ...base,
    complete: true,
    startDay,
    reasons: [{ rule: 'intake-complete', text: `Intake complete on ${startDay}: red-flag screen recorded, ${gradeText}.` }, ...redFlags.reasons],
    urgent: null,
  };
}
