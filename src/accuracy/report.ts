// The accuracy figures as Markdown: the goals table first (spec'd goals against what the engine did),
// then the flare confusion table, the per-archetype breakdown and the side checks.
import type { FlareClassification } from '../domain/records/index.ts';
import { engineClasses, trueClasses, type DateAgreement, type Distribution, type Metrics } from './metrics.ts';
import { programmeNote, programmeRows, type ProgrammeMetrics } from './programme.ts';

export interface RunInfo {
  command: string;
  seed: number;
  patients: number;
  startDate: string;
  seconds: number;
  workers: number;
}

const pct = (value: number | null): string => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
const days = (value: number | null): string => (value === null ? 'n/a' : `${value} d`);
const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'met' : '**missed**');
const dist = (d: Distribution): string => `median ${days(d.median)}, p90 ${days(d.p90)} (n = ${d.count})`;

function agreementLine(name: string, a: DateAgreement): string {
  return `| ${name} | ${a.both} | ${days(a.absError.median)} | ${days(a.absError.p90)} | ${a.medianSigned === null ? 'n/a' : `${a.medianSigned > 0 ? '+' : ''}${a.medianSigned} d`} | ${a.truthOnly} | ${a.engineOnly} | ${a.neither} |`;
}

export function renderReport(metrics: Metrics, run: RunInfo, programme?: ProgrammeMetrics): string {
  const { plateau, flares } = metrics;
  const lines: string[] = [];
  lines.push(`Command: \`${run.command}\` (cohort seed ${run.seed}, ${run.patients} episodes starting from ${run.startDate}; ${metrics.assessCalls} engine replays on ${run.workers} worker${run.workers === 1 ? '' : 's'} in ${run.seconds.toFixed(0)} s).`);
  lines.push('');
  lines.push('| measure | goal | result | verdict |');
  lines.push('|---|---|---|---|');
  lines.push(`| plateau sensitivity (plateaus as the spec defines them) | >= 90% | ${pct(plateau.sensitivity)} (${plateau.detectedDefinable} of ${plateau.definable}) | ${verdict(plateau.sensitivity === null ? null : plateau.sensitivity >= 0.9)} |`);
  lines.push(`| plateau sensitivity (every frozen course, definable or not) | (report) | ${pct(plateau.sensitivityAllFrozen)} (${plateau.detected} of ${plateau.truth}) | - |`);
  lines.push(`| plateau specificity | >= 90% | ${pct(plateau.specificity)} (${plateau.falseAlarms} false alarms in ${plateau.negatives} episodes without a frozen course) | ${verdict(plateau.specificity === null ? null : plateau.specificity >= 0.9)} |`);
  const misread = plateau.falseAlarms - plateau.falseAlarmsTrueCourseStalled;
  const fair = plateau.negatives === 0 ? null : (plateau.negatives - misread) / plateau.negatives;
  lines.push(`| plateau specificity, alarms the noise-free course did not justify | (report) | ${pct(fair)} (${misread} alarms where the latent course was moving by the spec's own rule) | - |`);
  lines.push(`| plateau detection delay, from the onset | median <= 14 d | ${dist(plateau.delay)} | ${verdict(plateau.delay.median === null ? null : plateau.delay.median <= 14)} |`);
  lines.push(`| plateau detection delay, from the day the spec's 3 sessions and 3 weeks had passed | median <= 14 d | ${dist(plateau.delayAfterDefinable)} | ${verdict(plateau.delayAfterDefinable.median === null ? null : plateau.delayAfterDefinable.median <= 14)} |`);
  lines.push(`| flare classes correct | >= 95% | ${pct(flares.accuracy)} (${flares.correct} of ${flares.matched} matched flares) | ${verdict(flares.accuracy === null ? null : flares.accuracy >= 0.95)} |`);
  lines.push(`| expected soreness given to a flare that left the patient below baseline | 0 | ${flares.sorenessBelowBaseline} | ${verdict(flares.sorenessBelowBaseline === 0)} |`);
  const entry = metrics.movementEntry;
  const within = entry.reached === 0 ? null : entry.within3 / entry.reached;
  lines.push(`| movement entry within 3 days of the truth | >= 90% | ${pct(within)} (${entry.within3} of ${entry.reached} episodes that reach it) | ${verdict(within === null ? null : within >= 0.9)} |`);
  lines.push(`| movement-entry date error | (report) | absolute ${dist(entry.absError)} | - |`);
  if (programme) lines.push(...programmeRows(programme));
  lines.push('');
  if (programme) lines.push(programmeNote(programme), '');
  lines.push(`Of ${plateau.truth} courses that froze, ${plateau.truth - plateau.definable} never had 3 sessions over 3 weeks without a flare before the records ended (the clinician referred or declared ongoing care first), so by the spec's words they never showed a plateau; the engine reported one in ${plateau.detected - plateau.detectedDefinable} of them.`);
  lines.push(`Plateau \`since\` minus true onset at detection: ${dist(plateau.sinceError)}. Plateau reported before the true onset in ${plateau.earlyAlarms} of ${plateau.truth} plateau episodes.`);
  const quiet = plateau.quietReplays;
  lines.push(`Weekly replays of plateau episodes from 21 days after the onset that reported no plateau: ${quiet.spuriousFlare + quiet.trueFlare + quiet.noStall}; the stall was put down to a flare the simulator never made in ${quiet.spuriousFlare}, to a true flare in ${quiet.trueFlare}, and not seen as a stall (a goal or window moved in the noise, or too few sessions since the last flare) in ${quiet.noStall}.`);
  lines.push(`False plateau alarms by phase: ${Object.entries(plateau.falseAlarmsByPhase).map(([phase, n]) => `${phase} ${n}`).join(', ') || 'none'}; in ${plateau.falseAlarmsCensored} of ${plateau.falseAlarms} every relief window of the period had held to the next session, so it could not show growth. In ${plateau.falseAlarmsTrueCourseStalled} of ${plateau.falseAlarms} the noise-free course over the reported period also moved less than the spec calls meaningful (no goal up by its minimal important change, no true window a day longer): the patient was improving, but too slowly for the rule, so these are the definition's verdict, not a misreading.`);
  lines.push('');
  lines.push('Flares: rows are the true class, columns the engine\'s class of the engine flare that overlaps it most (within a day).');
  lines.push('');
  lines.push(`| true \\ engine | ${engineClasses.join(' | ')} | not found |`);
  lines.push(`|---|${engineClasses.map(() => '---').join('|')}|---|`);
  for (const cls of trueClasses) {
    const row = flares.confusion[cls];
    lines.push(`| ${cls} | ${engineClasses.map((e: FlareClassification) => String(row[e])).join(' | ')} | ${row.missed} |`);
  }
  lines.push(`| (no true flare) | ${engineClasses.map((e) => String(flares.spurious[e])).join(' | ')} | - |`);
  lines.push('');
  const context = flares.spuriousContext;
  lines.push(`Engine flares with no true flare within a day: ${Object.values(flares.spurious).reduce((a, b) => a + b, 0)}, of which ${flares.spuriousProposed} proposed from check-ins; ${context['relief-ended']} start one or two days after a true relief window ended, ${context['in-relief']} inside one, ${context.other} elsewhere.`);
  lines.push('');
  lines.push('Matched flares classed wrongly, by the rule that decided the engine\'s class (ten largest groups):');
  lines.push('');
  lines.push('| true class | engine class | deciding rule | engine flare | count |');
  lines.push('|---|---|---|---|---|');
  for (const group of flares.misclassed.slice(0, 10)) lines.push(`| ${group.truth} | ${group.engine} | ${group.rule} | ${group.source} | ${group.count} |`);
  lines.push('');
  const vis = flares.byVisibility;
  lines.push(`Found and correctly classed, by how the engine could know of the flare: recorded ${vis.recorded.found}/${vis.recorded.total} found, ${vis.recorded.correct} correct; check-ins only ${vis['check-ins'].found}/${vis['check-ins'].total} found, ${vis['check-ins'].correct} correct; in no record or check-in ${vis.unseen.found}/${vis.unseen.total} found.`);
  lines.push('');
  lines.push('Phase dates (engine minus truth; episodes without a low-irritability start or a red flag):');
  lines.push('');
  lines.push('| date | both | median abs error | p90 abs error | median signed | truth only | engine only | neither |');
  lines.push('|---|---|---|---|---|---|---|---|');
  lines.push(agreementLine('movement entry (blended)', metrics.movementEntry));
  lines.push(agreementLine('first relief window (extending-window)', metrics.firstWindow));
  lines.push(agreementLine('graduated (all episodes)', metrics.graduation));
  lines.push('');
  lines.push(`Movement entry more than a week late: ${metrics.movementEntry.lateByAWeek} episodes. Graduated in truth, not by the engine: ${metrics.graduation.truthOnly}; in ${metrics.graduation.truthOnlyGraduatedByClinician} of them the simulated clinician had graduated the patient.`);
  lines.push('');
  lines.push(`Low-irritability starts in blended: ${metrics.startsBlended.agree} of ${metrics.startsBlended.total} dated the same. Red flags: urgent referral in ${metrics.urgent.agree} of ${metrics.urgent.truth}; urgent referral without a red flag: ${metrics.urgent.falseUrgent}.`);
  lines.push('');
  lines.push('| archetype | episodes | plateau detected / true | false plateau alarms | median plateau delay | flares correct / matched | flares not found | movement-entry median abs error |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const row of metrics.byArchetype) {
    lines.push(`| ${row.archetype} | ${row.episodes} | ${row.plateauTruth === 0 ? '-' : `${row.plateauDetected} / ${row.plateauTruth}`} | ${row.plateauFalseAlarms} | ${days(row.medianDelay)} | ${row.flaresCorrect} / ${row.flaresMatched} | ${row.flaresMissed} | ${days(row.entryMedianAbsError)} |`);
  }
  return lines.join('\n');
}
