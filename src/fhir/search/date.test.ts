import { describe, expect, it } from 'vitest';
import { dayInterval, matchesDate, parseDateCriterion, rangeOf } from './date.ts';

const day = (d: string): { low: number; high: number } => {
  const r = rangeOf(d);
  if (!r) throw new Error(d);
  return r;
};

describe('FHIR date search', () => {
  it('reads a date at its precision', () => {
    expect(rangeOf('2026-02')).toEqual({ low: Date.UTC(2026, 1, 1), high: Date.UTC(2026, 2, 1) });
    expect(rangeOf('2026')).toEqual({ low: Date.UTC(2026, 0, 1), high: Date.UTC(2027, 0, 1) });
    expect(rangeOf('2026-01-12T09:30:00+01:00')?.low).toBe(Date.parse('2026-01-12T08:30:00Z'));
    expect(rangeOf('12 Jan')).toBeUndefined();
  });

  it('applies ge and le as a window, inclusive of the boundary days', () => {
    const from = parseDateCriterion('date', 'ge2026-01-01');
    const to = parseDateCriterion('date', 'le2026-03-01');
    const inWindow = (d: string): boolean => matchesDate(day(d), from) && matchesDate(day(d), to);
    expect(['2026-01-01', '2026-02-15', '2026-03-01', '2026-03-01T23:00:00Z'].map(inWindow)).toEqual([true, true, true, true]);
    expect(['2025-12-31', '2026-03-02', '2026-03-02T00:00:00Z'].map(inWindow)).toEqual([false, false, false]);
  });

  it('treats eq as "within", gt and lt as strictly after and before, and an open period as running on', () => {
    expect(matchesDate(day('2026-02-10'), parseDateCriterion('date', '2026-02'))).toBe(true);
    expect(matchesDate(day('2026-02-10'), parseDateCriterion('date', 'eq2026-03'))).toBe(false);
    expect(matchesDate(day('2026-02-10'), parseDateCriterion('date', 'gt2026-02-10'))).toBe(false);
    expect(matchesDate(day('2026-02-11'), parseDateCriterion('date', 'gt2026-02-10'))).toBe(true);
    expect(matchesDate(day('2026-02-09'), parseDateCriterion('date', 'lt2026-02-10'))).toBe(true);
    const open = { low: Date.UTC(2026, 0, 1), high: Infinity };
    expect(matchesDate(open, parseDateCriterion('date', 'ge2030-01-01'))).toBe(true);
  });

  it('refuses prefixes it does not support and dates it cannot read, naming the parameter', () => {
    expect(() => parseDateCriterion('date', 'ap2026-01-01')).toThrow(/date=ap2026-01-01.*not supported/);
    expect(() => parseDateCriterion('authored', 'ge2026-13-45')).toThrow(/authored/);
    expect(() => parseDateCriterion('date', 'yesterday')).toThrow(/date=yesterday/);
  });
});

describe('a day-precision element (birthDate) searched by days', () => {
  it('gives the same answer as the range comparison, for every prefix and precision', () => {
    const days = ['1975-06-14', '1975-06-15', '1975-06-16', '1975-01-01', '1975-12-31', '1976-01-01', '1974-12-31', '1975-05-31', '1975-06-30', '1975-07-01'];
    const values = ['1975', '1975-06', '1975-06-15', '1975-06-15T00:00:00Z', '1975-06-15T12:30:00+02:00', '1975-06-15T23:59:59-05:00'];
    const inInterval = (day: string, i: ReturnType<typeof dayInterval>): boolean => {
      const inside = (i.from === undefined || day >= i.from) && (i.to === undefined || day <= i.to);
      return i.negate === true ? !inside : inside;
    };
    for (const prefix of ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb']) {
      for (const value of values) {
        const criterion = parseDateCriterion('birthdate', `${prefix}${value}`);
        for (const d of days) {
          expect(inInterval(d, dayInterval(criterion)), `${d} ${prefix}${value}`).toBe(matchesDate(day(d), criterion));
        }
      }
    }
  });
});
