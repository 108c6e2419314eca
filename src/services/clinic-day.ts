// The clinic's own day (spec §4a.6): "today", as-of defaults and overdue checkpoints are the calendar
// day in the clinic's time zone, never UTC's. A clinic in California at 17:00 is still on the day
// its clinicians are living, not on tomorrow. Time zones are IANA names, checked against the runtime's
// own tz database (Intl), which is also what turns an instant into a local day.
import { textSchema } from '../domain/index.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it. */
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayOfInstant(now: Date, timeZone: string): string {
  return dayFormatter(timeZone).format(now);
}

/** The IANA name as the tz database spells it ("utc" -> "UTC"), or null when it names no zone. */
export function canonicalTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A time zone name the runtime knows (canonicalTimeZone gives it as the tz database spells it). */
export const timeZoneSchema = textSchema({ min: 1, max: 64 })
  .refine((name) => canonicalTimeZone(name) !== null,
    { error: (issue) => `"${String(issue.input)}" is not an IANA time zone (for example Europe/Berlin, America/Los_Angeles, Pacific/Auckland)` })
  .describe('An IANA time zone name, e.g. America/Los_Angeles');
