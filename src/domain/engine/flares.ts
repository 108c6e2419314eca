// Classifies every flare (spec §4, revised by §4a.2, §4a.3, §4c.4):
//   - expected-soreness: starts within `sorenessWindowHours` of a session (with dates only: on the
//     session's day or the next), in the establishing-response phase and after one of the first
//     `sorenessMaxSessions` sessions, a mild rise (at most `sorenessMaxRise` above the prior
//     baseline), over within `sorenessWindowHours`, and not leaving the patient below baseline;
//   - normal: settled within `flareSettleHours` (with dates only: its last day no later than that
//     many days after its first) at or above the prior baseline;
//   - reassess: lasted longer, or left the patient below baseline by a minimal important change;
//   - open: under way and not yet past the settle window.
// Every reason says whether exact times or only calendar dates were known. Recorded flares win over
// ones proposed from check-ins that overlap them; two records of the same flare (same first and last
// day) count once, the second marked as a likely double entry. Sources of the defaults: settings.
import type { CaseFile, Flare, Session } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { byCalendar, dayNumber, dayOf, daysBetween, hoursBetween, instant } from '../time.ts';
import type { AssessedFlare, Reason } from './assessment.ts';
import { belowBaseline, riseAboveBaseline } from './flare-baseline.ts';
import { proposeFlares } from './flare-proposals.ts';
import { fmt, plural } from './statistics.ts';

/** The establishing-response phase, when the episode has one: soreness is expected only in it. */
export interface EarlyPhase {
  from: string;
  /** The first relief window ends it; null while none has come. */
  until: string | null;
}

const hasTime = (iso: string): boolean => iso.length > 10;

/** The session a flare may be soreness after: the latest one at most the soreness window before its start. */
function sessionBefore(file: CaseFile, start: string, settings: Settings): { session: Session; index: number; timed: boolean } | null {
  const startDay = dayNumber(start);
  for (let i = file.sessions.length - 1; i >= 0; i--) {
    const session = file.sessions[i];
    if (!session) continue;
    const daysBefore = startDay - dayNumber(session.date);
    if (daysBefore < 0) continue;
    const timed = hasTime(session.date) && hasTime(start);
    if (timed) {
      const hours = hoursBetween(session.date, start);
      if (hours >= 0 && hours <= settings.sorenessWindowHours) return { session, index: i, timed };
      if (hours > settings.sorenessWindowHours) return null;
    } else {
      // Dates only (spec §4a.3): the session's day or the next, for the 48 h default.
      return daysBefore < settings.sorenessWindowHours / 24 ? { session, index: i, timed } : null;
    }
  }
  return null;
}

interface Span {
  /** Exact hours, or whole calendar days from the first day to the last (dates only). */
  hours: number | null;
  days: number;
  timed: boolean;
  words: string;
}

function spanOf(start: string, end: string): Span {
  const timed = hasTime(start) && hasTime(end);
  const days = daysBetween(dayOf(start), dayOf(end));
  if (timed) {
    const hours = hoursBetween(start, end);
    return { hours, days, timed, words: `${fmt(hours)} h` };
  }
  return { hours: null, days, timed, words: `${plural(days, 'calendar day')} from its first day to its last (only dates were known)` };
}

/** Within `hours`: exactly with times; with dates only, its last day no later than hours / 24 days after its first. */
function within(span: Span, hours: number): boolean {
  return span.hours !== null ? span.hours <= hours : span.days <= hours / 24;
}

interface ClassifyContext {
  file: CaseFile;
  asOf: string;
  asOfEnd: string;
  early: EarlyPhase | null;
  settings: Settings;
}

function sorenessCandidate(ctx: ClassifyContext, flare: Flare): { reason: Reason } | { notReason: Reason } | null {
  const { file, early, settings } = ctx;
  const after = sessionBefore(file, flare.start, settings);
  if (!after) return null;
  const startDay = dayOf(flare.start);
  const sessionDay = dayOf(after.session.date);
  const timing = after.timed
    ? `${fmt(hoursBetween(after.session.date, flare.start))} h after the session on ${sessionDay}`
    : `on ${startDay === sessionDay ? 'the day of' : 'the day after'} the session on ${sessionDay} (only dates were known)`;
  if (!early || startDay < early.from || (early.until !== null && startDay >= early.until)) {
    return { notReason: { rule: 'soreness-window', text: `Started ${timing}, but past the early phase (expected soreness belongs to the establishing-response phase): a flare.` } };
  }
  if (after.index >= settings.sorenessMaxSessions) {
    return { notReason: { rule: 'soreness-window', text: `Started ${timing}, session ${after.index + 1}; expected soreness belongs to the first ${plural(settings.sorenessMaxSessions, 'session')}: a flare.` } };
  }
  const rise = riseAboveBaseline(file, flare, dayOf(flare.end ?? ctx.asOf), settings);
  if (rise && rise.rise > settings.sorenessMaxRise) {
    return { notReason: { rule: 'soreness-size', text: `Started ${timing}, but pain rose to ${fmt(rise.peak)}/10 from a baseline of ${fmt(rise.baseline)}/10, more than the ${settings.sorenessMaxRise}-point rise of expected soreness: a flare.` } };
  }
  return { reason: { rule: 'expected-soreness', text: `Started ${timing}, after session ${after.index + 1} in the early phase${rise ? `, a rise of ${fmt(Math.max(0, rise.rise))} points` : ''}` } };
}

