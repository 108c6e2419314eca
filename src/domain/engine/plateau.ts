// Plateau (spec §4): over at least the last `plateauSessions` sessions and `plateauMinDays` days, no
// goal improved by its minimal important change, the relief window did not grow, and no flare
// explains it. `since` is the earliest session from which all of that holds up to the as-of day:
// the rule scans back session by session while the stall holds, but never back past a flare: a
// stall is judged from the first session after the latest flare ended (so an old flare that has
// settled does not excuse a long stall, and a recent one does). A decline is not a plateau: it is
// deterioration, which the flags and the checkpoint answer. A signal, not a failure. Applies once a
// response exists (extending-window, blended, active-dominant): before that the question is
// non-response, which the checkpoint rule answers. Without goals, check-in pain is the measure.
import type { CaseFile } from '../records/case-file.ts';
import type { Phase } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayNumber, daysBetween, dayOf } from '../time.ts';
import type { AssessedFlare, GoalProgress, Plateau, Reason } from './assessment.ts';
import { countUpTo, goalMic, goalObservations, levelOn, painObservations, smoothedLevels, type Observation } from './observations.ts';
import type { ReliefWindow } from './relief-window.ts';
import { fmt, plural } from './statistics.ts';

export interface PlateauInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  phase: Phase;
  windows: readonly ReliefWindow[];
  flares: readonly AssessedFlare[];
  goals: readonly GoalProgress[];
}

export interface PlateauResult {
  plateau: Plateau | null;
  /** Why a stall is not called a plateau (e.g. a flare explains it), for the checkpoint's reasons. */
  notes: Reason[];
}

const PHASES_WITH_PLATEAU: readonly Phase[] = ['extending-window', 'blended', 'active-dominant'];

/** Best smoothed level after `startDay` up to the as-of day, now included (the case file ends there). */
function bestChange(observations: readonly Observation[], startDay: string, asOf: string, higherIsBetter: boolean): { start: number; best: number; now: number } | null {
  const start = levelOn(observations, startDay);
  const now = levelOn(observations, asOf);
  if (start === null || now === null) return null;
  const pick = higherIsBetter ? Math.max : Math.min;
  const levels = smoothedLevels(observations);
  let best = pick(start, now);
  for (let i = countUpTo(observations, dayNumber(startDay)); i < levels.length; i++) best = pick(best, levels[i] ?? best);
  return { start, best, now };
}

function stallReasons(inputs: PlateauInputs, startDay: string): Reason[] | null {
  const { file, asOf, settings } = inputs;
  const reasons: Reason[] = [];
  if (file.goals.length > 0) {
    for (const goal of file.goals) {
      const change = bestChange(goalObservations(file, goal), startDay, asOf, true);
      if (!change) continue;
      const mic = goalMic(goal, settings);
      if (change.best - change.start >= mic || change.start - change.now >= mic) return null;
      reasons.push({ rule: 'plateau-goals', text: `"${goal.activity}": ${fmt(change.start)} on ${startDay}, ${fmt(change.now)} now, best ${fmt(change.best)}: no gain of ${fmt(mic)} (its minimal important change).` });
    }
  } else {
    const change = bestChange(painObservations(file), startDay, asOf, false);
    if (!change) return null;
    if (change.start - change.best >= settings.painMic || change.now - change.start >= settings.painMic) return null;
    reasons.push({ rule: 'plateau-pain', text: `No goals set; check-in pain ${fmt(change.start)}/10 on ${startDay}, ${fmt(change.now)}/10 now: no fall of ${settings.painMic} points.` });
  }
  return reasons;
}

type WindowVerdict = 'grew' | 'not-grown' | 'censored';

/**
 * Did the relief window grow in the period, against the best of the windows at the last
 * `plateauSessions` sessions before it (as many as the rule asks of the period, so a long-past best
 * before a setback does not stand as the bar)? A window that held to the next session is censored at the gap (spec §2): it shows growth
 * when the gap alone clears the bar, but when every window of the period held short of the bar,
 * growth is unknown, not absent.
 */
