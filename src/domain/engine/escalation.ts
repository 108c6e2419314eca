// The escalation ladder after a plateau cites the treatment-evidence catalogue for the patient's
// condition category (src/domain/evidence, reference §10-§11), so the clinician sees, beside each
// rung, what the guidelines say about the treatments on it and where they disagree.
import { escalationOptions } from '../evidence/index.ts';
import type { ConditionCategory, RecommendationCode } from '../records/vocabulary.ts';
import type { Reason } from './assessment.ts';

export function escalationReasons(condition: ConditionCategory, code: RecommendationCode): Reason[] {
  const ladder = escalationOptions(condition);
  const step = ladder.steps.find((s) => s.recommendation === code);
  if (!step) return [{ rule: 'escalation-ladder', text: ladder.synthesisNote }];
  const evidence = step.evidence.map((e) => {
    const positions = e.positions.map((p) => `${p.guidelineTitle}: ${p.position}`).join('; ');
    return `${e.label} (${positions || 'not addressed'})${e.conflict ? ', guidelines disagree' : ''}`;
  });
  return [{
    rule: 'escalation-ladder',
    text: `Step ${step.order} of the ladder for ${condition}, "${step.title}": ${step.action}${evidence.length > 0 ? ` Evidence: ${evidence.join('. ')}.` : ''} ${ladder.synthesisNote} ${ladder.physicianNote} Source: ${step.source}.`,
  }];
}