function classify(ctx: ClassifyContext, flare: Flare, recorded: boolean): AssessedFlare {
  const { file, settings } = ctx;
  const end = flare.end ?? null;
  const base = { id: flare.id, start: flare.start, end, recorded };
  const settle = settings.flareSettleHours;
  const soreWindow = settings.sorenessWindowHours;
  const soreness = sorenessCandidate(ctx, flare);
  const notSoreness = soreness && 'notReason' in soreness ? [soreness.notReason] : [];

  if (end === null) {
    const span = spanOf(flare.start, hasTime(flare.start) ? ctx.asOfEnd : ctx.asOf);
    const so = span.timed ? `Under way for ${span.words}` : `Under way since ${dayOf(flare.start)}, ${span.words}`;
    if (!within(span, settle)) return { ...base, classification: 'reassess', reasons: [{ rule: 'flare-duration', text: `${so}: past the ${settle} h a normal flare takes to settle.` }] };
    if (soreness && 'reason' in soreness && within(span, soreWindow)) {
      return { ...base, classification: 'expected-soreness', reasons: [{ rule: 'expected-soreness', text: `${soreness.reason.text}: expected post-treatment soreness (${so.toLowerCase()}).` }] };
    }
    return { ...base, classification: 'open', reasons: [...notSoreness, { rule: 'flare-open', text: `${so}; it is judged once it ends or passes ${settle} h.` }] };
  }
  const span = spanOf(flare.start, end);
  if (!within(span, settle)) {
    return { ...base, classification: 'reassess', reasons: [{ rule: 'flare-duration', text: `Lasted ${span.words}, longer than the ${settle} h a normal flare takes to settle.` }] };
  }
  const below = belowBaseline(file, flare, end, settings);
  if (below.length > 0) return { ...base, classification: 'reassess', reasons: [...notSoreness, ...below] };
  if (soreness && 'reason' in soreness) {
    if (within(span, soreWindow)) {
      return { ...base, classification: 'expected-soreness', reasons: [{ rule: 'expected-soreness', text: `${soreness.reason.text}, and over in ${span.words} (within ${soreWindow} h): expected post-treatment soreness.` }] };
    }
    notSoreness.push({ rule: 'soreness-duration', text: `Soreness that lasted ${span.words}, more than ${soreWindow} h, is a flare.` });
  }
  return { ...base, classification: 'normal', reasons: [...notSoreness, { rule: 'flare-normal', text: `Settled in ${span.words} (within ${settle} h) with no drop below the prior baseline by a minimal important change.` }] };
}

/** Two records of one flare: the same first day and the same last day (or both under way). */
const sameFlare = (a: Flare, b: Flare): boolean => dayOf(a.start) === dayOf(b.start) && (a.end === undefined ? b.end === undefined : b.end !== undefined && dayOf(a.end) === dayOf(b.end));

/** Does a proposed flare touch a recorded one (a day's margin either side)? */
function overlaps(proposed: Flare, recorded: readonly Flare[], asOf: string): boolean {
  const from = dayNumber(proposed.start) - 1;
  const to = dayNumber(proposed.end ?? asOf) + 1;
  return recorded.some((r) => dayNumber(r.start) <= to && dayNumber(r.end ?? asOf) >= from);
}

/**
 * All flares as of `asOf`: recorded ones and those proposed from check-ins, each classified. `early`
 * is the establishing-response phase (null when the episode has none: a low-irritability start, or
 * an intake not yet complete).
 */
export function assessFlares(file: CaseFile, asOf: string, early: EarlyPhase | null, settings: Settings): AssessedFlare[] {
  const ctx: ClassifyContext = { file, asOf, asOfEnd: `${asOf}T23:59:59Z`, early, settings };
  const kept: Flare[] = [];
  const recorded: AssessedFlare[] = [];
  for (const flare of file.flares) {
    const original = kept.find((k) => sameFlare(k, flare));
    const assessed = classify(ctx, flare, true);
    if (original) {
      recorded.push({ ...assessed, duplicateOf: original.id, reasons: [{ rule: 'flare-double-entry', text: `The same first and last day as flare ${original.id}: likely a double entry, counted once.` }, ...assessed.reasons] });
    } else {
      kept.push(flare);
      recorded.push(assessed);
    }
  }
  const proposed = proposeFlares(file, settings, instant(ctx.asOfEnd))
    .filter((flare) => !overlaps(flare, kept, asOf))
    .map((flare) => {
      const assessed = classify(ctx, flare, false);
      const proposal = { rule: 'flare-proposed', text: `Proposed from check-ins: pain ${flare.peakPain ?? '?'}/10 against a baseline of ${fmt(flare.baselinePain)}/10 (a rise of at least ${settings.flareDetectPainRise} points, to at least ${settings.flareDetectMinPain}/10).` };
      return { ...assessed, reasons: [proposal, ...assessed.reasons] };
    });
  return [...recorded, ...proposed].sort((a, b) => byCalendar(a.start, b.start) || a.id.localeCompare(b.id));
}

/** Flares that count: double entries left out. */
export function countedFlares(flares: readonly AssessedFlare[]): AssessedFlare[] {
  return flares.filter((f) => f.duplicateOf === undefined);
}
