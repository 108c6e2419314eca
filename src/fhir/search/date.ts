// FHIR date search (R4 search §3.1.1.4 "date"): a parameter value like ge2026-01-01 is a prefix and
// a date of some precision, which stands for the whole range it covers (2026-01 is all of January).
// A resource's date is a range too: a day, an instant, or a period that may still be open. The
// prefixes compare the two ranges; we support eq, ne, gt, lt, ge, le, sa and eb (ap, "approximately",
// has no definition precise enough to test and gives 400).
import { AppError } from '../../domain/errors.ts';

/** A half-open range of instants [low, high) in milliseconds; high may be Infinity (open period). */
export interface Range {
  low: number;
  high: number;
}

const prefixes = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'] as const;
export type DatePrefix = (typeof prefixes)[number];

export interface DateCriterion {
  prefix: DatePrefix;
  range: Range;
}

const DAY = 86_400_000;
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
  return new Date(low).getUTCMonth() !== m || Number(day) < 1 ? undefined : { low, high: low + DAY };
}

/** One value of a date search parameter, e.g. "ge2026-01-01"; a validation error names `name`. */
export function parseDateCriterion(name: string, value: string): DateCriterion {
  const match = VALUE.exec(value);
  const bad = (message: string): AppError => new AppError('validation', `search parameter ${name}=${value}: ${message}`, [{ path: name, message }]);
  if (match === null) throw bad(`expected an optional prefix (${prefixes.join(', ')}) and a date YYYY, YYYY-MM, YYYY-MM-DD or a date-time with its zone`);
  const prefix = prefixes.find((p) => p === (match[1] ?? 'eq'));
  if (prefix === undefined) throw bad(`the prefix ${match[1] ?? ''} is not supported (${prefixes.join(', ')} are)`);
  const range = rangeOf(match[2] ?? '');
  if (range === undefined) throw bad('not a valid date');
  return { prefix, range };
}

/** Does a resource's date range satisfy one criterion? Ranges that overlap the boundary count (R4). */
export function matchesDate(target: Range, { prefix, range }: DateCriterion): boolean {
  switch (prefix) {
    case 'eq': return target.low >= range.low && target.high <= range.high;
    case 'ne': return !(target.low >= range.low && target.high <= range.high);
    case 'ge': return target.high > range.low;
    case 'gt': return target.high > range.high;
    case 'le': return target.low < range.high;
    case 'lt': return target.low < range.low;
    case 'sa': return target.low >= range.high;
    case 'eb': return target.high <= range.low;
  }
}

/** Days (YYYY-MM-DD) an inclusive interval runs over; either end may be open. `negate`: every other day. */
export interface DayInterval {
  from?: string;
  to?: string;
  negate?: boolean;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const floorDay = (ms: number): number => Math.floor(ms / DAY) * DAY;
const ceilDay = (ms: number): number => Math.ceil(ms / DAY) * DAY;

/**
 * The same criterion for an element that is a whole day (Patient.birthDate), as an interval of days a
 * database can compare a date column with. A day b stands for [B, B + 1 day), B its midnight (UTC);
 * each prefix of matchesDate becomes a bound on B, rounded to the midnights that satisfy it.
 */
export function dayInterval({ prefix, range }: DateCriterion): DayInterval {
  const atLeast = (ms: number): string => isoDay(ceilDay(ms)); // B >= ms
  const above = (ms: number): string => isoDay(floorDay(ms) + DAY); // B > ms
  const atMost = (ms: number): string => isoDay(floorDay(ms)); // B <= ms
  const below = (ms: number): string => isoDay(ceilDay(ms) - DAY); // B < ms
  switch (prefix) {
    case 'eq': return { from: atLeast(range.low), to: atMost(range.high - DAY) };
    case 'ne': return { from: atLeast(range.low), to: atMost(range.high - DAY), negate: true };
    case 'ge': return { from: above(range.low - DAY) };
    case 'gt': return { from: above(range.high - DAY) };
    case 'le': return { to: below(range.high) };
    case 'lt': return { to: below(range.low) };
    case 'sa': return { from: atLeast(range.high) };
    case 'eb': return { to: atMost(range.low - DAY) };
  }
}
