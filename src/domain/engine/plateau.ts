// Plateau (spec §4, revised by §4a.4, §4c.1 and §4c.3): no meaningful movement toward the goals
// across several sessions and weeks. The period judged is the latest stretch of at least
// `plateauSessions` sessions and `plateauMinDays` days counted outside flares: the days of a
// `normal` flare (or one under way) pause the clock (they are not counted, and what was recorded
// on them is not read), a `reassess` flare restarts it (the stretch begins after it). Over that
// period (goal-movement.ts): any goal moving -> no plateau; any declining -> deterioration, not a
// plateau; any too uncertain to call -> no plateau, and the checkpoint says "no clear movement yet";
// every goal flat -> a plateau, unless the relief window grew where it still counts: in
// extending-window only, for its first `windowGrowthCountsDays`, and only when the median of the
// last `windowGrowthSessions` windows beats the best of as many before by `reliefWindowGrowthDays`
// (§4c.3; once care is blended the windows are no longer the progress measure, §4c.1).
// `since` is the first day of the flat stretch (scanning back by the change alone, not past a
// reassess flare); `stallSince` goes back further, past flares, to the last time a goal moved: the
// escalation ladder remembers every decision taken since then (§4c.5). A signal, not a failure.
import type { CaseFile } from '../records/case-file.ts';
import type { Phase } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayNumber, daysBetween, dayOf } from '../time.ts';
import type { AssessedFlare, GoalProgress, PhaseChange, Plateau, Reason } from './assessment.ts';
import { changeMovement, goalMovement, periodMovement, type GoalMovement, type Movement, type Series } from './goal-movement.ts';
import { goalMic, goalObservations, goalUnit, painObservations, type Observation } from './observations.ts';
import type { ReliefWindow } from './relief-window.ts';
import { median, plural } from './statistics.ts';

export interface PlateauInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  phase: Phase;
  history: readonly PhaseChange[];
  windows: readonly ReliefWindow[];
  flares: readonly AssessedFlare[];
  goals: readonly GoalProgress[];
}

export type PlateauVerdict = Movement | 'not-applicable' | 'at-target' | 'too-short' | 'window-growing' | 'plateau';

export interface PlateauResult {
  plateau: Plateau | null;
  verdict: PlateauVerdict;
  /** Each goal over the period judged (empty when no period could be judged). */
  movements: GoalMovement[];
  /** The relief window grew where it still counts as movement. */
  windowGrowing: boolean;
  /** Why a stall is not called a plateau, for the checkpoint's reasons. */
  notes: Reason[];
}

const PHASES_WITH_PLATEAU: readonly Phase[] = ['extending-window', 'blended', 'active-dominant'];

interface Interval { from: number; to: number }

/** The day numbers the clock does not count: normal flares and flares still under way. */
function pausedIntervals(flares: readonly AssessedFlare[], asOf: string): Interval[] {
  return flares
    .filter((f) => f.duplicateOf === undefined && (f.classification === 'normal' || f.classification === 'open'))
    .map((f) => ({ from: dayNumber(f.start), to: dayNumber(f.end ?? asOf) }));
}

const paused = (intervals: readonly Interval[], day: number): boolean => intervals.some((i) => day >= i.from && day <= i.to);

/** Overlapping intervals joined, in order, so no day is counted twice. */
function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const i of [...intervals].sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last && i.from <= last.to + 1) last.to = Math.max(last.to, i.to);
    else merged.push({ ...i });
  }
  return merged;
}

/** The last day of the latest reassess flare (the clock restarts after it), or null. */
function restartDay(flares: readonly AssessedFlare[], asOf: string): string | null {
  let latest: string | null = null;
  for (const f of flares) {
    if (f.classification !== 'reassess' || f.duplicateOf !== undefined) continue;
    const last = f.end === null ? asOf : dayOf(f.end);
    if (latest === null || last > latest) latest = last;
  }
  return latest;
}

