import { describe, expect, it } from 'vitest';
import { findLevels, levelsIn } from './levels.ts';

describe('levelsIn', () => {
  it('writes every spelling of a level one way', () => {
    for (const text of ['L4-5', 'L4/L5', 'L4-L5', 'L4/5', 'L4 - L5', 'L4–5', 'l4-5', 'L4 on L5']) {
      expect(levelsIn(`bulge at ${text}.`)).toEqual(['L4-L5']);
    }
  });

  it('crosses the junctions of the spine', () => {
    expect(levelsIn('L5-S1, C5-6, C7-T1 and T12-L1')).toEqual(['L5-S1', 'C5-C6', 'C7-T1', 'T12-L1']);
  });

  it('lists levels and expands ranges', () => {
    expect(levelsIn('at L3-4 and L4-5')).toEqual(['L3-L4', 'L4-L5']);
    expect(levelsIn('L3-4 through L5-S1')).toEqual(['L3-L4', 'L4-L5', 'L5-S1']);
    expect(levelsIn('from L3-4 to L4-5')).toEqual(['L3-L4', 'L4-L5']);
    expect(levelsIn('fusion L4-S1')).toEqual(['L4-L5', 'L5-S1']);
  });

  it('names a slip by the level below the vertebra that slipped', () => {
    expect(levelsIn('Anterolisthesis of L4.')).toEqual(['L4-L5']);
    expect(levelsIn('Retrolisthesis of L5 on S1.')).toEqual(['L5-S1']);
  });

  it('ignores lone vertebrae, MRI sequence names and impossible pairs', () => {
    expect(levelsIn('the traversing L5 nerve root; T2 signal; T1/T2 hyperintense; T1-weighted; L5-3; C9-10')).toEqual([]);
  });

  it('keeps the offsets of each mention', () => {
    const text = 'Bulge at L4-5.';
    const [mention] = findLevels(text);
    expect(mention && text.slice(mention.start, mention.end)).toBe('L4-5');
  });
});
