import { describe, expect, it } from 'vitest';
import { reportSentences } from './report-sentences.ts';

describe('reportSentences', () => {
  it('cuts sentences and keeps decimals whole', () => {
    expect(reportSentences('A 4.5 mm protrusion. No stenosis.').map((s) => s.text)).toEqual(['A 4.5 mm protrusion.', 'No stenosis.']);
  });

  it('joins hard-wrapped lines', () => {
    expect(reportSentences('Mild bulge at\nL4-5 and desiccation\nthroughout.').map((s) => s.text)).toEqual(['Mild bulge at L4-5 and desiccation throughout.']);
  });

  it('does not join separate items that lack full stops', () => {
    expect(reportSentences('L3-4 no bulge\nL4-5 mild bulge').map((s) => s.text)).toEqual(['L3-4 no bulge', 'L4-5 mild bulge']);
  });

  it('gives a heading line its levels, and a lone heading the lines below it until a blank line', () => {
    const sentences = reportSentences('L4-5: Bulge. Desiccation.\nL5-S1:\nProtrusion.\nFissure.\n\nFacet arthropathy.');
    expect(sentences.map((s) => [s.text, s.headingLevels.join(',')])).toEqual([
      ['L4-5: Bulge.', 'L4-L5'],
      ['Desiccation.', 'L4-L5'],
      ['Protrusion.', 'L5-S1'],
      ['Fissure.', 'L5-S1'],
      ['Facet arthropathy.', ''],
    ]);
  });

  it('leaves out the history, indication and technique sections', () => {
    const text = 'CLINICAL HISTORY:\nBack pain, rule out\nfracture.\n\nTECHNIQUE: T1 and T2 from L1 to S1.\nFINDINGS: Mild bulge.';
    expect(reportSentences(text).map((s) => s.text)).toEqual(['FINDINGS: Mild bulge.']);
  });
});