/** The series the plateau reads: each goal (or pain without goals), without what was recorded on paused days. */
function seriesOf(file: CaseFile, settings: Settings, intervals: readonly Interval[]): Series[] {
  // Without paused days the cached series are read as they are (their smoothed levels are cached too).
  const keep = (observations: readonly Observation[]): readonly Observation[] => (intervals.length === 0 ? observations : observations.filter((o) => !paused(intervals, o.dayNumber)));
  if (file.goals.length === 0) {
    return [{ goalId: null, label: 'Check-in pain (no goals set)', observations: keep(painObservations(file)), mic: settings.painMic, unit: 'points', higherIsBetter: false }];
  }
  return file.goals.map((goal) => ({
    goalId: goal.id, label: `"${goal.activity}"`, observations: keep(goalObservations(file, goal)), mic: goalMic(goal, settings), unit: goalUnit(goal), higherIsBetter: true,
  }));
}

/** The windows of the sessions from `index` on against the best of as many before: did they grow? (median rule of §4c.3) */
function windowsGrewFrom(inputs: PlateauInputs, index: number): boolean {
  const { windows, settings } = inputs;
  const n = settings.windowGrowthSessions;
  const known = (list: readonly ReliefWindow[]): ReliefWindow[] => list.filter((w) => w.reliefDays !== null);
  const before = known(windows.slice(0, index)).slice(-n).map((w) => w.reliefDays ?? 0);
  if (before.length === 0) return false;
  const best = Math.max(...before);
  const during = known(windows.slice(index)).filter((w) => !(w.ongoing && (w.reliefDays ?? 0) < best + settings.reliefWindowGrowthDays));
  if (during.length === 0) return false;
  return (median(during.map((w) => w.reliefDays ?? 0)) ?? 0) >= best + settings.reliefWindowGrowthDays;
}

/** The relief window grew where it still counts (spec §4c.1, §4c.3). */
function windowGrowth(inputs: PlateauInputs): { counts: boolean; growing: boolean; reason: Reason | null } {
  const { phase, history, windows, settings, asOf } = inputs;
  if (phase !== 'extending-window') return { counts: false, growing: false, reason: null };
  const since = history.find((h) => h.phase === 'extending-window')?.since ?? asOf;
  if (daysBetween(since, asOf) >= settings.windowGrowthCountsDays) {
    return { counts: false, growing: false, reason: { rule: 'plateau-relief-window', text: `In extending-window since ${since}, over ${plural(settings.windowGrowthCountsDays, 'day')}: a longer relief window alone no longer counts as movement toward the goals.` } };
  }
  const n = settings.windowGrowthSessions;
  const all = windows.filter((w) => w.reliefDays !== null);
  // A window still holding is censored: it counts when it already shows growth; otherwise it is left
  // out and the complete windows before it stand.
  const last = all[all.length - 1];
  const bestBeforeLast = Math.max(0, ...all.slice(-1 - n, -1).map((w) => w.reliefDays ?? 0));
  const known = last?.ongoing && (last.reliefDays ?? 0) < bestBeforeLast + settings.reliefWindowGrowthDays ? all.slice(0, -1) : all;
  if (known.length < 2) return { counts: true, growing: false, reason: null };
  // The last n against the n before; with fewer than 2n windows, the later half against the earlier.
  const split = known.length >= 2 * n ? known.length - n : Math.floor(known.length / 2);
  const recent = known.slice(split).slice(-n);
  const before = known.slice(0, split).slice(-n).map((w) => w.reliefDays ?? 0);
  const mid = median(recent.map((w) => w.reliefDays ?? 0)) ?? 0;
  const best = Math.max(...before);
  const growing = mid >= best + settings.reliefWindowGrowthDays;
  return { counts: true, growing, reason: { rule: 'plateau-relief-window', text: `Relief window: median ${plural(mid, 'day')} over the last ${plural(n, 'session')} against a best of ${plural(best, 'day')} in the ${n} before (growth counts from ${plural(settings.reliefWindowGrowthDays, 'day')}): ${growing ? 'it grew' : 'not grown'}.` } };
}