function windowVerdict(inputs: PlateauInputs, firstIndex: number): { verdict: WindowVerdict; reason: Reason } {
  const { windows, settings } = inputs;
  const known = (list: readonly ReliefWindow[]): ReliefWindow[] => list.filter((w) => w.reliefDays !== null);
  const before = known(windows.slice(0, firstIndex)).slice(-settings.plateauSessions).map((w) => w.reliefDays ?? 0);
  const during = known(windows.slice(firstIndex));
  const reference = before.length > 0 ? Math.max(...before) : during[0]?.reliefDays;
  if (reference === undefined || reference === null || during.length === 0) {
    return { verdict: 'not-grown', reason: { rule: 'plateau-relief-window', text: 'No relief windows recorded in the period.' } };
  }
  const best = Math.max(...during.map((w) => w.reliefDays ?? 0));
  const bar = reference + settings.reliefWindowGrowthDays;
  const verdict: WindowVerdict = best >= bar ? 'grew' : during.filter((w) => w.heldToNextSession).length * 2 > during.length ? 'censored' : 'not-grown';
  const text = {
    grew: 'it grew',
    'not-grown': `not grown by ${plural(settings.reliefWindowGrowthDays, 'day')}`,
    censored: 'most windows held to the next session, so whether it grew is not known',
  }[verdict];
  return { verdict, reason: { rule: 'plateau-relief-window', text: `Relief window at most ${plural(best, 'day')} in the period against ${plural(reference, 'day')} at the sessions before: ${text}.` } };
}

/** The latest flare (not expected soreness) and the last day it was under way. */
function latestFlare(flares: readonly AssessedFlare[], asOf: string): { flare: AssessedFlare; lastDay: string } | null {
  let latest: { flare: AssessedFlare; lastDay: string } | null = null;
  for (const flare of flares) {
    if (flare.classification === 'expected-soreness' || dayOf(flare.start) > asOf) continue;
    const lastDay = flare.end === null ? asOf : dayOf(flare.end);
    if (latest === null || lastDay > latest.lastDay) latest = { flare, lastDay };
  }
  return latest;
}

/** Scan back from the last `plateauSessions` sessions while the stall holds, not past `boundary`. */
function scan(inputs: PlateauInputs, boundary: string | null): { index: number; reasons: Reason[] } | null {
  const { file, asOf, settings } = inputs;
  let found: { index: number; reasons: Reason[] } | null = null;
  for (let index = file.sessions.length - settings.plateauSessions; index >= 0; index--) {
    const startDay = dayOf(file.sessions[index]?.date ?? asOf);
    if (boundary !== null && startDay <= boundary) break;
    const reasons = stallReasons(inputs, startDay);
    if (!reasons) break;
    const window = windowVerdict(inputs, index);
    // In the extending-window phase the window is the progress measure (spec §4): a period whose
    // windows mostly held to the next session cannot show it stalled. Later, the goals carry it.
    if (window.verdict === 'grew' || (window.verdict === 'censored' && inputs.phase === 'extending-window')) break;
    found = { index, reasons: [...reasons, window.reason] };
  }
  return found;
}

export function detectPlateau(inputs: PlateauInputs): PlateauResult {
  const { file, asOf, settings, phase, goals, flares } = inputs;
  const none: PlateauResult = { plateau: null, notes: [] };
  if (!PHASES_WITH_PLATEAU.includes(phase)) return none;
  if (goals.length > 0 && goals.every((g) => g.atTarget)) return none;
  const sessions = file.sessions;
  if (sessions.length < settings.plateauSessions) return none;
  const longEnough = (found: { index: number; reasons: Reason[] } | null): found is { index: number; reasons: Reason[] } =>
    found !== null && daysBetween(dayOf(sessions[found.index]?.date ?? asOf), asOf) >= settings.plateauMinDays;

  const flare = latestFlare(flares, asOf);
  const found = scan(inputs, flare?.lastDay ?? null);
  if (!longEnough(found)) {
    if (flare && longEnough(scan(inputs, null))) {
      return { plateau: null, notes: [{ rule: 'plateau-explained', text: `No gains over the last sessions, but the ${flare.flare.classification} flare from ${dayOf(flare.flare.start)} to ${flare.lastDay} explains the stall: not a plateau. The stall is judged again from the first session after it.` }] };
    }
    return none;
  }
  const since = dayOf(sessions[found.index]?.date ?? asOf);
  const span = daysBetween(since, asOf);
  const count = sessions.length - found.index;
  return {
    plateau: {
      since,
      reasons: [
        { rule: 'plateau', text: `${plural(count, 'session')} over ${plural(span, 'day')} since ${since} (the rule needs at least ${settings.plateauSessions} sessions and ${settings.plateauMinDays} days) with no meaningful movement toward the goals and no flare to explain it.` },
        ...found.reasons,
      ],
    },
    notes: [],
  };
}
