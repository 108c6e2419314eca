// How the patient answered the current dose of one exercise, by Silbernagel's pain-monitoring model
// (reference §7, §12): pain during up to `exercisePainAcceptableMax` (5/10) is acceptable; reaching
// `exercisePainHoldAt` (the band's top) holds the dose; a next morning that is worse asks for less.
// Never on one bad day (spec §4b): one session past the band or one worse morning holds; it takes
// `exerciseBadSessionsToRegress` of them to step back. Judged over the sessions logged at the current
// dose in the last `exerciseReviewDays`. It does not look at flares or adherence (their own rules).
import type { Settings } from '../../settings/catalogue.ts';
import { addDays, dayNumber } from '../../time.ts';
import type { Reason } from '../assessment.ts';
import { plural } from '../statistics.ts';
import { between, type ExerciseLog } from './exercise-log.ts';

export type ResponseVerdict = 'within-band' | 'top-of-band' | 'one-bad-day' | 'past-band' | 'no-sessions';

export interface ResponseFinding {
  value: ResponseVerdict;
  /** Sessions done (yes or partly) at the current dose in the window. */
  sessions: number;
  reasons: Reason[];
}

/** The first day judged: the later of the dose's first day and the review window's. */
export function reviewFrom(doseSince: string, asOf: string, settings: Settings): string {
  const windowStart = addDays(asOf, 1 - settings.exerciseReviewDays);
  return doseSince > windowStart ? doseSince : windowStart;
}

export function responseToDose(log: ExerciseLog, doseSince: string, asOf: string, settings: Settings): ResponseFinding {
  const from = dayNumber(reviewFrom(doseSince, asOf, settings));
  const to = dayNumber(asOf);
  const done = between(log.sessions, from, to).filter((s) => s.done !== 'no');
  // A morning speaks of the day before: only mornings after a day in the window (at this dose) count.
  const mornings = between(log.mornings, from + 1, to);
  const worse = mornings.filter((m) => m.response === 'worse');
  const rated = done.filter((s) => s.painDuring !== undefined);
  const max = rated.reduce((m, s) => Math.max(m, s.painDuring ?? 0), 0);
  const acceptable = settings.exercisePainAcceptableMax;
  const pastDays = new Set(done.filter((s) => (s.painDuring ?? 0) > acceptable).map((s) => s.dayNumber));
  for (const m of worse) pastDays.add(m.dayNumber - 1);
  const window = `since ${reviewFrom(doseSince, asOf, settings)}`;
  const painText = rated.length === 0 ? 'no pain ratings' : `pain during at most ${max}/10 over ${plural(rated.length, 'rated session')}`;
  const morningText = mornings.length === 0 ? 'no next-morning answers' : `${plural(worse.length, 'worse morning')} of ${mornings.length} answered`;
  const reason = (text: string, rule = 'pain-monitoring'): Reason => ({ rule, text });

  if (done.length === 0) return { value: 'no-sessions', sessions: 0, reasons: [reason(`No session logged at this dose ${window}.`, 'no-log')] };
  if (pastDays.size >= settings.exerciseBadSessionsToRegress) {
    return { value: 'past-band', sessions: done.length, reasons: [reason(`${plural(pastDays.size, 'session')} ${window} went past the acceptable band (pain during above ${acceptable}/10) or were followed by a worse morning (${painText}; ${morningText}); ${settings.exerciseBadSessionsToRegress} or more step the exercise back (Silbernagel pain-monitoring model).`)] };
  }
  if (pastDays.size === 1) {
    return { value: 'one-bad-day', sessions: done.length, reasons: [reason(`One session ${window} went past the acceptable band or was followed by a worse morning (${painText}; ${morningText}): one bad day holds the dose; it steps back only if it happens again.`, 'one-bad-day')] };
  }
  if (rated.length > 0 && max >= settings.exercisePainHoldAt) {
    return { value: 'top-of-band', sessions: done.length, reasons: [reason(`Pain during reached ${max}/10 ${window}, the top of the acceptable band (${settings.exercisePainHoldAt}/10): hold the dose until it settles lower.`, 'pain-top-of-band')] };
  }
  return { value: 'within-band', sessions: done.length, reasons: [reason(`${plural(done.length, 'session')} ${window}: ${painText}, within the acceptable band (0-${acceptable}/10); ${morningText}.`)] };
}
