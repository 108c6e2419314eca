// FHIR date search (R4 search §3.1.1.4 "date"): a parameter value like ge2026-01-01 is a prefix and
// a date of some precision, which stands for the whole range it covers (2026-01 is all of January).
// A resource's date is a range too: a day, an instant, or a period that may still be open. The
// prefixes compare the two ranges; we support eq, gt, lt, ge and le (the others give 400).
import { AppError } from '../../domain/errors.ts';

/** A half-open range of instants [low, high) in milliseconds; high may be Infinity (open period). */
export interface Range {
  low: number;
  high: number;
}

export type DatePrefix = 'eq' | 'gt' | 'lt' | 'ge' | 'le';

export interface DateCriterion {
  prefix: DatePrefix;
  range: Range;
}

const VALUE = /^(eq|ne|gt|lt|ge|le|sa|eb|ap)?(\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?)$/;

/** The range a FHIR date, dateTime or instant covers, at its own precision; undefined when unreadable. */
export function rangeOf(value: string): Range | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T.+)?)?)?$/.exec(value);
  if (match === null) return undefined;
  const [, year, month, day, time] = match;
  if (time !== undefined) {
    const at = Date.parse(value);
    // An instant is given to the second at best: it stands for that second.
    return Number.isNaN(at) ? undefined : { low: at, high: at + 1000 };
  }
  const y = Number(year);
  if (month === undefined) return { low: Date.UTC(y, 0, 1), high: Date.UTC(y + 1, 0, 1) };
  const m = Number(month) - 1;
  if (m < 0 || m > 11) return undefined;
  if (day === undefined) return { low: Date.UTC(y, m, 1), high: Date.UTC(y, m + 1, 1) };
  const low = Date.UTC(y, m, Number(day));
  // Date.UTC rolls 2026-02-30 over into March: a day that does not exist is unreadable.
  return new Date(low).getUTCMonth() !== m || Number(day) < 1 ? undefined : { low, high: low + 86_400_000 };
}

/** One value of a date search parameter, e.g. "ge2026-01-01"; a validation error names `name`. */
export function parseDateCriterion(name: string, value: string): DateCriterion {
  const match = VALUE.exec(value);
  const bad = (message: string): AppError => new AppError('validation', `search parameter ${name}=${value}: ${message}`, [{ path: name, message }]);
  if (match === null) throw bad('expected an optional prefix (eq, gt, lt, ge, le) and a date YYYY, YYYY-MM, YYYY-MM-DD or a date-time with its zone');
  const prefix = match[1] ?? 'eq';
  if (prefix !== 'eq' && prefix !== 'gt' && prefix !== 'lt' && prefix !== 'ge' && prefix !== 'le') throw bad(`the prefix ${prefix} is not supported (eq, gt, lt, ge, le are)`);
  const range = rangeOf(match[2] ?? '');
  if (range === undefined) throw bad('not a valid date');
  return { prefix, range };
}

/** Does a resource's date range satisfy one criterion? Ranges that overlap the boundary count (R4). */
export function matchesDate(target: Range, { prefix, range }: DateCriterion): boolean {
  switch (prefix) {
    case 'eq': return target.low >= range.low && target.high <= range.high;
    case 'ge': return target.high > range.low;
    case 'gt': return target.high > range.high;
    case 'le': return target.low < range.high;
    case 'lt': return target.low < range.low;
  }
}
