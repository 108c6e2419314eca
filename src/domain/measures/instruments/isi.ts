// Insomnia Severity Index: seven items about sleep over the past two weeks, each 0-4, total 0-28.
// Morin CM 1993; bands and change per Morin CM, Belleville G, Bélanger L, Ivers H, Sleep
// 2011;34(5):601-608. Reference §4. Licensed: Threshold ships the structure and scoring only.
import type { InstrumentDefinition } from '../instrument.ts';
import { numberedItems } from './numbered-items.ts';

export const isi = {
  code: 'isi',
  name: 'Insomnia Severity Index (ISI)',
  reference: 'Morin CM 1993; Morin CM, Belleville G, Bélanger L, Ivers H, Sleep 2011;34(5):601-608',
  items: numberedItems(7, 0, 4, (n) => `ISI item ${n}`),
  answerCount: { min: 7, max: 7 },
  direction: 'higher-is-worse',
  scoreRange: { min: 0, max: 28 },
  unit: 'points',
  decimals: 0,
  scoring: { method: 'sum' },
  missing: {
    rule: 'all-required',
    minAnswered: 7,
    rationale: 'Our choice: the reference gives no rule for blank items, and a blank item could move the total across a band, so it is not scored.',
  },
  subscales: [],
  bands: {
    rules: [
      { code: 'clinical-severe', label: 'Clinical insomnia, severe (22-28)', atLeast: 22 },
      { code: 'clinical-moderate', label: 'Clinical insomnia, moderate (15-21)', atLeast: 15 },
      { code: 'subthreshold', label: 'Subthreshold insomnia (8-14)', atLeast: 8 },
    ],
    otherwise: { code: 'none', label: 'No clinically significant insomnia (0-7)' },
    source: 'Morin 2011 bands, reference §4',
  },
  minimalImportantChange: { setting: 'isiMic', source: 'Morin et al. 2011: a change of 8.4 points matched moderate improvement, reference §4' },
  detectableChange: { points: null, source: 'No detectable change given in the clinical reference (§4)' },
  loinc: { panel: null, score: null, source: 'No LOINC code given in the clinical reference (§4)' },
  licence: {
    terms: 'licence-needed',
    holder: 'Morin CM 1993-2006; distributed by Mapi Research Trust (ePROVIDE)',
    source: 'Reference §4 (ISI licence, and embeddable instruments)',
  },
} as const satisfies InstrumentDefinition;
