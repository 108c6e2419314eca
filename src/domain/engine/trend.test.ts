import { describe, expect, it } from 'vitest';
import { normalQuantile, robustTrend } from './trend.ts';

const series = (values: readonly number[]): { x: number; y: number }[] => values.map((y, x) => ({ x, y }));

describe('normalQuantile', () => {
  it('matches the standard normal table', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815516, 6);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263479, 6);
  });
});

describe('robustTrend', () => {
  it('gives the exact slope of a straight line, with no width to its bounds', () => {
    const trend = robustTrend(Array.from({ length: 20 }, (_, x) => ({ x, y: 2 + 0.25 * x })), 0.9);
    expect(trend?.slope).toBeCloseTo(0.25, 12);
    expect(trend?.lower).toBeCloseTo(0.25, 9);
    expect(trend?.upper).toBeCloseTo(0.25, 9);
  });

  it('is moved far less by one wild rating than least squares is', () => {
    const leastSquares = (values: readonly number[]): number => {
      const n = values.length;
      const xbar = (n - 1) / 2;
      const ybar = values.reduce((a, b) => a + b, 0) / n;
      let sxy = 0;
      let sxx = 0;
      values.forEach((y, x) => { sxy += (x - xbar) * (y - ybar); sxx += (x - xbar) ** 2; });
      return sxy / sxx;
    };
    const values = [3, 3, 4, 3, 4, 4, 3, 4, 4, 4, 3, 4, 4, 4, 3];
    const wild = [...values];
    wild[13] = 10;
    const robustShift = Math.abs((robustTrend(series(wild), 0.9)?.slope ?? 0) - (robustTrend(series(values), 0.9)?.slope ?? 0));
    const leastSquaresShift = Math.abs(leastSquares(wild) - leastSquares(values));
    expect(robustShift).toBeLessThan(leastSquaresShift / 3);
  });

  it('reads a slow climb of whole-number ratings that Theil-Sen reads as flat', () => {
    // Three weeks of daily ratings climbing from 3 to 4-5: every median-of-slopes estimator gives 0 here.
    const rising = robustTrend(series([3, 3, 4, 3, 3, 4, 3, 4, 4, 3, 4, 4, 4, 3, 4, 4, 5, 4, 4, 4, 5, 4]), 0.9);
    expect((rising?.slope ?? 0) * 42).toBeGreaterThan(2);
    expect(rising?.lower ?? 0).toBeGreaterThan(0);
  });

  it('bounds flat noise tightly around zero, and excludes zero for a clear rise', () => {
    const flat = robustTrend(series([3, 4, 3, 3, 4, 3, 3, 4, 3, 4, 3, 3, 4, 3, 4, 3, 3, 4, 3, 3, 4, 3]), 0.9);
    expect(flat?.lower ?? 1).toBeLessThan(0);
    expect((flat?.upper ?? 1) * 42).toBeLessThan(2);
  });

  it('has no bounds from three points and no slope from one day', () => {
    const few = robustTrend([{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2, y: 3 }], 0.9);
    expect(few?.slope).toBeCloseTo(1, 9);
    expect(few?.lower).toBeNull();
    expect(robustTrend([{ x: 3, y: 1 }, { x: 3, y: 2 }], 0.9)).toBeNull();
  });
});
