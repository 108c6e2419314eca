// Calendar arithmetic on ISO strings. The domain has no clock: every date comes in as data.
// A date is 'YYYY-MM-DD' (the patient's calendar day); a date-time carries its UTC offset, and its
// calendar day is the local day written in it (the first ten characters), which is what the
// clinician and patient meant. Hours between two instants use the offsets, so the answer is the
// same in every time zone the code runs in.

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** The calendar day of a date or date-time: its first ten characters. */
export function dayOf(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

// The engine converts the same few hundred dates thousands of times per assessment, so this reads
// the digits in place and counts days arithmetically (the proleptic Gregorian "days from civil"
// count), with no substring, no Date object and no memo to look up or bound.
const ZERO = 48; // '0'
const digits = (s: string, at: number, count: number): number => {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + (s.charCodeAt(i) - ZERO);
  return value;
};

/** Days since 1970-01-01 of the calendar day written in the string (its first ten characters). */
export function dayNumber(isoDateOrDateTime: string): number {
  const month = digits(isoDateOrDateTime, 5, 2);
  const date = digits(isoDateOrDateTime, 8, 2);
  // Years from March, so the leap day is the last of its year.
  const year = digits(isoDateOrDateTime, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The ISO date `days` after the calendar day of `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The instant of a date or date-time in ms since the epoch; a bare date counts as its UTC midnight. */
export function instant(isoDateOrDateTime: string): number {
  return isoDateOrDateTime.length === 10 ? dayNumber(isoDateOrDateTime) * MS_PER_DAY : Date.parse(isoDateOrDateTime);
}

/** Hours from one date or date-time to another. */
export function hoursBetween(from: string, to: string): number {
  return (instant(to) - instant(from)) / MS_PER_HOUR;
}

/** The end of the calendar day of an as-of date, as an instant: records on that day count. */
export function endOfDay(isoDate: string): number {
  return (dayNumber(isoDate) + 1) * MS_PER_DAY - 1;
}

/** True when a record dated `isoDateOrDateTime` is known on the as-of day. */
export function isKnownOn(isoDateOrDateTime: string, asOf: string): boolean {
  return dayNumber(isoDateOrDateTime) <= dayNumber(asOf);
}

/** Whole years of age on a date. */
export function ageOn(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const hadBirthday = onDate.slice(5, 10) >= birthDate.slice(5, 10);
  return hadBirthday ? years : years - 1;
}

/**
 * Compare two ISO strings for sorting: by calendar day first (a bare date and a date-time with an
 * offset are ordered as the person wrote them), then by instant within the day.
 */
export function byCalendar(a: string, b: string): number {
  return dayNumber(a) - dayNumber(b) || instant(a) - instant(b);
}
