import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/settings.ts';
import { readBaseline } from './unrelieved-baseline.ts';

interface Point { dayNumber: number; value: number; answer: boolean | null }

/** Points on consecutive day numbers from `first`; answer true = "no relief", false = "relief", null = blank. */
function points(first: number, ...list: [number, boolean | null][]): Point[] {
  return list.map(([value, answer], i) => ({ dayNumber: first + i, value, answer }));
}

const baseline = (list: Point[], startDay: number): number | null => readBaseline(list, list.length, startDay, (p) => p.answer, defaultSettings).level;

describe('readBaseline', () => {
  it('reads days the patient said were without relief, not relieved ones', () => {
    // Days 1-3 without relief at pain 5, days 4-9 relieved at pain 1: the baseline is 5, not 1.
    const list = points(1, [5, true], [5, true], [5, true], [1, false], [1, false], [1, false], [1, false], [1, false], [1, false]);
    expect(baseline(list, 10)).toBe(5);
  });

  it('does not count a blank answer as "no relief" while there are "no" answers to read', () => {
    // Two blanks at pain 1 inside a relief window, two "no" days at 5 before it.
    const list = points(1, [5, true], [5, true], [1, null], [1, false], [1, null], [1, false]);
    expect(baseline(list, 7)).toBe(5);
  });

  it('falls back to days not marked relieved when the patient never answers the question', () => {
    const list = points(1, [2, null], [2, null], [2, null], [3, null]);
    expect(baseline(list, 8)).toBe(2);
  });

  it('falls back to the last week as it is when every day was relieved', () => {
    const list = points(1, [1, false], [1, false], [2, false]);
    expect(baseline(list, 4)).toBe(1);
  });

  it('looks back no further than four baseline windows (28 days by default)', () => {
    const old = points(1, [6, true], [6, true]);
    const recent = points(30, [1, false], [1, false]);
    expect(baseline([...old, ...recent], 32)).toBe(1);
    expect(baseline([...old, ...recent], 29)).toBe(6);
  });
});
