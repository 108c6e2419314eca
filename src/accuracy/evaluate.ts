// Runs the engine along one simulated episode and sets what it concluded beside the simulator's truth.
// The engine is replayed as of each week from day 7 to the last simulated day (records dated later are
// invisible to it), so "detected on" is the first day a clinician opening the episode would have seen
// the conclusion. When a weekly replay first shows a plateau, the days since the previous replay are
// replayed one by one to date the detection to the day. Flares, phase dates and graduation are read
// from the assessment as of the last simulated day, when every flare in the records has settled.
import type { Assessment, AssessedFlare } from '../domain/engine/index.ts';
import { goalMic } from '../domain/engine/observations.ts';
import type { Settings } from '../domain/settings/index.ts';
import type { CaseFile, FlareClassification, Phase } from '../domain/records/index.ts';
import { addDays, dayOf, daysBetween } from '../domain/time.ts';
import { goalLevelOn, type SimulatedEpisode, type TrueFlare, type TrueFlareClass, type TrueWindow } from '../sim/index.ts';
import type { ProgrammeResult } from './programme.ts';

export type Assessor = (file: CaseFile, asOf: string) => Assessment;

export interface FlarePair {
  archetype: string;
  kind: TrueFlare['kind'] | null;
  truth: TrueFlareClass | null;
  engine: FlareClassification | null;
  /** How the engine could know of the flare: a record, check-ins only, or neither. */
  visibility: 'recorded' | 'check-ins' | 'unseen' | null;
  durationHours: number | null;
  /** The true flare left a setback: the patient was below their prior baseline after it. */
  setback: boolean | null;
  /** The rule that decided the engine's class, and whether the engine flare was recorded or proposed. */
  engineRule: string | null;
  engineSource: 'recorded' | 'proposed' | null;
  /** An engine flare with no true flare: did it start just after a true relief window ended, inside one, or elsewhere? */
  spuriousContext: 'relief-ended' | 'in-relief' | 'other' | null;
}

export interface EpisodeResult {
  archetype: string;
  seed: number;
  plateau: {
    truthSince: string | null;
    /** The first day the spec's 3 sessions and 3 weeks after the onset had passed. */
    definableFrom: string | null;
    /** First day on or after the true onset with a plateau reported (plateau episodes). */
    detectedOn: string | null;
    sinceAtDetection: string | null;
    /** First weekly replay before the true onset that reported a plateau (plateau episodes). */
    earlyAlarmOn: string | null;
    /** First day a plateau was reported in an episode without one. */
    falseAlarmOn: string | null;
    falseAlarmPhase: Phase | null;
    /** At the false alarm, every relief window of the period had held to the next session (censored). */
    falseAlarmWindowsCensored: boolean | null;
    /** At the false alarm, the noise-free course over the reported period also showed no meaningful movement by the spec's rule. */
    falseAlarmTrueCourseStalled: boolean | null;
    /** Plateau episodes: weekly replays from onset + 21 days that reported no plateau, and why. */
    quietReplays: { spuriousFlare: number; trueFlare: number; noStall: number };
  };
  movementEntry: {
    truth: string | null;
    engine: string | null;
    startsBlended: boolean;
  };
  firstWindow: { truth: string | null; engine: string | null };
  graduated: { truth: string | null; engine: string | null; byClinician: boolean };
  urgent: { truth: boolean; engine: boolean };
  flares: FlarePair[];
  assessCalls: number;
  /** The home programme's advice against its truth (programme.ts); absent where it was not measured. */
  programme?: ProgrammeResult | null;
}

const sinceOf = (assessment: Assessment, phase: Phase): string | null => assessment.phaseHistory.find((p) => p.phase === phase)?.since ?? null;

/** Days from `from` to `to`, both ISO dates (or date-times). */
function span(from: string, to: string): number {
  return daysBetween(dayOf(from), dayOf(to));
}

function engineSide(flare: AssessedFlare | undefined): Pick<FlarePair, 'engineRule' | 'engineSource'> {
  if (!flare) return { engineRule: null, engineSource: null };
  const decisive = [...flare.reasons].reverse().find((r) => r.rule !== 'flare-proposed');
  return { engineRule: decisive?.rule ?? null, engineSource: flare.recorded ? 'recorded' : 'proposed' };
}

/** Did a true flare run within a day of this engine flare? */
function isTrue(flare: AssessedFlare, truth: readonly TrueFlare[], asOf: string): boolean {
  const start = addDays(dayOf(flare.start), -1);
  const end = addDays(dayOf(flare.end ?? asOf), 1);
  return truth.some((t) => dayOf(t.start) <= end && dayOf(t.end) >= start);
}

