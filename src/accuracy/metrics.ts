// Sums the per-episode results into the accuracy figures: plateau sensitivity, specificity and delay;
// the flare confusion table; the error in the date of movement entry; and a few checks beside them
// (first relief window, graduation, urgent referral). Percentiles use the nearest-rank method.
import type { FlareClassification } from '../domain/records/index.ts';
import { dayOf, daysBetween } from '../domain/time.ts';
import type { TrueFlareClass } from '../sim/index.ts';
import type { EpisodeResult, FlarePair } from './evaluate.ts';

export const trueClasses: readonly TrueFlareClass[] = ['expected-soreness', 'normal', 'reassess'];
export const engineClasses: readonly FlareClassification[] = ['expected-soreness', 'normal', 'reassess', 'open'];

export interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface DateAgreement {
  /** Both truth and engine have a date. */
  both: number;
  absError: Distribution;
  /** Median of engine minus truth (positive: the engine is later). */
  medianSigned: number | null;
  truthOnly: number;
  engineOnly: number;
  neither: number;
}

export interface ArchetypeRow {
  archetype: string;
  episodes: number;
  plateauTruth: number;
  plateauDetected: number;
  plateauFalseAlarms: number;
  medianDelay: number | null;
  flaresMatched: number;
  flaresCorrect: number;
  flaresMissed: number;
  entryMedianAbsError: number | null;
}

export interface Metrics {
  episodes: number;
  assessCalls: number;
  plateau: {
    /** Episodes whose latent course froze (the plateau archetypes), and those in which the engine reported a plateau after the freeze. */
    truth: number;
    detected: number;
    /** Of those, the episodes where the spec's definition came to hold before the records ended, and how many the engine reported. */
    definable: number;
    detectedDefinable: number;
    /** detectedDefinable / definable: the stall the spec calls a plateau, found. */
    sensitivity: number | null;
    /** detected / truth: every frozen course, definable or not. */
    sensitivityAllFrozen: number | null;
    /** First report minus the true onset. */
    delay: Distribution;
    /** First report minus the day the spec's 3 sessions and 3 weeks after the onset had passed (0 when earlier). */
    delayAfterDefinable: Distribution;
    sinceError: Distribution;
    earlyAlarms: number;
    negatives: number;
    falseAlarms: number;
    specificity: number | null;
    /** False alarms whose period had only censored windows (held to the next session). */
    falseAlarmsCensored: number;
    /** False alarms where the noise-free course also showed no meaningful movement by the spec's rule. */
    falseAlarmsTrueCourseStalled: number;
    falseAlarmsByPhase: Record<string, number>;
    quietReplays: { spuriousFlare: number; trueFlare: number; noStall: number };
  };
  flares: {
    /** confusion[true class][engine class or 'missed'] */
    confusion: Record<TrueFlareClass, Record<FlareClassification | 'missed', number>>;
    matched: number;
    correct: number;
    accuracy: number | null;
    spurious: Record<FlareClassification, number>;
    spuriousProposed: number;
    spuriousContext: Record<'relief-ended' | 'in-relief' | 'other', number>;
    /** Matched flares classed wrongly, grouped by true class, engine class, deciding rule and source. */
    misclassed: { truth: TrueFlareClass; engine: FlareClassification; rule: string; source: string; count: number }[];
    byVisibility: Record<'recorded' | 'check-ins' | 'unseen', { total: number; found: number; correct: number }>;
    /** True flares that left a setback (below baseline) which the engine called expected soreness: must be 0. */
    sorenessBelowBaseline: number;
  };
  /** `reached`: episodes whose true course reached movement entry; `within3`: the engine's date within 3 days of it. */
  movementEntry: DateAgreement & { lateByAWeek: number; reached: number; within3: number };
  startsBlended: { total: number; agree: number };
  firstWindow: DateAgreement;
  graduation: DateAgreement & { truthOnlyGraduatedByClinician: number };
  urgent: { truth: number; agree: number; falseUrgent: number };
  byArchetype: ArchetypeRow[];
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number): number | null => (sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? null);
  return { count: sorted.length, median: rank(0.5), p90: rank(0.9) };
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const gap = (from: string, to: string): number => daysBetween(dayOf(from), dayOf(to));