export function detectPlateau(inputs: PlateauInputs): PlateauResult {
  const { file, asOf, settings, phase, goals, flares } = inputs;
  const result = (verdict: PlateauVerdict, extra: Partial<PlateauResult> = {}): PlateauResult => ({ plateau: null, verdict, movements: [], windowGrowing: false, notes: [], ...extra });
  if (!PHASES_WITH_PLATEAU.includes(phase)) return result('not-applicable');
  if (goals.length > 0 && goals.every((g) => g.atTarget)) return result('at-target');

  const intervals = pausedIntervals(flares, asOf);
  const restart = restartDay(flares, asOf);
  const asOfNumber = dayNumber(asOf);
  const counted = file.sessions
    .map((s, index) => ({ index, day: dayOf(s.date) }))
    .filter((s) => s.day <= asOf && (restart === null || s.day > restart) && !paused(intervals, dayNumber(s.day)));
  // Paused days from `from` to the as-of day: the union of the flare intervals, clipped.
  const merged = mergeIntervals(intervals);
  const pausedIn = (from: number): number => merged.reduce((days, i) => days + Math.max(0, Math.min(i.to, asOfNumber) - Math.max(i.from, from) + 1), 0);
  const countedDays = (day: string): number => daysBetween(day, asOf) - pausedIn(dayNumber(day));
  // The latest start with enough sessions and enough days counted outside flares.
  let minimalIndex = -1;
  for (let k = counted.length - settings.plateauSessions; k >= 0; k--) {
    if (countedDays(counted[k]?.day ?? asOf) >= settings.plateauMinDays) {
      minimalIndex = k;
      break;
    }
  }
  const minimal = counted[minimalIndex];
  const series = seriesOf(file, settings, intervals);

  if (!minimal) {
    const notes: Reason[] = [];
    if (restart !== null && flares.some((f) => f.classification === 'reassess')) {
      notes.push({ rule: 'plateau-explained', text: `A flare that needed reassessment, ending ${restart}, restarts the plateau clock: ${plural(counted.length, 'session')} since, and the rule needs ${settings.plateauSessions} over ${plural(settings.plateauMinDays, 'day')} outside flares.` });
    }
    return result('too-short', { notes });
  }

  const movements = series.map((s) => goalMovement(s, minimal.day, asOf, settings));
  const verdict = periodMovement(movements);
  const growth = windowGrowth(inputs);
  const windowReasons = growth.reason ? [growth.reason] : [];
  if (verdict === 'no-data' || verdict === 'moving' || verdict === 'declining') return result(verdict, { movements, windowGrowing: growth.growing });
  if (growth.growing) return result('window-growing', { movements, windowGrowing: true, notes: windowReasons });
  if (verdict === 'uncertain') {
    return result('uncertain', { movements, notes: [{ rule: 'plateau-unclear', text: `No clear movement yet since ${minimal.day}, but too uncertain to call a plateau: look again at the next checkpoint.` }, ...movements.filter((m) => m.movement === 'uncertain').map((m) => m.reason)] });
  }

  // Flat: the stretch runs back, session by session, while no goal moved (the change alone) and,
  // where windows count, the relief window did not grow against the windows before it; never past a restart.
  const stillFlat = (k: number): boolean => {
    const entry = counted[k];
    if (!entry) return false;
    const goalsFlat = series.every((s) => { const m = changeMovement(s, entry.day, asOf); return m !== 'moving' && m !== 'declining'; });
    return goalsFlat && !(growth.counts && windowsGrewFrom(inputs, entry.index));
  };
  let since = minimal.day;
  for (let k = minimalIndex - 1; k >= 0 && stillFlat(k); k--) since = counted[k]?.day ?? since;
  const stallSince = stallStart(file, settings, asOf, since);
  const span = countedDays(since);
  const sessions = counted.filter((s) => s.day >= since).length;
  const pausedDays = pausedIn(dayNumber(since));
  return {
    plateau: {
      since,
      stallSince,
      reasons: [
        { rule: 'plateau', text: `${plural(sessions, 'session')} over ${plural(span, 'day')} since ${since}${pausedDays > 0 ? ` (not counting ${plural(pausedDays, 'day')} of normal flares)` : ''}, against the rule's ${settings.plateauSessions} sessions and ${settings.plateauMinDays} days, with no meaningful movement toward the goals.` },
        ...movements.map((m) => m.reason),
        ...windowReasons,
      ],
    },
    verdict: 'plateau',
    movements,
    windowGrowing: false,
    notes: [],
  };
}

/** The start of the stall past flares: back while no goal gained its minimal important change (the ladder's memory). */
function stallStart(file: CaseFile, settings: Settings, asOf: string, from: string): string {
  const series = seriesOf(file, settings, []);
  let since = from;
  for (let i = file.sessions.length - 1; i >= 0; i--) {
    const day = dayOf(file.sessions[i]?.date ?? asOf);
    if (day >= from) continue;
    const moved = series.some((s) => changeMovement(s, day, asOf) === 'moving');
    if (moved) break;
    since = day;
  }
  return since;
}
