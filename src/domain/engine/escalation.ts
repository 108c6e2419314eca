// The escalation ladder after a plateau cites the treatment-evidence catalogue for the patient's
// condition category (src/domain/evidence, reference §10-§11), so the clinician sees, beside each
// rung, what the guidelines say about the treatments on it and where they disagree. The physician's
// options (injections, nerve procedures, surgery) are named only at the ladder's physician rung
// (spec §4c.8), never at a first plateau.
import { escalationOptions } from '../evidence/index.ts';
import type { ConditionCategory, RecommendationCode } from '../records/vocabulary.ts';
import type { Reason } from './assessment.ts';

export function escalationReasons(condition: ConditionCategory, code: RecommendationCode, physicianRung = false): Reason[] {
  const ladder = escalationOptions(condition);
  const step = physicianRung
    ? ladder.steps.find((s) => s.physicianDecision && s.options.length > 0)
    : ladder.steps.find((s) => s.recommendation === code);
  if (!step) return [{ rule: 'escalation-ladder', text: ladder.synthesisNote }];
  const evidence = step.evidence.map((e) => {
    const positions = e.positions.map((p) => `${p.guidelineTitle}: ${p.position}`).join('; ');
    return `${e.label} (${positions || 'not addressed'})${e.conflict ? ', guidelines disagree' : ''}`;
  });
  const options = step.options.map((o) => `${o.title}: ${o.indication}`);
  return [{
    rule: 'escalation-ladder',
    text: `Step ${step.order} of the ladder for ${condition}, "${step.title}": ${step.action}${evidence.length > 0 ? ` Evidence: ${evidence.join('. ')}.` : ''}${options.length > 0 ? ` Options, each only with its indication: ${options.join(' ')}` : ''} ${ladder.synthesisNote} Source: ${step.source}.`,
  }];
}
