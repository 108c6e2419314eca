// The programme's advice against simulated truth (spec §4b, issue 13). Each simulated patient with a
// home programme is run twice more, on the same seed: once with the engine setting the doses at each
// weekly review (the engine replayed on the records so far, its advice taken as given: progress and
// step back within an exercise; a step to another rung of the ladder is held), once with a fixed +10%
// a week. From the engine's run: at the reviews where the true tolerance could take the next step
// (the patient did at least 3 in 4 of the week's sessions and no flare was under way), how often it
// advised `progress`; at those where the dose was past the tolerance on at least 2 of the week's
// sessions, how often `regress`. From both runs: the load-caused flares (the simulator's own count).
import { assess } from '../domain/engine/index.ts';
import type { ProgrammeAdvice } from '../domain/engine/index.ts';
import { caseFileSchema } from '../domain/records/index.ts';
import type { Settings } from '../domain/settings/index.ts';
import { fixedWeeklyIncrease, simulateEpisode, type LoadPolicy, type PlannedEpisode, type ProgrammeReview } from '../sim/index.ts';

/** A weekly review's truth (the simulator's) beside the engine's advice at it. */
export interface ReviewPair extends Pick<ProgrammeReview, 'canStep' | 'pastTolerance' | 'sessionsPast' | 'sessionsWellPast' | 'doneShare' | 'flareUnderWay'> {
  advice: ProgrammeAdvice['advice'] | null;
  /** The rule of the advice's deciding reason (the last for a hold or progress, the first for a step back). */
  rule: string | null;
}

export interface ProgrammeResult {
  reviews: ReviewPair[];
  /** Load-caused flares and weeks of programme, under the engine's advice and under the fixed plan. */
  engine: { loadFlares: number; weeks: number };
  fixed: { loadFlares: number; weeks: number };
  assessCalls: number;
}

/** The rule that decided the advice: a step back's first reason; a hold's first that is not the band's plain reading. */
function decidingRule(advice: ProgrammeAdvice | undefined): string | null {
  if (!advice) return null;
  if (advice.advice !== 'hold') return advice.reasons[0]?.rule ?? null;
  return advice.reasons.find((r) => r.rule !== 'pain-monitoring')?.rule ?? 'pain-monitoring';
}

/** Null for a patient who never had a home programme (no active care in the simulated course). */
export function evaluateProgramme(planned: PlannedEpisode, settings: Settings): ProgrammeResult | null {
  const advised = new Map<string, ProgrammeAdvice>();
  let calls = 0;
  const engine: LoadPolicy = (view) => {
    calls += 1;
    const assessment = assess(caseFileSchema.parse(view.caseFile()), view.date, settings);
    const changes = new Map<string, ProgrammeAdvice['nextDose']>();
    for (const advice of assessment.programme) {
      advised.set(`${view.date} ${advice.exerciseId}`, advice);
      if (advice.advice !== 'hold' && advice.nextExerciseId === advice.exerciseId) changes.set(advice.exerciseId, advice.nextDose);
    }
    return changes;
  };
  const byEngine = simulateEpisode(planned.archetype, planned.seed, planned.startDate, { loadPolicy: engine }).truth.programme;
  if (!byEngine) return null;
  const byFixed = simulateEpisode(planned.archetype, planned.seed, planned.startDate, { loadPolicy: fixedWeeklyIncrease }).truth.programme;
  const weeks = (reviews: readonly { date: string }[]): number => new Set(reviews.map((r) => r.date)).size;
  return {
    reviews: byEngine.reviews.map(({ canStep, pastTolerance, sessionsPast, sessionsWellPast, doneShare, flareUnderWay, ...r }) => ({
      canStep, pastTolerance, sessionsPast, sessionsWellPast, doneShare, flareUnderWay,
      advice: advised.get(`${r.date} ${r.exerciseId}`)?.advice ?? null,
      rule: decidingRule(advised.get(`${r.date} ${r.exerciseId}`)),
    })),
    engine: { loadFlares: byEngine.loadFlares, weeks: weeks(byEngine.reviews) },
    fixed: { loadFlares: byFixed?.loadFlares ?? 0, weeks: weeks(byFixed?.reviews ?? []) },
    assessCalls: calls,
  };
}

