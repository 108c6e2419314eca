// Adherence from the exercise log (spec §4b): sessions done (yes 1, partly half) against the sessions
// prescribed (days a week), counted over the days the patient logged at all, so a day without a
// check-in is unknown rather than "not done". Per exercise, it gates `progress`
// (`exerciseAdherenceGood`); over the whole programme it is what the plateau ladder's first rung,
// `check-adherence`, reads (recommendations.ts) in place of the check-in's single "home exercises"
// answer wherever the programme is logged.
import type { CaseFile } from '../../records/case-file.ts';
import type { ProgrammeItem } from '../../records/active-phase.ts';
import type { Settings } from '../../settings/catalogue.ts';
import { addDays, dayNumber } from '../../time.ts';
import type { Reason } from '../assessment.ts';
import { percent, plural } from '../statistics.ts';
import { doneBetween, exerciseLog, loggingDaysBetween } from './exercise-log.ts';
import { versionOn } from './programme-history.ts';

export interface AdherenceFinding {
  /** Done over prescribed, at most 1; null when no day in the window was logged. */
  share: number | null;
  reasons: Reason[];
}

/** Adherence to one exercise from `from` to `to` (ISO days, inclusive). */
export function exerciseAdherence(file: CaseFile, item: ProgrammeItem, from: string, to: string): AdherenceFinding {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const logged = loggingDaysBetween(file, first, last);
  if (logged === 0) return { share: null, reasons: [{ rule: 'exercise-adherence', text: `No check-in logged the programme from ${from} to ${to}.` }] };
  const prescribed = (item.daysPerWeek / 7) * logged;
  const done = doneBetween(exerciseLog(file, item.exerciseId), first, last);
  const share = Math.min(1, done / prescribed);
  return {
    share,
    reasons: [{ rule: 'exercise-adherence', text: `Done ${done} of about ${Math.round(prescribed * 10) / 10} prescribed sessions (${item.daysPerWeek} days a week over ${plural(logged, 'logged day')}) from ${from} to ${to}: ${percent(share)}.` }],
  };
}

/**
 * Adherence to the whole programme in the last `recentDays`, as the plateau ladder reads it: the
 * share of prescribed sessions missed, and over how many logged check-ins. Null when the programme
 * in effect was not logged in the period (then the check-in's home-exercise answer is read instead).
 */
export function programmeAdherence(file: CaseFile, asOf: string, settings: Settings): { missedShare: number; answered: number } | null {
  const version = versionOn(file, asOf);
  if (!version || version.items.length === 0) return null;
  const from = addDays(asOf, 1 - settings.recentDays);
  const logged = loggingDaysBetween(file, dayNumber(from), dayNumber(asOf));
  if (logged === 0) return null;
  let prescribed = 0;
  let done = 0;
  for (const item of version.items) {
    prescribed += (item.daysPerWeek / 7) * logged;
    done += doneBetween(exerciseLog(file, item.exerciseId), dayNumber(from), dayNumber(asOf));
  }
  return { missedShare: Math.max(0, 1 - done / prescribed), answered: logged };
}
