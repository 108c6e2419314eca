// A readable summary of an assessment for a clinician: the same content as the JSON, in the order a
// clinician reads it (where are we, what needs attention, what next, why).
import type { Assessment, Reason } from './assessment.ts';
import { describeWindow } from './relief-window.ts';
import { percent } from './statistics.ts';

const indent = (reasons: readonly Reason[], prefix = '    '): string[] => reasons.map((r) => `${prefix}- ${r.text}`);

export function explainAssessment(assessment: Assessment): string {
  const lines: string[] = [];
  const side = assessment.sideStatuses.length > 0 ? ` (also: ${assessment.sideStatuses.join(', ')})` : '';
  lines.push(`Assessment as of ${assessment.asOf}`, '', `Phase: ${assessment.phase}${side}`);
  for (const change of assessment.phaseHistory) {
    lines.push(`  ${change.since}  ${change.phase}`, ...indent(change.reasons));
  }
  lines.push('', 'Flags:');
  if (assessment.flags.length === 0) lines.push('  none');
  for (const flag of assessment.flags) lines.push(`  ! ${flag.code}`, ...indent(flag.reasons));

  lines.push('', 'Recommendations (the clinician decides):');
  if (assessment.recommendations.length === 0) lines.push('  none');
  for (const rec of assessment.recommendations) lines.push(`  > ${rec.code}`, ...indent(rec.reasons));

  lines.push('', `Checkpoint: outcome ${assessment.checkpoint.outcome}, due ${assessment.checkpoint.due}${assessment.checkpoint.overdue ? ' (OVERDUE)' : ''}`, ...indent(assessment.checkpoint.reasons, '  '));

  lines.push('', 'Goals:');
  if (assessment.goals.length === 0) lines.push('  none set');
  for (const goal of assessment.goals) {
    const progress = goal.progress === null ? 'no data' : `${percent(Math.max(0, Math.min(1, goal.progress)))} of the way`;
    lines.push(`  ${goal.activity}: baseline ${goal.baseline}, now ${goal.current ?? '?'}, target ${goal.target} (${progress}${goal.atTarget ? ', at target' : ''})`);
  }

  lines.push('', `Relief window per session (trend: ${assessment.reliefWindowTrend.value}):`);
  if (assessment.reliefWindows.length === 0) lines.push('  no sessions');
  for (const window of assessment.reliefWindows) lines.push(`  ${window.date.slice(0, 10)}  ${describeWindow(window)}`);

  lines.push('', `Passive share trend: ${assessment.passiveShareTrend.value}`);
  const shares = assessment.passiveShare.filter((p) => p.share !== null).slice(-6);
  if (shares.length > 0) lines.push(`  last sessions: ${shares.map((p) => `${p.date.slice(0, 10)} ${percent(p.share ?? 0)}`).join(', ')}`);

  lines.push('', 'Flares:');
  if (assessment.flares.length === 0) lines.push('  none');
  for (const flare of assessment.flares) {
    lines.push(`  ${flare.start.slice(0, 10)}${flare.end ? ` to ${flare.end.slice(0, 10)}` : ' (under way)'}  ${flare.classification}${flare.recorded ? '' : ' (proposed from check-ins)'}`, ...indent(flare.reasons));
  }
  lines.push('', `Plateau: ${assessment.plateau ? `since ${assessment.plateau.since}` : 'no'}`);
  if (assessment.plateau) lines.push(...indent(assessment.plateau.reasons, '  '));
  return `${lines.join('\n')}\n`;
}