export interface ProgrammeMetrics {
  patients: number;
  reviews: number;
  /** Reviews where the truth could take the next step, and of them those advised `progress`. */
  couldStep: number;
  progressed: number;
  progressSensitivity: number | null;
  /** Reviews past the tolerance on 2+ sessions, and of them those advised `regress`. */
  pastTolerance: number;
  regressed: number;
  regressSensitivity: number | null;
  /** The same, where 2+ sessions were more than 5% past the tolerance (where the simulator's load flares begin). */
  wellPast: number;
  regressedWellPast: number;
  /** Why the engine held where the truth could step, and where it was past the tolerance: counts by deciding rule. */
  holdsWhereCouldStep: Record<string, number>;
  holdsWherePast: Record<string, number>;
  /** `progress` advised while the dose was already past the tolerance (the harmful miss). */
  progressPastTolerance: number;
  engine: { loadFlares: number; weeks: number };
  fixed: { loadFlares: number; weeks: number };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function summariseProgramme(results: readonly (ProgrammeResult | null | undefined)[]): ProgrammeMetrics {
  const runs = results.filter((r): r is ProgrammeResult => r !== null && r !== undefined);
  const reviews = runs.flatMap((r) => r.reviews);
  const could = reviews.filter((r) => r.canStep && Math.min(1, r.doneShare) >= 0.75 && !r.flareUnderWay);
  const past = reviews.filter((r) => r.pastTolerance && r.sessionsPast >= 2);
  const sum = (pick: (r: ProgrammeResult) => { loadFlares: number; weeks: number }): { loadFlares: number; weeks: number } =>
    runs.reduce((total, r) => ({ loadFlares: total.loadFlares + pick(r).loadFlares, weeks: total.weeks + pick(r).weeks }), { loadFlares: 0, weeks: 0 });
  const progressed = could.filter((r) => r.advice === 'progress').length;
  const regressed = past.filter((r) => r.advice === 'regress').length;
  const wellPast = reviews.filter((r) => r.pastTolerance && r.sessionsWellPast >= 2);
  const tally = (list: readonly ReviewPair[]): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const r of list) counts[r.rule ?? 'none'] = (counts[r.rule ?? 'none'] ?? 0) + 1;
    return counts;
  };
  return {
    patients: runs.length,
    reviews: reviews.length,
    couldStep: could.length, progressed, progressSensitivity: ratio(progressed, could.length),
    pastTolerance: past.length, regressed, regressSensitivity: ratio(regressed, past.length),
    wellPast: wellPast.length, regressedWellPast: wellPast.filter((r) => r.advice === 'regress').length,
    holdsWhereCouldStep: tally(could.filter((r) => r.advice !== 'progress')),
    holdsWherePast: tally(past.filter((r) => r.advice !== 'regress')),
    progressPastTolerance: reviews.filter((r) => r.pastTolerance && r.advice === 'progress').length,
    engine: sum((r) => r.engine),
    fixed: sum((r) => r.fixed),
  };
}

const pct = (value: number | null): string => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'met' : '**missed**');
const per100 = (flares: number, weeks: number): string => (weeks === 0 ? 'n/a' : (100 * flares / weeks).toFixed(1));

/** The programme's rows of the goals table. */
export function programmeRows(m: ProgrammeMetrics): string[] {
  const fewer = m.engine.loadFlares < m.fixed.loadFlares;
  return [
    `| programme: \`progress\` when the true tolerance could take the next step | >= 90% | ${pct(m.progressSensitivity)} (${m.progressed} of ${m.couldStep} weekly reviews) | ${verdict(m.progressSensitivity === null ? null : m.progressSensitivity >= 0.9)} |`,
    `| programme: \`regress\` when the dose was past the true tolerance | >= 90% | ${pct(m.regressSensitivity)} (${m.regressed} of ${m.pastTolerance} weekly reviews) | ${verdict(m.regressSensitivity === null ? null : m.regressSensitivity >= 0.9)} |`,
    `| programme: load-caused flares, engine's advice vs a fixed +10% a week (same patients) | fewer | ${m.engine.loadFlares} vs ${m.fixed.loadFlares} (${per100(m.engine.loadFlares, m.engine.weeks)} vs ${per100(m.fixed.loadFlares, m.fixed.weeks)} per 100 programme-weeks) | ${verdict(fewer)} |`,
  ];
}

const counts = (tally: Record<string, number>): string => Object.entries(tally).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none';

export function programmeNote(m: ProgrammeMetrics): string {
  return [
    `Programme: ${m.patients} simulated patients with a home programme, ${m.reviews} exercise-weeks reviewed under the engine's advice. \`progress\` advised while the dose was already past the true tolerance: ${m.progressPastTolerance} times. Under the engine's advice ${m.engine.loadFlares} load-caused flares in ${m.engine.weeks} programme-weeks; under a fixed +10% a week ${m.fixed.loadFlares} in ${m.fixed.weeks}.`,
    `Where the truth could take the next step but the engine did not advise it, the deciding rule was: ${counts(m.holdsWhereCouldStep)}. Where the dose was past the tolerance but the engine did not step it back: ${counts(m.holdsWherePast)}. Counting only doses more than 5% past the tolerance on 2 or more sessions (where the simulator's load flares begin), \`regress\` was advised in ${pct(ratio(m.regressedWellPast, m.wellPast))} (${m.regressedWellPast} of ${m.wellPast}).`,
  ].join('\n\n');
}
