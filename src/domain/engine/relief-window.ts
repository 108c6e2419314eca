// The relief window after each session: how many days of meaningful relief before symptoms returned.
// Spec §2: censored when the next session comes first ("held to next session").
// Data, in order of trust: the patient's report at the next session (responseSinceLastSession), else
// the daily check-ins' "still better than before the last session?" answers. From check-ins, relief
// lasts through the last consecutive "yes"; missing days between two "yes" answers are assumed to
// continue it; a "yes" on the day before (or of) the next session counts as held to it. These
// reading rules are heuristics. A report longer than the gap to the next session is capped there.
import type { CaseFile } from '../records/case-file.ts';
import { daysBetween, dayOf } from '../time.ts';
import type { ReliefWindowPoint } from './assessment.ts';

export interface ReliefWindow extends ReliefWindowPoint {
  /** The day the window (as given) was known: the reporting session, or the last check-in read. */
  knownOn: string | null;
  /** Check-in days that answered "still better" in this window, in a row from the session (for a reported window too: they showed it sooner). */
  reliefDaysConfirmed: string[];
}

interface ReliefAnswer {
  day: string;
  yes: boolean;
}

/** The check-ins that answered the relief question, in day order (the case file is sorted). */
function reliefAnswers(file: CaseFile): ReliefAnswer[] {
  return file.checkIns
    .filter((c) => c.reliefSinceLastSession !== undefined)
    .map((c) => ({ day: dayOf(c.date), yes: c.reliefSinceLastSession === true }));
}

