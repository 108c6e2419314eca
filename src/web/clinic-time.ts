// The clinic's day in the browser (spec §4a.6): forms default to today in the clinic's time zone, and
// a date and time typed into a form (which the browser gives without an offset) is written with the
// clinic's offset on that day, so "09:30" means 09:30 at the clinic whatever zone the browser is in.
// The zone comes from GET /clinic once the session is known; until then the browser's own is used.

let zone: string | null = null;

export function setClinicTimeZone(timeZone: string | null): void {
  zone = timeZone;
}

/** The clinic's time zone, or the browser's while it is not known. */
export function clinicTimeZone(): string {
  return zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const pad = (n: number): string => String(Math.floor(Math.abs(n))).padStart(2, '0');

/** Today (YYYY-MM-DD) in the clinic's time zone. */
export function clinicToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: clinicTimeZone(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Now as a wall-clock time in the clinic (YYYY-MM-DDTHH:MM), for a datetime-local input. */
export function clinicNow(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: clinicTimeZone(), year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** Minutes east of UTC of a time zone at an instant ("GMT-07:00" -> -420). */
function offsetMinutes(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * A wall-clock date and time at the clinic ("2026-03-09T09:30") as an ISO date-time with the
 * clinic's offset on that day ("2026-03-09T09:30:00-07:00"). The offset is found for the instant
 * it names (twice, so a time next to a daylight-saving change gets the offset of its own side).
 */
export function withClinicOffset(local: string, timeZone: string = clinicTimeZone()): string {
  const [date = '', time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const first = offsetMinutes(timeZone, wall);
  const offset = offsetMinutes(timeZone, wall - first * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${pad(hh ?? 0)}:${pad(mm ?? 0)}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** A date-time with its offset shown as the clinic reads it: "2026-03-09 09:30" (the wall time written in it). */
export function wallTime(dateTime: string): string {
  return dateTime.length > 10 ? `${dateTime.slice(0, 10)} ${dateTime.slice(11, 16)}` : dateTime;
}
