// Is the intake complete enough for care to proceed, and from which day? Complete means: the clinician
// marked the intake done, the red-flag screen is recorded, and irritability is confirmed (the engine
// uses only the clinician's confirmed grade, never the suggestion). An emergency or urgent red flag
// that no clinician has cleared stops everything (spec §4, phase screening).
import type { CaseFile } from '../records/case-file.ts';
import type { Irritability } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { evaluateRedFlags, summarisePsychosocial, type PsychosocialSummary, type RedFlagResult } from '../screens/index.ts';
import type { Reason } from './assessment.ts';

export interface IntakeStatus {
  complete: boolean;
  /** The day care could proceed: the latest of intake completion, screen, irritability grade, clearance. */
  startDay: string | null;
  reasons: Reason[];
  urgent: { since: string; reasons: Reason[] } | null;
  irritability: Irritability | null;
  fearAvoidance: boolean;
  redFlags: RedFlagResult;
  psychosocial: PsychosocialSummary;
}

export function intakeStatus(file: CaseFile, asOf: string, settings: Settings): IntakeStatus {
  const { intake } = file;
  const redFlags = evaluateRedFlags(intake.redFlags, asOf);
  const psychosocial = summarisePsychosocial(file, asOf, settings);
  const irritability = intake.irritability.confirmed;
  const missing: string[] = [];
  if (intake.completedOn === undefined) missing.push('the intake is not marked complete');
  if (!redFlags.screened) missing.push('no red-flag screen is recorded');
  if (irritability === null) missing.push('irritability is not confirmed by a clinician');

  // Spec §4: fear-avoidance is high psychosocial risk, or a prior treatment that made things worse.
  const fearAvoidance = psychosocial.fearAvoidance || psychosocial.risk === 'high';
  const base = { irritability, fearAvoidance, redFlags, psychosocial };
  if (redFlags.blocksCare && intake.redFlags) {
    return { ...base, complete: false, startDay: null, reasons: redFlags.reasons, urgent: { since: intake.redFlags.date, reasons: redFlags.reasons } };
  }
  if (missing.length > 0) {
    return { ...base, complete: false, startDay: null, reasons: [{ rule: 'intake-complete', text: `Screening continues: ${missing.join('; ')}.` }], urgent: null };
  }
  const days = [intake.completedOn, intake.redFlags?.date, intake.irritability.confirmedOn, redFlags.cleared?.date]
    .filter((d): d is string => d !== undefined);
  const startDay = days.reduce((a, b) => (a > b ? a : b));
  return {
    ...base,
    complete: true,
    startDay,
    reasons: [{ rule: 'intake-complete', text: `Intake complete on ${startDay}: red-flag screen recorded, irritability confirmed ${irritability}.` }, ...redFlags.reasons],
    urgent: null,
  };
}
