// The use-cases' side of "dates after today are refused" (domain: records/future-dates.ts): today
// is the clinic's day (in its time zone, spec §4a.6) and the request's moment; a date after it is a
// 400 naming the field, nothing written (the check runs inside the write's transaction).
import { AppError } from '../domain/errors.ts';
import { datesAfterToday, factDates, type DatedRecordKind } from '../domain/index.ts';

/** Throw a validation error naming every fact date of `record` after today. */
export function refuseDatesAfterToday<K extends DatedRecordKind>(
  kind: K, record: Parameters<(typeof factDates)[K]>[0], clinicDay: string, now: Date, prefix = '',
): void {
  const fields = (factDates[kind] as (r: typeof record) => ReturnType<(typeof factDates)[K]>)(record);
  const details = datesAfterToday(fields, { day: clinicDay, now: now.toISOString() }, prefix);
  const first = details[0];
  if (first) {
    throw new AppError('validation', `Not saved: ${first.path}: ${first.message}${details.length > 1 ? ` (and ${details.length - 1} more)` : ''}`, details);
  }
}
