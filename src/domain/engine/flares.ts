// Classifies every flare (spec §4): expected-soreness (early phase, within the soreness window after a
// session), normal (settled within the settle window and at or above the prior baseline), reassess
// (lasted longer, or left the patient below baseline by at least the minimal important change of the
// measure in use: check-in pain, or a goal's ability), open (under way, not yet past the settle
// window). Baseline: the level without relief before the start (unrelieved-baseline.ts); after: median
// of observations in `flareRecoveryDays` after the end. Source of the 48 h and 72 h defaults: settings.
import type { CaseFile, Flare, Session } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, byCalendar, dayNumber, dayOf, hoursBetween, instant } from '../time.ts';
import type { AssessedFlare, Reason } from './assessment.ts';
import { proposeFlares } from './flare-proposals.ts';
import { countUpTo, goalMic, goalObservations, medianBetween, painObservations, type Observation } from './observations.ts';
import { readBaseline } from './unrelieved-baseline.ts';
import { fmt } from './statistics.ts';

/** Hours from a session to a flare's start; whole days when either is a bare date. */
function hoursAfterSession(session: Session, start: string): number {
  if (session.date.length === 10 || start.length === 10) return (instant(dayOf(start)) - instant(dayOf(session.date))) / 3_600_000;
  return hoursBetween(session.date, start);
}

/** The latest session at most `windowHours` before the flare's start (sessions are sorted by day). */
function sessionBefore(file: CaseFile, start: string, windowHours: number): Session | null {
  const startDay = dayNumber(start);
  for (let i = file.sessions.length - 1; i >= 0; i--) {
    const session = file.sessions[i];
    if (!session) continue;
    const daysBefore = startDay - dayNumber(session.date);
    if (daysBefore < -1) continue;
    if (daysBefore * 24 > windowHours + 24) break;
    const hours = hoursAfterSession(session, start);
    if (hours >= 0 && hours <= windowHours) return session;
  }
  return null;
}

const reliefAnswerByDayCache = new WeakMap<CaseFile, Map<string, boolean>>();

/** Each day's answer to "still better since the last session?", where the check-in gave one. */
function reliefAnswerByDay(file: CaseFile): Map<string, boolean> {
  let answers = reliefAnswerByDayCache.get(file);
  if (!answers) {
    answers = new Map();
    for (const c of file.checkIns) if (c.reliefSinceLastSession !== undefined) answers.set(dayOf(c.date), c.reliefSinceLastSession);
    reliefAnswerByDayCache.set(file, answers);
  }
  return answers;
}

/** Did the flare leave the patient below baseline? Reasons name the measure that dropped. */
function belowBaseline(file: CaseFile, flare: Flare, end: string, settings: Settings): Reason[] {
  const startDay = dayOf(flare.start);
  const start = dayNumber(startDay);
  const answers = reliefAnswerByDay(file);
  const afterFrom = addDays(dayOf(end), 1);
  const afterTo = addDays(dayOf(end), settings.flareRecoveryDays);
  const baselineOf = (observations: readonly Observation[]): number | null =>
    readBaseline(observations, countUpTo(observations, start - 1), start, (o) => { const relieved = answers.get(o.day); return relieved === undefined ? null : !relieved; }, settings).level;
  const reasons: Reason[] = [];
  const pain = painObservations(file);
  const painBefore = baselineOf(pain);
  const painAfter = medianBetween(pain, afterFrom, afterTo);
  if (painBefore !== null && painAfter !== null && painAfter - painBefore >= settings.painMic) {
    reasons.push({ rule: 'flare-below-baseline', text: `Pain after the flare (median ${fmt(painAfter)}/10 in the ${settings.flareRecoveryDays} days after) is ${fmt(painAfter - painBefore)} points above the ${fmt(painBefore)}/10 before it (days without relief); the minimal important change is ${settings.painMic} points.` });
  }
  for (const goal of file.goals) {
    const observations = goalObservations(file, goal);
    const before = baselineOf(observations);
    const after = medianBetween(observations, afterFrom, afterTo);
    const mic = goalMic(goal, settings);
    if (before !== null && after !== null && before - after >= mic) {
      reasons.push({ rule: 'flare-below-baseline', text: `"${goal.activity}" after the flare (${fmt(after)}) is ${fmt(before - after)} below the ${fmt(before)} before it; the minimal important change is ${fmt(mic)}.` });
    }
  }
  return reasons;
}

function classify(file: CaseFile, flare: Flare, recorded: boolean, asOfEnd: string, earlyUntil: string | null, settings: Settings): AssessedFlare {
  const end = flare.end ?? null;
  const hours = hoursBetween(flare.start, end ?? asOfEnd);
  const base = { id: flare.id, start: flare.start, end, recorded };
  const settle = settings.flareSettleHours;
  const duration = `${fmt(hours)} h`;
  const session = sessionBefore(file, flare.start, settings.sorenessWindowHours);
  const early = earlyUntil === null || dayOf(flare.start) < earlyUntil;
  const soreness = session !== null && early;

  if (end === null) {
    if (hours > settle) return { ...base, classification: 'reassess', reasons: [{ rule: 'flare-duration', text: `Under way for ${duration}, past the ${settle} h a normal flare takes to settle.` }] };
    if (soreness) return { ...base, classification: 'expected-soreness', reasons: [{ rule: 'expected-soreness', text: `Started within ${settings.sorenessWindowHours} h of the session on ${dayOf(session.date)}, before movement entry: expected post-treatment soreness (under way ${duration}).` }] };
    return { ...base, classification: 'open', reasons: [{ rule: 'flare-open', text: `Under way for ${duration}; it is judged once it ends or passes ${settle} h.` }] };
  }
  if (hours > settle) return { ...base, classification: 'reassess', reasons: [{ rule: 'flare-duration', text: `Lasted ${duration}, longer than the ${settle} h a normal flare takes to settle.` }] };
  const below = belowBaseline(file, flare, end, settings);
  if (below.length > 0) return { ...base, classification: 'reassess', reasons: below };
  if (soreness) return { ...base, classification: 'expected-soreness', reasons: [{ rule: 'expected-soreness', text: `Started within ${settings.sorenessWindowHours} h of the session on ${dayOf(session.date)}, before movement entry, and settled in ${duration}: expected post-treatment soreness.` }] };
  return { ...base, classification: 'normal', reasons: [{ rule: 'flare-normal', text: `Settled in ${duration} (within ${settle} h) with no drop below the prior baseline by a minimal important change.` }] };
}

/**
 * All flares as of `asOf`: recorded ones and those proposed from check-ins, each classified.
 * `earlyUntil` is the day movement entry began (null when it has not), which ends the early phase.
 */
export function assessFlares(file: CaseFile, asOf: string, earlyUntil: string | null, settings: Settings): AssessedFlare[] {
  const asOfEnd = `${asOf}T23:59:59Z`;
  const recorded = file.flares.map((flare) => classify(file, flare, true, asOfEnd, earlyUntil, settings));
  const proposed = proposeFlares(file, settings, instant(asOfEnd)).map((flare) => {
    const assessed = classify(file, flare, false, asOfEnd, earlyUntil, settings);
    const proposal = { rule: 'flare-proposed', text: `Proposed from check-ins: pain ${flare.peakPain ?? '?'}/10 against a baseline of ${fmt(flare.baselinePain)}/10 (a rise of at least ${settings.flareDetectPainRise} points).` };
    return { ...assessed, reasons: [proposal, ...assessed.reasons] };
  });
  return [...recorded, ...proposed].sort((a, b) => byCalendar(a.start, b.start) || a.id.localeCompare(b.id));
}
