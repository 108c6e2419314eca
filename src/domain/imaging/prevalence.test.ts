import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { brinjikji2015, degenerativeFindingKeys } from './brinjikji-2015.ts';
import { agePrevalence } from './prevalence.ts';

describe('agePrevalence', () => {
  it('gives the table value at each decade', () => {
    for (const finding of degenerativeFindingKeys) {
      brinjikji2015.ages.forEach((age, i) => {
        expect(agePrevalence(finding, age).percent).toBe(brinjikji2015.findings[finding].prevalencePercent[i]);
      });
    }
  });

  it('interpolates linearly between decades: disc degeneration at 45 is 74%', () => {
    expect(agePrevalence('disc-degeneration', 45).percent).toBe(74);
    expect(agePrevalence('disc-bulge', 33).percent).toBe(43);
  });

  it('clamps below 20 and above 80, with low certainty', () => {
    expect(agePrevalence('disc-bulge', 15)).toEqual({ percent: 30, certainty: 'low' });
    expect(agePrevalence('disc-bulge', 90)).toEqual({ percent: 84, certainty: 'low' });
    expect(agePrevalence('disc-degeneration', 0).percent).toBe(37);
  });

  it('takes certainty from the studies behind the neighbouring decades', () => {
    expect(agePrevalence('facet-degeneration', 25).certainty).toBe('low'); // 0 and 0 studies
    expect(agePrevalence('facet-degeneration', 40).certainty).toBe('moderate'); // exactly 40: 3 studies
    expect(agePrevalence('facet-degeneration', 35).certainty).toBe('low'); // 0 and 3: the fewest decides
    expect(agePrevalence('disc-degeneration', 45).certainty).toBe('high'); // 12 and 10
    expect(agePrevalence('disc-degeneration', 65).certainty).toBe('moderate'); // 4 and 2
    expect(agePrevalence('disc-signal-loss', 62).certainty).toBe('low'); // 1 and 1
  });

  it('rejects an impossible age', () => {
    for (const age of [-1, Number.NaN, Number.POSITIVE_INFINITY, 131]) {
      expect(() => agePrevalence('disc-bulge', age)).toThrow(AppError);
    }
  });
});