/** Why a replay after a true plateau onset did not report one: a flare (true or not) explained the stall, or no stall. */
function whyQuiet(assessment: Assessment, truth: readonly TrueFlare[]): keyof EpisodeResult['plateau']['quietReplays'] {
  if (!assessment.checkpoint.reasons.some((r) => r.rule === 'plateau-explained')) return 'noStall';
  const latest = assessment.flares
    .filter((f) => f.classification !== 'expected-soreness')
    .reduce<AssessedFlare | null>((best, f) => (best === null || (f.end ?? assessment.asOf) > (best.end ?? assessment.asOf) ? f : best), null);
  return latest && isTrue(latest, truth, assessment.asOf) ? 'trueFlare' : 'spuriousFlare';
}

/** True when every known relief window since `since` held to the next session: growth could not show. */
function windowsCensored(assessment: Assessment, since: string): boolean {
  const windows = assessment.reliefWindows.filter((w) => dayOf(w.date) >= since && w.reliefDays !== null && !w.ongoing);
  return windows.length > 0 && windows.every((w) => w.heldToNextSession);
}

/**
 * The spec's plateau rule (§4a.4, §4c.1, §4c.3) applied to the noise-free course from `since` to
 * `until`: no goal moving (its latent level gained its minimal important change, or its slope
 * projects that change within the trend horizon) and, where the window still counts (extending-window),
 * the true relief windows (censored at the next session, spec §2) not grown by the median rule. True
 * when a false alarm was the definition's verdict on what the patient really did (improving, but by
 * less than the spec calls movement) rather than a misreading of noisy records.
 */
function trueCourseStalled(episode: SimulatedEpisode, since: string, until: string, phase: Phase, settings: Settings): boolean {
  const { caseFile: file, truth } = episode;
  const index = (day: string): number => daysBetween(file.episode.startDate, day);
  for (const goal of file.goals) {
    const levels: { x: number; y: number }[] = [];
    for (let day = index(since); day <= index(until); day++) {
      const level = goalLevelOn(truth, goal.id, day, false);
      if (level !== null) levels.push({ x: day, y: level });
    }
    const first = levels[0];
    if (!first || levels.length < 2) continue;
    const mic = goalMic(goal, settings);
    if (Math.max(...levels.map((l) => l.y)) - first.y >= mic) return false;
    const n = levels.length;
    const xbar = levels.reduce((a, l) => a + l.x, 0) / n;
    const ybar = levels.reduce((a, l) => a + l.y, 0) / n;
    const slope = levels.reduce((a, l) => a + (l.x - xbar) * (l.y - ybar), 0) / levels.reduce((a, l) => a + (l.x - xbar) ** 2, 0);
    if (slope * settings.plateauTrendHorizonDays >= mic) return false;
  }
  if (phase !== 'extending-window') return true;
  const censored = truth.windows.map((w, i) => {
    const next = truth.windows[i + 1];
    return { date: dayOf(w.date), days: next ? Math.min(w.experiencedDays, span(w.date, next.date)) : w.experiencedDays };
  }).filter((w) => w.date <= until).map((w) => w.days);
  const k = settings.windowGrowthSessions;
  const recent = censored.slice(-k);
  const before = censored.slice(-2 * k, -k);
  if (recent.length < k || before.length === 0) return true;
  const sorted = [...recent].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const medianRecent = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return medianRecent < Math.max(...before) + settings.reliefWindowGrowthDays;
}

/** Pairs each true flare with the engine flare that overlaps it most (within a day), one to one. */
/** Where a flare that the simulator never made starts, against the true relief windows. */
function spuriousContext(flare: AssessedFlare, windows: readonly TrueWindow[]): FlarePair['spuriousContext'] {
  const start = dayOf(flare.start);
  const window = [...windows].reverse().find((w) => dayOf(w.date) < start);
  if (!window || window.experiencedDays < 1) return 'other';
  const after = span(addDays(dayOf(window.date), window.experiencedDays), start);
  if (after <= 0) return 'in-relief';
  return after <= 2 ? 'relief-ended' : 'other';
}

