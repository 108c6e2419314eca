import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween } from './time.ts';

describe('dayNumber', () => {
  it('counts the same days as Date.UTC for every day from 1899 to 2101, leap days and century years included', () => {
    const MS_PER_DAY = 86_400_000;
    for (let day = Date.UTC(1899, 0, 1) / MS_PER_DAY; day <= Date.UTC(2101, 11, 31) / MS_PER_DAY; day++) {
      const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      if (dayNumber(iso) !== day) expect(`${iso}: ${dayNumber(iso)}`).toBe(`${iso}: ${day}`);
    }
  });

  it('reads the calendar day written in a date-time, whatever its offset', () => {
    expect(dayNumber('2026-03-01T23:30:00-08:00')).toBe(dayNumber('2026-03-01'));
    expect(dayNumber('2024-02-29T00:10:00+14:00')).toBe(dayNumber('2024-02-28') + 1);
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });
});
