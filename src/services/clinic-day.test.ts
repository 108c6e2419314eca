// The clinic's day from an instant: the calendar day in the clinic's zone, whatever zone the server
// runs in (the suite pins TZ=UTC; the answers below do not depend on it).
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, dayOfInstant, timeZoneSchema } from './clinic-day.ts';

describe('dayOfInstant', () => {
  it('gives the local date at the edges of the day', () => {
    // 23:30 in Los Angeles (PDT, UTC-7) is already tomorrow in UTC.
    expect(dayOfInstant(new Date('2026-03-10T06:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-09');
    expect(dayOfInstant(new Date('2026-03-10T06:30:00Z'), 'UTC')).toBe('2026-03-10');
    // 00:30 in Auckland (NZDT, UTC+13) is still yesterday in UTC.
    expect(dayOfInstant(new Date('2026-03-09T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-03-10');
    expect(dayOfInstant(new Date('2026-03-09T11:30:00Z'), 'UTC')).toBe('2026-03-09');
  });

  it('follows daylight saving: the same UTC hour falls on different local days across the change', () => {
    // Los Angeles moved to PDT on 2026-03-08: 07:30 UTC was 23:30 PST the day before, and 00:30 PDT after.
    expect(dayOfInstant(new Date('2026-03-07T07:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-06');
    expect(dayOfInstant(new Date('2026-03-09T07:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-09');
    // Auckland left NZDT on 2026-04-05: 11:30 UTC is 00:30 NZDT before and 23:30 NZST after.
    expect(dayOfInstant(new Date('2026-04-03T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-04-04');
    expect(dayOfInstant(new Date('2026-04-06T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-04-06');
  });
});

describe('time zone names', () => {
  it('accepts IANA names, spelled as the tz database spells them, and refuses the rest', () => {
    expect(canonicalTimeZone('US/Pacific')).toBe('America/Los_Angeles');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(timeZoneSchema.safeParse('Europe/Berlin').success).toBe(true);
    const refused = timeZoneSchema.safeParse('GMT+25');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/not an IANA time zone/);
  });
});