export function matchFlares(archetype: string, truth: readonly TrueFlare[], engine: readonly AssessedFlare[], asOf: string, windows: readonly TrueWindow[] = []): FlarePair[] {
  const used = new Set<number>();
  const pairs: FlarePair[] = [];
  const judged = truth.filter((f) => !f.endsAfterRecords).sort((a, b) => a.start.localeCompare(b.start));
  for (const flare of judged) {
    const tStart = dayOf(flare.start);
    const tEnd = dayOf(flare.end);
    let found: { index: number; overlap: number; distance: number } | null = null;
    for (const [index, candidate] of engine.entries()) {
      if (used.has(index)) continue;
      const eStart = dayOf(candidate.start);
      const eEnd = dayOf(candidate.end ?? asOf);
      if (eStart > addDays(tEnd, 1) || eEnd < addDays(tStart, -1)) continue;
      const overlap = span(eStart > tStart ? eStart : tStart, eEnd < tEnd ? eEnd : tEnd) + 1;
      const distance = Math.abs(span(tStart, eStart));
      if (!found || overlap > found.overlap || (overlap === found.overlap && distance < found.distance)) found = { index, overlap, distance };
    }
    const visibility = flare.recordedBy !== null ? 'recorded' : flare.seenInCheckIns ? 'check-ins' : 'unseen';
    if (found) used.add(found.index);
    const matched = found ? engine[found.index] : undefined;
    pairs.push({
      archetype, kind: flare.kind, truth: flare.classification, engine: matched?.classification ?? null,
      visibility, durationHours: flare.durationHours, setback: flare.setback, ...engineSide(matched), spuriousContext: null,
    });
  }
  engine.forEach((candidate, index) => {
    if (!used.has(index)) {
      pairs.push({ archetype, kind: null, truth: null, engine: candidate.classification, visibility: null, durationHours: null, setback: null, ...engineSide(candidate), spuriousContext: spuriousContext(candidate, windows) });
    }
  });
  return pairs;
}

/** `stepDays`: days between replays (7: weekly; the smoke test uses a longer step to stay quick). */
export function evaluateEpisode(episode: SimulatedEpisode, assessor: Assessor, settings: Settings, stepDays = 7): EpisodeResult {
  const { caseFile: file, truth } = episode;
  const start = file.episode.startDate;
  let calls = 0;
  const run = (asOf: string): Assessment => {
    calls += 1;
    return assessor(file, asOf);
  };
  const firstDayWithPlateau = (from: string, to: string): { day: string; since: string | null } => {
    for (let day = from; day < to; day = addDays(day, 1)) {
      const plateau = run(day).plateau;
      if (plateau) return { day, since: plateau.since };
    }
    return { day: to, since: run(to).plateau?.since ?? null };
  };

  const onset = truth.plateau?.since ?? null;
  const plateau: EpisodeResult['plateau'] = {
    truthSince: onset, definableFrom: truth.plateau?.definableFrom ?? null, detectedOn: null, sinceAtDetection: null, earlyAlarmOn: null,
    falseAlarmOn: null, falseAlarmPhase: null, falseAlarmWindowsCensored: null, falseAlarmTrueCourseStalled: null, quietReplays: { spuriousFlare: 0, trueFlare: 0, noStall: 0 },
  };
  const asOfDays: string[] = [];
  for (let d = stepDays; addDays(start, d) < truth.endDate; d += stepDays) asOfDays.push(addDays(start, d));
  asOfDays.push(truth.endDate);
  let previous = start;
  for (const asOf of asOfDays) {
    const assessment = run(asOf);
    if (!assessment.plateau && onset !== null && daysBetween(onset, asOf) >= 21) plateau.quietReplays[whyQuiet(assessment, truth.flares)] += 1;
    if (assessment.plateau) {
      if (onset !== null && asOf < onset) {
        plateau.earlyAlarmOn ??= asOf;
      } else if (onset !== null) {
        const from = addDays(previous > onset ? previous : addDays(onset, -1), 1);
        const found = firstDayWithPlateau(from, asOf);
        plateau.detectedOn = found.day;
        plateau.sinceAtDetection = found.since;
        break;
      } else {
        const alarm = firstDayWithPlateau(addDays(previous, 1), asOf);
        plateau.falseAlarmOn = alarm.day;
        plateau.falseAlarmPhase = assessment.phase;
        plateau.falseAlarmWindowsCensored = windowsCensored(assessment, assessment.plateau.since);
        plateau.falseAlarmTrueCourseStalled = trueCourseStalled(episode, alarm.since ?? assessment.plateau.since, alarm.day, assessment.phase, settings);
        break;
      }
    }
    previous = asOf;
  }

  const final = run(truth.endDate);
  const engine = sinceOf(final, 'blended');
  return {
    archetype: episode.archetype,
    seed: episode.seed,
    plateau,
    movementEntry: { truth: truth.movementEntryOn, engine, startsBlended: truth.startsBlended },
    firstWindow: { truth: truth.firstWindowOn, engine: sinceOf(final, 'extending-window') },
    graduated: { truth: truth.graduatedOn, engine: sinceOf(final, 'graduated'), byClinician: file.episode.status === 'graduated' },
    urgent: { truth: truth.urgentReferral, engine: final.sideStatuses.includes('urgent-referral') },
    flares: matchFlares(episode.archetype, truth.flares, final.flares, truth.endDate, truth.windows),
    assessCalls: calls,
  };
}
