// The patient's log of each exercise, read from the check-ins (spec §4b): done (yes, partly, no) and
// pain during, per day; and the morning after (better, same, worse), which a check-in reports about
// the day before. One entry per exercise per day: a second check-in on a day replaces the first's
// answer (check-ins are sorted by time). Built once per case file and kept by day number.
import type { CaseFile } from '../../records/case-file.ts';
import type { ExerciseLogEntry, MorningAfter } from '../../records/active-phase.ts';
import { dayNumber, dayOf } from '../../time.ts';

export interface LoggedSession {
  day: string;
  dayNumber: number;
  done: ExerciseLogEntry['done'];
  painDuring: number | undefined;
}

export interface MorningResponse {
  /** The morning it was felt (the check-in's day). */
  day: string;
  dayNumber: number;
  response: MorningAfter['response'];
}

export interface ExerciseLog {
  sessions: LoggedSession[];
  mornings: MorningResponse[];
}

interface Logs {
  byExercise: Map<string, ExerciseLog>;
  /** Day numbers with a check-in that logged any exercise: the days the log could have said "done". */
  loggingDays: number[];
}

const cache = new WeakMap<CaseFile, Logs>();

function build(file: CaseFile): Logs {
  const byExercise = new Map<string, ExerciseLog>();
  const logOf = (id: string): ExerciseLog => {
    let log = byExercise.get(id);
    if (!log) byExercise.set(id, (log = { sessions: [], mornings: [] }));
    return log;
  };
  const loggingDays = new Set<number>();
  for (const checkIn of file.checkIns) {
    const day = dayOf(checkIn.date);
    const number = dayNumber(day);
    if (checkIn.exercises.length > 0) loggingDays.add(number);
    for (const entry of checkIn.exercises) {
      const { sessions } = logOf(entry.exerciseId);
      const session = { day, dayNumber: number, done: entry.done, painDuring: entry.painDuring };
      if (sessions.at(-1)?.dayNumber === number) sessions[sessions.length - 1] = session;
      else sessions.push(session);
    }
    for (const entry of checkIn.morningAfter) {
      const { mornings } = logOf(entry.exerciseId);
      const morning = { day, dayNumber: number, response: entry.response };
      if (mornings.at(-1)?.dayNumber === number) mornings[mornings.length - 1] = morning;
      else mornings.push(morning);
    }
  }
  return { byExercise, loggingDays: [...loggingDays].sort((a, b) => a - b) };
}

function logs(file: CaseFile): Logs {
  let found = cache.get(file);
  if (!found) cache.set(file, (found = build(file)));
  return found;
}

const empty: ExerciseLog = { sessions: [], mornings: [] };

export function exerciseLog(file: CaseFile, exerciseId: string): ExerciseLog {
  return logs(file).byExercise.get(exerciseId) ?? empty;
}

/** True when any check-in has logged any exercise. */
export function hasExerciseLog(file: CaseFile): boolean {
  return logs(file).loggingDays.length > 0;
}

/** The index of the first item of a day-ordered list on or after day number `day` (bisection). */
export function firstOnOrAfter<T>(list: readonly T[], day: number, dayOfItem: (item: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = list[middle];
    if (item !== undefined && dayOfItem(item) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items of a day-ordered list from day `from` to day `to` (day numbers, inclusive). */
export function between<T extends { dayNumber: number }>(list: readonly T[], from: number, to: number): T[] {
  return list.slice(firstOnOrAfter(list, from, (i) => i.dayNumber), firstOnOrAfter(list, to + 1, (i) => i.dayNumber));
}

/** How many days from `from` to `to` (day numbers, inclusive) had a check-in that logged exercises. */
export function loggingDaysBetween(file: CaseFile, from: number, to: number): number {
  const days = logs(file).loggingDays;
  return firstOnOrAfter(days, to + 1, (d) => d) - firstOnOrAfter(days, from, (d) => d);
}

/** Sessions done (yes 1, partly 0.5) from `from` to `to` (day numbers, inclusive). */
export function doneBetween(log: ExerciseLog, from: number, to: number): number {
  let done = 0;
  for (const s of between(log.sessions, from, to)) done += s.done === 'yes' ? 1 : s.done === 'partly' ? 0.5 : 0;
  return done;
}
