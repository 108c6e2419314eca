// Active minutes from the programme and its log (spec §4b): the home sessions logged between two
// clinic sessions count toward the later session's active minutes (done: the session's minutes;
// partly: half), so the passive share reads the whole of the care, not only the clinic's hour.
// Minutes per session are the dose's own (timed exercises) or the library's estimate (dose.ts).
// Without a logged programme the shares are returned as they were.
import type { CaseFile } from '../../records/case-file.ts';
import { dayNumber } from '../../time.ts';
import type { PassiveSharePoint } from '../assessment.ts';
import { doseMinutes } from './dose.ts';
import { hasExerciseLog } from './exercise-log.ts';
import { libraryOf, versionOn } from './programme-history.ts';

/** Minutes of home exercise logged on each day number that has any (in day order, as check-ins are). */
function loggedMinutesByDay(file: CaseFile): Map<number, number> {
  const library = libraryOf(file);
  const minutes = new Map<number, number>();
  for (const checkIn of file.checkIns) {
    if (checkIn.exercises.length === 0) continue;
    const version = versionOn(file, checkIn.date.slice(0, 10));
    let total = 0;
    for (const entry of checkIn.exercises) {
      if (entry.done === 'no') continue;
      const exercise = library.get(entry.exerciseId);
      const dose = version?.items.find((i) => i.exerciseId === entry.exerciseId)?.dose ?? exercise?.startDose;
      if (!dose) continue;
      total += doseMinutes(exercise, dose) * (entry.done === 'yes' ? 1 : 0.5);
    }
    // A second check-in on a day replaces the first's log (exercise-log.ts).
    minutes.set(dayNumber(checkIn.date), total);
  }
  return minutes;
}

export function withLoggedActiveMinutes(file: CaseFile, shares: readonly PassiveSharePoint[]): PassiveSharePoint[] {
  if (!hasExerciseLog(file)) return [...shares];
  // One pass: logged days and sessions are both in day order.
  const byDay = [...loggedMinutesByDay(file)];
  let next = 0;
  return shares.map((point) => {
    const day = dayNumber(point.date);
    let logged = 0;
    for (; next < byDay.length && (byDay[next]?.[0] ?? Infinity) <= day; next++) logged += byDay[next]?.[1] ?? 0;
    if (logged === 0) return point;
    const activeMinutes = point.activeMinutes + Math.round(logged);
    const total = point.passiveMinutes + activeMinutes;
    return { ...point, activeMinutes, loggedActiveMinutes: Math.round(logged), share: total === 0 ? null : point.passiveMinutes / total };
  });
}

/** True when active care was logged at home (the passive-only flag reads it beside the sessions). */
export function activeCareLogged(file: CaseFile): boolean {
  return file.checkIns.some((c) => c.exercises.some((e) => e.done !== 'no'));
}