/** The index of the first answer dated after `day` (answers are in day order): a bisection, as every session reads its own stretch. */
function firstAfter(all: readonly ReliefAnswer[], day: string): number {
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((all[middle]?.day ?? '') <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function fromCheckIns(all: readonly ReliefAnswer[], sessionDay: string, untilDay: string, untilIsSession: boolean): { days: number; held: boolean; knownOn: string; yes: string[] } | null {
  const answers: ReliefAnswer[] = [];
  for (let i = firstAfter(all, sessionDay); i < all.length; i++) {
    const answer = all[i];
    if (!answer || (untilIsSession ? answer.day >= untilDay : answer.day > untilDay)) break;
    answers.push(answer);
  }
  if (answers.length === 0) return null;
  const yes: string[] = [];
  for (const answer of answers) {
    if (!answer.yes) return { days: yes.length === 0 ? 0 : daysBetween(sessionDay, yes[yes.length - 1] ?? sessionDay), held: false, knownOn: answer.day, yes };
    yes.push(answer.day);
  }
  const last = yes[yes.length - 1] ?? sessionDay;
  const held = daysBetween(last, untilDay) <= 1;
  // Held to the next session: relief lasted the whole gap. Still holding on the as-of day: as long
  // as the last "yes" confirms, no longer (the window is censored, not guessed).
  const days = held && untilIsSession ? daysBetween(sessionDay, untilDay) : daysBetween(sessionDay, last);
  return { days, held, knownOn: held && untilIsSession ? untilDay : last, yes };
}

export function reliefWindows(file: CaseFile, asOf: string): ReliefWindow[] {
  const answers = reliefAnswers(file);
  return file.sessions.map((session, index) => {
    const next = file.sessions[index + 1];
    const sessionDay = dayOf(session.date);
    const base = { sessionId: session.id, date: session.date };
    if (next) {
      const gap = daysBetween(sessionDay, dayOf(next.date));
      const reported = next.responseSinceLastSession?.reliefDays;
      if (reported !== undefined && reported !== null) {
        const held = reported >= gap;
        // The report comes at the next session; a "still better" check-in may have shown the relief
        // sooner, and a replay on that day reads it from the check-ins: keep those days as confirmations.
        const confirmed = fromCheckIns(answers, sessionDay, dayOf(next.date), true)?.yes ?? [];
        return { ...base, reliefDays: held ? gap : reported, heldToNextSession: held, ongoing: false, source: 'reported', knownOn: dayOf(next.date), reliefDaysConfirmed: confirmed };
      }
      const read = fromCheckIns(answers, sessionDay, dayOf(next.date), true);
      if (read) return { ...base, reliefDays: read.days, heldToNextSession: read.held, ongoing: false, source: 'check-ins', knownOn: read.knownOn, reliefDaysConfirmed: read.yes };
      return { ...base, reliefDays: null, heldToNextSession: false, ongoing: false, source: null, knownOn: null, reliefDaysConfirmed: [] };
    }
    const read = fromCheckIns(answers, sessionDay, asOf, false);
    if (read) return { ...base, reliefDays: read.days, heldToNextSession: false, ongoing: read.held, source: 'check-ins', knownOn: read.knownOn, reliefDaysConfirmed: read.yes };
    return { ...base, reliefDays: null, heldToNextSession: false, ongoing: false, source: null, knownOn: null, reliefDaysConfirmed: [] };
  });
}

/**
 * The day on which it was known that this window lasted at least `days`: from check-ins, the first
 * "still better" answer that many days after the session (or the next session, for a window that
 * held to it); from a report, the day of the reporting session. Null if it never did. Replaying the
 * engine on that day gives the same answer.
 */
export function dayWindowReached(window: ReliefWindow, days: number): string | null {
  if (window.reliefDays === null || window.reliefDays < days || window.knownOn === null) return null;
  const sessionDay = dayOf(window.date);
  return window.reliefDaysConfirmed.find((day) => daysBetween(sessionDay, day) >= days) ?? window.knownOn;
}

export function describeWindow(window: ReliefWindowPoint): string {
  if (window.reliefDays === null) return 'no relief reported';
  const days = `${window.reliefDays} day${window.reliefDays === 1 ? '' : 's'}`;
  if (window.heldToNextSession) return `${days} (held to the next session)`;
  if (window.ongoing) return `${days} so far (still holding)`;
  return days;
}

/**
 * Unbroken relief (spec §4c.1): relief that held to the next session and went on after it is one
 * window across sessions. The day on which the relief that began with session `index` was known to
 * have lasted at least `days`, following the windows that held into the next: null if it never did.
 */
export function unbrokenReached(windows: readonly ReliefWindow[], index: number, days: number): string | null {
  let remaining = days;
  for (let i = index; i < windows.length; i++) {
    const window = windows[i];
    if (!window) return null;
    const reached = dayWindowReached(window, remaining);
    if (reached !== null) return reached;
    const next = windows[i + 1];
    if (!window.heldToNextSession || !next) return null;
    // A window that held counts the whole gap, so it fell short of `remaining` only if the gap did.
    remaining -= daysBetween(dayOf(window.date), dayOf(next.date));
  }
  return null;
}

/** The length of the unbroken relief that began with session `index`, as far as it is known. */
export function unbrokenDays(windows: readonly ReliefWindow[], index: number): number | null {
  let total = 0;
  for (let i = index; i < windows.length; i++) {
    const window = windows[i];
    if (!window || window.reliefDays === null) return i === index ? null : total;
    const next = windows[i + 1];
    if (!window.heldToNextSession || !next) return total + window.reliefDays;
    total += daysBetween(dayOf(window.date), dayOf(next.date));
  }
  return total;
}

/**
 * A window in words, with the unbroken relief it began when that ran on past the next session; with
 * `knownOn`, the relief as it stood that day (a reason dated then does not tell of days after it).
 */
export function describeUnbroken(windows: readonly ReliefWindow[], index: number, knownOn?: string): string {
  const window = windows[index];
  if (!window) return 'no session';
  const total = unbrokenDays(windows, index);
  const unbroken = total === null || knownOn === undefined ? total : Math.min(total, daysBetween(dayOf(window.date), knownOn));
  const own = describeWindow(window);
  return window.heldToNextSession && unbroken !== null && unbroken > (window.reliefDays ?? 0)
    ? `${own}, unbroken relief of ${unbroken} day${unbroken === 1 ? '' : 's'} across sessions`
    : own;
}
