import { describe, expect, it } from 'vitest';
import { clausesOf, isInside, negatedRanges } from './clauses.ts';

/** Whether `word` (its first occurrence) is negated in `sentence`. */
function negated(sentence: string, word: string): boolean {
  return isInside(sentence.indexOf(word), negatedRanges(sentence, clausesOf(sentence)));
}

describe('negation scope', () => {
  it('runs from a trigger to the end of its clause', () => {
    expect(negated('No fracture, mild bulge at L4-5', 'fracture')).toBe(true);
    expect(negated('No fracture, mild bulge at L4-5', 'bulge')).toBe(false);
    expect(negated('No bulge, protrusion or fissure', 'fissure')).toBe(true);
    expect(negated('No stenosis but a small protrusion', 'protrusion')).toBe(false);
    expect(negated('No protrusion at L3-4, L4-5 or L5-S1', 'L5-S1')).toBe(true);
  });

  it('knows the triggers of the brief', () => {
    expect(negated('Without nerve root compression', 'compression')).toBe(true);
    expect(negated('Negative for fracture', 'fracture')).toBe(true);
    expect(negated('No evidence of infection', 'infection')).toBe(true);
    expect(negated('A fissure is not seen', 'fissure')).toBe(true);
    expect(negated('Annular fissure absent', 'fissure')).toBe(true);
  });

  it('leaves what comes before a pre-trigger alone', () => {
    expect(negated('Mild bulge and no protrusion', 'bulge')).toBe(false);
    expect(negated('Mild bulge and no protrusion', 'protrusion')).toBe(true);
  });

  it('is not fooled by "no change" or "cannot be excluded"', () => {
    expect(negated('No interval change in the bulge', 'bulge')).toBe(false);
    expect(negated('Metastasis cannot be excluded', 'Metastasis')).toBe(false);
    expect(negated('The extrusion has partially resolved', 'extrusion')).toBe(false);
    expect(negated('The extrusion has resolved', 'extrusion')).toBe(true);
  });
});
