import { describe, expect, it } from 'vitest';
import { archetypes } from './archetypes.ts';
import { archetypeCounts, cohortPlan, simulateCohort } from './cohort.ts';

describe('archetypeCounts', () => {
  it('splits by largest remainder and always adds up', () => {
    const even = archetypeCounts(600, Object.fromEntries(archetypes.map((a) => [a, 1])));
    expect([...even.values()].every((n) => n === 50)).toBe(true);
    const odd = archetypeCounts(7, { 'fast-responder': 2, 'plateau-blended': 1 });
    expect(odd.get('fast-responder')).toBe(5);
    expect(odd.get('plateau-blended')).toBe(2);
    expect(odd.has('red-flag')).toBe(false);
  });
});

describe('simulateCohort', () => {
  it('is the same cohort for the same seed, and another for another seed', () => {
    const a = simulateCohort({ patients: 6, seed: 5, startDate: '2026-01-05' });
    const b = simulateCohort({ patients: 6, seed: 5, startDate: '2026-01-05' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(cohortPlan({ patients: 6, seed: 6, startDate: '2026-01-05' })).not.toEqual(cohortPlan({ patients: 6, seed: 5, startDate: '2026-01-05' }));
  });

  it('follows the mix, starts patients over four weeks and keeps identities distinct', () => {
    const cohort = simulateCohort({ patients: 8, seed: 9, startDate: '2026-01-05', mix: { 'fast-responder': 1, 'red-flag': 1 } });
    expect(new Set(cohort.map((e) => e.archetype))).toEqual(new Set(['fast-responder', 'red-flag']));
    expect(new Set(cohort.map((e) => e.caseFile.patient.id)).size).toBe(8);
    for (const e of cohort) expect(e.caseFile.episode.startDate >= '2026-01-05' && e.caseFile.episode.startDate < '2026-02-02').toBe(true);
  });

  it('keeps episode i the same whatever the cohort size', () => {
    const small = cohortPlan({ patients: 12, seed: 3, startDate: '2026-01-05' });
    const large = cohortPlan({ patients: 12, seed: 3, startDate: '2026-01-05' });
    expect(large[4]).toEqual(small[4]);
  });
});
