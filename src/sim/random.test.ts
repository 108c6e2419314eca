import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed } from './random.ts';

const draws = (seed: number, count: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom (mulberry32)', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws(7, 50)).toEqual(draws(7, 50));
    expect(draws(7, 50)).not.toEqual(draws(8, 50));
  });

  it('is pinned: the first draws of seed 1 never change across machines and versions', () => {
    // If this fails, every stored cohort and every figure in docs/accuracy.md changes with it. The
    // first value is the one published for mulberry32 seeded with 1.
    expect(draws(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('keeps every draw in its range', () => {
    const random = createRandom(42);
    for (let i = 0; i < 2000; i++) {
      const u = random.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const n = random.int(3, 5);
      expect([3, 4, 5]).toContain(n);
      expect(random.uniform(2, 4)).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws normal deviates with about the asked mean and spread', () => {
    const random = createRandom(3);
    const values = Array.from({ length: 5000 }, () => random.normal(10, 2));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });
});

describe('deriveSeed', () => {
  it('gives each episode of a cohort its own seed, the same on every run', () => {
    const seeds = Array.from({ length: 1000 }, (_, i) => deriveSeed(20260301, i));
    expect(new Set(seeds).size).toBe(1000);
    expect(deriveSeed(20260301, 5)).toBe(seeds[5]);
  });
});