function agreement(pairs: readonly { truth: string | null; engine: string | null }[]): DateAgreement {
  const both = pairs.filter((p): p is { truth: string; engine: string } => p.truth !== null && p.engine !== null);
  const signed = both.map((p) => gap(p.truth, p.engine));
  return {
    both: both.length,
    absError: distribution(signed.map(Math.abs)),
    medianSigned: distribution(signed).median,
    truthOnly: pairs.filter((p) => p.truth !== null && p.engine === null).length,
    engineOnly: pairs.filter((p) => p.truth === null && p.engine !== null).length,
    neither: pairs.filter((p) => p.truth === null && p.engine === null).length,
  };
}

function emptyConfusion(): Metrics['flares']['confusion'] {
  const row = (): Record<FlareClassification | 'missed', number> => ({ 'expected-soreness': 0, normal: 0, reassess: 0, open: 0, missed: 0 });
  return { 'expected-soreness': row(), normal: row(), reassess: row() };
}

function flareMetrics(pairs: readonly FlarePair[]): Metrics['flares'] {
  const confusion = emptyConfusion();
  const spurious: Record<FlareClassification, number> = { 'expected-soreness': 0, normal: 0, reassess: 0, open: 0 };
  const byVisibility: Metrics['flares']['byVisibility'] = { recorded: { total: 0, found: 0, correct: 0 }, 'check-ins': { total: 0, found: 0, correct: 0 }, unseen: { total: 0, found: 0, correct: 0 } };
  for (const pair of pairs) {
    if (pair.truth === null) {
      if (pair.engine) spurious[pair.engine] += 1;
      continue;
    }
    confusion[pair.truth][pair.engine ?? 'missed'] += 1;
    if (pair.visibility) {
      const bucket = byVisibility[pair.visibility];
      bucket.total += 1;
      if (pair.engine) bucket.found += 1;
      if (pair.engine === pair.truth) bucket.correct += 1;
    }
  }
  const matched = pairs.filter((p) => p.truth !== null && p.engine !== null).length;
  const correct = pairs.filter((p) => p.truth !== null && p.engine === p.truth).length;
  const groups = new Map<string, Metrics['flares']['misclassed'][number]>();
  for (const pair of pairs) {
    if (pair.truth === null || pair.engine === null || pair.engine === pair.truth) continue;
    const key = [pair.truth, pair.engine, pair.engineRule, pair.engineSource].join('|');
    const group = groups.get(key) ?? { truth: pair.truth, engine: pair.engine, rule: pair.engineRule ?? '?', source: pair.engineSource ?? '?', count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  const misclassed = [...groups.values()].sort((a, b) => b.count - a.count);
  const spuriousProposed = pairs.filter((p) => p.truth === null && p.engineSource === 'proposed').length;
  const spuriousContext = { 'relief-ended': 0, 'in-relief': 0, other: 0 };
  for (const pair of pairs) if (pair.spuriousContext) spuriousContext[pair.spuriousContext] += 1;
  const sorenessBelowBaseline = pairs.filter((p) => p.setback === true && p.engine === 'expected-soreness').length;
  return { confusion, matched, correct, accuracy: ratio(correct, matched), spurious, spuriousProposed, spuriousContext, misclassed, byVisibility, sorenessBelowBaseline };
}

function archetypeRows(results: readonly EpisodeResult[]): ArchetypeRow[] {
  const names = [...new Set(results.map((r) => r.archetype))].sort();
  return names.map((archetype) => {
    const rows = results.filter((r) => r.archetype === archetype);
    const flares = rows.flatMap((r) => r.flares).filter((p) => p.truth !== null);
    const delays = rows.flatMap((r) => (r.plateau.truthSince && r.plateau.detectedOn ? [gap(r.plateau.truthSince, r.plateau.detectedOn)] : []));
    const entry = rows.flatMap((r) => (r.movementEntry.truth && r.movementEntry.engine && !r.movementEntry.startsBlended ? [Math.abs(gap(r.movementEntry.truth, r.movementEntry.engine))] : []));
    return {
      archetype,
      episodes: rows.length,
      plateauTruth: rows.filter((r) => r.plateau.truthSince !== null).length,
      plateauDetected: rows.filter((r) => r.plateau.detectedOn !== null).length,
      plateauFalseAlarms: rows.filter((r) => r.plateau.falseAlarmOn !== null).length,
      medianDelay: distribution(delays).median,
      flaresMatched: flares.filter((p) => p.engine !== null).length,
      flaresCorrect: flares.filter((p) => p.engine === p.truth).length,
      flaresMissed: flares.filter((p) => p.engine === null).length,
      entryMedianAbsError: distribution(entry).median,
    };
  });
}

export function summarise(results: readonly EpisodeResult[]): Metrics {
  const withPlateau = results.filter((r) => r.plateau.truthSince !== null);
  const without = results.filter((r) => r.plateau.truthSince === null);
  const detected = withPlateau.filter((r) => r.plateau.detectedOn !== null);
  const delays = detected.map((r) => gap(r.plateau.truthSince ?? '', r.plateau.detectedOn ?? ''));
  const definable = withPlateau.filter((r) => r.plateau.definableFrom !== null);
  const detectedDefinable = definable.filter((r) => r.plateau.detectedOn !== null);
  const afterDefinable = detectedDefinable.map((r) => Math.max(0, gap(r.plateau.definableFrom ?? '', r.plateau.detectedOn ?? '')));
  const sinceErrors = detected.filter((r) => r.plateau.sinceAtDetection !== null).map((r) => gap(r.plateau.truthSince ?? '', r.plateau.sinceAtDetection ?? ''));
  const falseAlarms = without.filter((r) => r.plateau.falseAlarmOn !== null).length;
  const relief = results.filter((r) => !r.movementEntry.startsBlended && !r.urgent.truth);
  const blendedStarts = results.filter((r) => r.movementEntry.startsBlended);
  const late = relief.filter((r) => r.movementEntry.truth !== null && r.movementEntry.engine !== null && gap(r.movementEntry.truth, r.movementEntry.engine) > 7);
  return {
    episodes: results.length,
    assessCalls: results.reduce((sum, r) => sum + r.assessCalls, 0),
    plateau: {
      truth: withPlateau.length,
      detected: detected.length,
      definable: definable.length,
      detectedDefinable: detectedDefinable.length,
      sensitivity: ratio(detectedDefinable.length, definable.length),
      sensitivityAllFrozen: ratio(detected.length, withPlateau.length),
      delay: distribution(delays),
      delayAfterDefinable: distribution(afterDefinable),
      sinceError: distribution(sinceErrors),
      earlyAlarms: withPlateau.filter((r) => r.plateau.earlyAlarmOn !== null).length,
      negatives: without.length,
      falseAlarms,
      specificity: ratio(without.length - falseAlarms, without.length),
      falseAlarmsCensored: without.filter((r) => r.plateau.falseAlarmWindowsCensored === true).length,
      falseAlarmsTrueCourseStalled: without.filter((r) => r.plateau.falseAlarmTrueCourseStalled === true).length,
      falseAlarmsByPhase: countBy(without.flatMap((r) => (r.plateau.falseAlarmPhase ? [r.plateau.falseAlarmPhase] : []))),
      quietReplays: {
        spuriousFlare: withPlateau.reduce((sum, r) => sum + r.plateau.quietReplays.spuriousFlare, 0),
        trueFlare: withPlateau.reduce((sum, r) => sum + r.plateau.quietReplays.trueFlare, 0),
        noStall: withPlateau.reduce((sum, r) => sum + r.plateau.quietReplays.noStall, 0),
      },
    },
    flares: flareMetrics(results.flatMap((r) => r.flares)),
    movementEntry: {
      ...agreement(relief.map((r) => r.movementEntry)),
      lateByAWeek: late.length,
      reached: relief.filter((r) => r.movementEntry.truth !== null).length,
      within3: relief.filter((r) => r.movementEntry.truth !== null && r.movementEntry.engine !== null && Math.abs(gap(r.movementEntry.truth, r.movementEntry.engine)) <= 3).length,
    },
    startsBlended: { total: blendedStarts.length, agree: blendedStarts.filter((r) => r.movementEntry.engine === r.movementEntry.truth).length },
    firstWindow: agreement(relief.map((r) => r.firstWindow)),
    graduation: {
      ...agreement(results.map((r) => r.graduated)),
      truthOnlyGraduatedByClinician: results.filter((r) => r.graduated.truth !== null && r.graduated.engine === null && r.graduated.byClinician).length,
    },
    urgent: {
      truth: results.filter((r) => r.urgent.truth).length,
      agree: results.filter((r) => r.urgent.truth && r.urgent.engine).length,
      falseUrgent: results.filter((r) => !r.urgent.truth && r.urgent.engine).length,
    },
    byArchetype: archetypeRows(results),
  };
}
