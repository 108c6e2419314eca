// The guideline audit of one episode (spec §5): the eleven recommendations of Lin et al. 2020
// (reference §8), each met / not met / not applicable from the records known on the as-of day, and
// the clinic-level share of episodes meeting each one among those where it applies.
import type { CaseFile } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import type { RuleReason } from '../screens/reason.ts';
import { byCalendar, isKnownOn } from '../time.ts';
import {
  educated, exerciseAddressed, imagingSelective, manualTherapyAdjunct, nonSurgicalFirst, outcomesMonitored,
  patientCentred, physicalExam, psychosocialAssessed, redFlagsScreened, workAddressed,
  type AuditContext, type AuditStatus, type RuleResult,
} from './audit-rules.ts';
import { linRecommendations, type GuidelineRecommendationId } from './lin-2020.ts';

export interface GuidelineAuditItem {
  id: GuidelineRecommendationId;
  title: string;
  status: AuditStatus;
  reasons: RuleReason[];
}

const rules: Record<GuidelineRecommendationId, (context: AuditContext) => RuleResult> = {
  1: patientCentred,
  2: redFlagsScreened,
  3: psychosocialAssessed,
  4: imagingSelective,
  5: physicalExam,
  6: outcomesMonitored,
  7: educated,
  8: exerciseAddressed,
  9: manualTherapyAdjunct,
  10: nonSurgicalFirst,
  11: workAddressed,
};

/** Audit one episode against the eleven recommendations, as known on `asOf`. */
export function auditGuidelines(caseFile: CaseFile, asOf: string, settings: Settings = defaultSettings): GuidelineAuditItem[] {
  const context: AuditContext = {
    file: caseFile,
    asOf,
    settings,
    sessions: caseFile.sessions.filter((s) => isKnownOn(s.date, asOf)).sort((a, b) => byCalendar(a.date, b.date)),
    measures: caseFile.measures.filter((m) => isKnownOn(m.date, asOf)).sort((a, b) => byCalendar(a.date, b.date)),
  };
  return linRecommendations.map((recommendation) => {
    const { status, reasons } = rules[recommendation.id](context);
    return { id: recommendation.id, title: recommendation.title, status, reasons };
  });
}

export interface ClinicAuditShare {
  id: GuidelineRecommendationId;
  title: string;
  met: number;
  notMet: number;
  notApplicable: number;
  /** met / (met + not met); null when the recommendation applied to no episode. */
  share: number | null;
}

/** Per recommendation, the share of episodes meeting it among those where it applies. */
export function clinicAuditShares(audits: readonly (readonly GuidelineAuditItem[])[]): ClinicAuditShare[] {
  return linRecommendations.map((recommendation) => {
    const items = audits.flatMap((audit) => audit.filter((item) => item.id === recommendation.id));
    const count = (status: AuditStatus): number => items.filter((item) => item.status === status).length;
    const met = count('met');
    const notMet = count('not-met');
    return {
      id: recommendation.id,
      title: recommendation.title,
      met,
      notMet,
      notApplicable: count('not-applicable'),
      share: met + notMet === 0 ? null : met / (met + notMet),
    };
  });
}
