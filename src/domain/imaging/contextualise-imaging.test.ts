import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { contextualiseImaging, imagingContextSource } from './contextualise-imaging.ts';

describe('contextualiseImaging', () => {
  it('returns findings, physician items and patient text', () => {
    const result = contextualiseImaging('Mild disc bulge at L4-5. Compression fracture of L1.', 45);
    expect(result.findings).toEqual([
      { finding: 'disc-bulge', level: 'L4-L5', text: 'Mild disc bulge at L4-5.', negated: false, prevalencePercent: 55, certainty: 'high' },
    ]);
    expect(result.forPhysician).toEqual([
      { code: 'fracture', text: 'Compression fracture of L1.', reason: expect.stringContaining('fracture') },
    ]);
    expect(result.patientText).toContain('about 6 in 10');
  });

  it('handles an empty report', () => {
    expect(contextualiseImaging('', 45)).toEqual({
      findings: [],
      forPhysician: [],
      patientText: expect.stringContaining('does not mention'),
    });
  });

  it('rejects an impossible age with a validation error naming the field', () => {
    expect(() => contextualiseImaging('Disc bulge.', -2)).toThrow(AppError);
    try {
      contextualiseImaging('Disc bulge.', Number.NaN);
    } catch (error) {
      expect(error instanceof AppError && error.code === 'validation' && error.details[0]?.path === 'ageYears').toBe(true);
    }
  });

  it('keeps a finding present when one sentence names it and another negates it', () => {
    const result = contextualiseImaging('Bulge at L4-5. No bulge at L4-5.', 45);
    expect(result.findings.map((f) => [f.level, f.negated])).toEqual([['L4-L5', false]]);
  });

  it('names its source', () => {
    expect(imagingContextSource).toContain('Brinjikji');
    expect(imagingContextSource).toContain('2015');
  });
});
