// The use-cases' side of "dates after today are refused" (domain: records/future-dates.ts): today
// is the request's moment, and a date after it is a 400 naming the field, nothing written.
import { AppError } from '../domain/errors.ts';
import { datesAfterToday, factDates, type DatedRecordKind } from '../domain/index.ts';
import { todayOf } from './context.ts';

/** Throw a validation error naming every fact date of `record` after today. */
export function refuseDatesAfterToday<K extends DatedRecordKind>(
  kind: K, record: Parameters<(typeof factDates)[K]>[0], now: Date, prefix = '',
): void {
  const fields = (factDates[kind] as (r: typeof record) => ReturnType<(typeof factDates)[K]>)(record);
  const details = datesAfterToday(fields, todayOf(now), prefix);
  const first = details[0];
  if (first) {
    throw new AppError('validation', `Not saved: ${first.path}: ${first.message}${details.length > 1 ? ` (and ${details.length - 1} more)` : ''}`, details);
  }
}
