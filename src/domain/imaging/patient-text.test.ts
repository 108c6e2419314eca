import { describe, expect, it } from 'vitest';
import readability from 'text-readability';
import { contextualiseImaging } from './contextualise-imaging.ts';
import { howMany, imagingPatientText } from './patient-text.ts';

const report = 'Disc desiccation and mild bulges at L4-5 and L5-S1. Facet arthropathy at L4-5. Small annular fissure at L5-S1. Grade 1 anterolisthesis of L4 on L5.';

describe('imagingPatientText', () => {
  it('says "about N in 10 people of your age who have no back pain" per finding', () => {
    const text = contextualiseImaging('Mild bulge at L4-5.', 45).patientText;
    expect(text).toContain('at L4-L5: about 6 in 10 people of your age who have no back pain show this on a scan.');
  });

  it('writes small and large shares so they are not rounded away', () => {
    expect(howMany(4)).toBe('about 4 in 100');
    expect(howMany(74)).toBe('about 7 in 10');
    expect(howMany(96)).toBe('more than 9 in 10');
  });

  it('says the numbers come from pain-free people and the findings still count, at every age', () => {
    for (const age of [35, 70]) {
      const text = contextualiseImaging(report, age).patientText;
      expect(text).toContain('people without back pain');
      expect(text).toMatch(/up to age 50.*more often in people who do have back pain/s);
      expect(text).toContain('do not explain your pain');
    }
  });

  it('marks a number that few studies support', () => {
    expect(contextualiseImaging('Facet arthropathy.', 25).patientText).toContain('less sure');
    expect(contextualiseImaging('Disc bulge.', 45).patientText).not.toContain('less sure');
  });

  it('leaves negated findings out of the frame', () => {
    const text = contextualiseImaging('No disc protrusion. Mild disc bulge.', 45).patientText;
    expect(text).not.toContain('protrusion (');
    expect(text).toContain('Disc bulge (');
  });

  it('says when the doctor must look at something, and only then', () => {
    expect(imagingPatientText([], true, 45)).toContain('needs to be checked by your doctor');
    expect(imagingPatientText([], false, 45)).not.toContain('doctor');
  });

  it('reads at about grade 8', () => {
    for (const age of [35, 70]) {
      const text = contextualiseImaging(`${report} Compression fracture of L1.`, age).patientText;
      expect(readability.fleschKincaidGrade(text.replace(/^- /gm, ''))).toBeLessThanOrEqual(9);
    }
  });

  it('promises nothing', () => {
    const text = contextualiseImaging(report, 45).patientText;
    expect(text).not.toMatch(/\b(?:cure|guarantee|will get better|nothing to worry|harmless|normal)\b/i);
  });
});
