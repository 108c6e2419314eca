import { describe, expect, it } from 'vitest';
import { conditionCategories } from '../records/vocabulary.ts';
import { evidenceByCondition, evidenceFor, guidelinePositions, treatmentEvidence } from './catalogue.ts';
import { evidenceDisagreements } from './disagreements.ts';
import { guidelineDocuments } from './sources.ts';

const positionOf = (condition: Parameters<typeof evidenceFor>[0], treatment: Parameters<typeof treatmentEvidence>[1], guideline: string): string | undefined =>
  treatmentEvidence(condition, treatment).positions.find((p) => p.guideline === guideline)?.position;

describe('the evidence data', () => {
  it('gives each guideline at most one position per treatment and condition', () => {
    const seen = new Set<string>();
    for (const p of guidelinePositions) {
      for (const condition of p.conditions) {
        const key = `${p.treatment}|${p.guideline}|${condition}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('cites a source and a note for every position', () => {
    for (const p of guidelinePositions) {
      expect(guidelineDocuments[p.guideline].citation).toMatch(/reference §/);
      expect(p.note.length).toBeGreaterThan(10);
    }
  });
});

describe('evidenceFor', () => {
  it('is keyed by every condition category', () => {
    expect(Object.keys(evidenceByCondition).sort()).toEqual([...conditionCategories].sort());
  });

  it('keys guidelines on the population: low back pain, chronic primary pain and neuropathic pain differ', () => {
    expect(evidenceFor('low-back-pain').guidelines).toEqual(expect.arrayContaining(['acp-2017', 'nice-ng59', 'lin-2020']));
    expect(evidenceFor('low-back-pain').guidelines).not.toContain('nice-ng193');
    expect(evidenceFor('chronic-primary-pain').guidelines).toContain('nice-ng193');
    expect(evidenceFor('neuropathic-pain').guidelines).toEqual(expect.arrayContaining(['nice-cg173', 'nice-ta159']));
    expect(evidenceFor('neuropathic-pain').guidelines).not.toContain('lin-2020');
  });

  it('gives each considered guideline a position, filling "not addressed"', () => {
    const lbp = evidenceFor('low-back-pain');
    for (const treatment of lbp.treatments) expect(treatment.positions.map((p) => p.guideline)).toEqual(lbp.guidelines);
    expect(positionOf('low-back-pain', 'superficial-heat', 'nice-ng59')).toBe('not-addressed');
  });

  it('records the guideline positions of reference §11', () => {
    expect(positionOf('low-back-pain', 'acupuncture-dry-needling', 'acp-2017')).toBe('recommended');
    expect(positionOf('low-back-pain', 'acupuncture-dry-needling', 'nice-ng59')).toBe('not-recommended');
    expect(positionOf('chronic-primary-pain', 'acupuncture-dry-needling', 'nice-ng193')).toBe('consider');
    expect(positionOf('low-back-pain', 'duloxetine', 'acp-2017')).toBe('consider');
    expect(positionOf('low-back-pain', 'duloxetine', 'nice-ng59')).toBe('not-recommended');
    expect(positionOf('neuropathic-pain', 'gabapentinoids', 'nice-cg173')).toBe('recommended');
    expect(positionOf('sciatica', 'gabapentinoids', 'nice-ng59')).toBe('not-recommended');
    expect(positionOf('chronic-primary-pain', 'nsaid-oral', 'nice-ng193')).toBe('not-recommended');
  });

  it('marks a treatment in conflict when one guideline allows it and another advises against it', () => {
    expect(treatmentEvidence('low-back-pain', 'acupuncture-dry-needling').conflict).toBe(true);
    expect(treatmentEvidence('low-back-pain', 'exercise').conflict).toBe(false);
  });

  it('surfaces the three named disagreements where they apply', () => {
    expect(evidenceFor('low-back-pain').disagreements.map((d) => d.code)).toEqual(['antidepressants', 'acupuncture-dry-needling']);
    expect(evidenceFor('sciatica').disagreements.map((d) => d.code)).toContain('gabapentinoids');
    expect(evidenceFor('neck-pain').disagreements).toEqual([]);
  });

  it('shows each named disagreement as a conflict in at least one of its conditions', () => {
    for (const disagreement of evidenceDisagreements) {
      const found = disagreement.conditions.some((condition) =>
        disagreement.treatments.some((treatment) => treatmentEvidence(condition, treatment).conflict));
      expect(found, disagreement.code).toBe(true);
    }
  });

  it('says plainly where the reference holds no condition-specific guideline', () => {
    expect(evidenceFor('shoulder-pain').note).toMatch(/no guideline positions specific/);
  });
});
