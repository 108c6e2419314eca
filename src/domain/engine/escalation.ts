// The escalation ladder after a plateau cites the treatment-evidence catalogue for the patient's
// condition category (src/domain/evidence), so the clinician sees what the guidelines say next.
import type { ConditionCategory } from '../records/vocabulary.ts';
import type { Reason } from './assessment.ts';

export function escalationReasons(condition: ConditionCategory): Reason {
  return {
    rule: 'escalation-ladder',
    text: `Escalation order (a software synthesis of NICE NG59, ACP 2017 and NICE NG193, reference §10, not a guideline): adherence and dose, then adjustment, then referral or medical re-evaluation; injections, neuropathic medication, nerve blocks, radiofrequency ablation and surgical consultation are the physician's, last, and only with their indications. Condition category: ${condition}.`,
  };
}
