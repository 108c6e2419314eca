// Numeric Pain Rating Scale: one 0-10 rating of pain intensity. Reference §3.
import type { InstrumentDefinition } from '../instrument.ts';

export const nprs = {
  code: 'nprs',
  name: 'Numeric Pain Rating Scale (NPRS)',
  reference: 'Eleven-point numeric rating of pain intensity; MIC per Ostelo et al., Spine 2008;33(1):90-94 and Farrar et al., Pain 2001',
  items: [{ id: 'pain', label: 'Pain intensity', min: 0, max: 10, loinc: '72514-3' }],
  answerCount: { min: 1, max: 1 },
  direction: 'higher-is-worse',
  scoreRange: { min: 0, max: 10 },
  unit: 'points',
  decimals: 0,
  scoring: { method: 'sum' },
  missing: {
    rule: 'all-required',
    minAnswered: 1,
    rationale: 'A single-item scale: without its one answer there is nothing to score.',
  },
  subscales: [],
  bands: null,
  minimalImportantChange: {
    setting: 'painMic',
    source: 'Ostelo 2008 consensus (2 points on a 0-10 rating); Farrar 2001 (about 2 points or 30%), reference §3',
  },
  detectableChange: {
    points: 2,
    source: 'About 2 points in low back pain (Childs et al. 2005); not re-verified against the paper [unverified], reference §3',
  },
  loinc: { panel: null, score: '72514-3', source: 'loinc.org, "Pain severity - 0-10 verbal numeric rating [Score] - Reported", reference §3' },
  licence: { terms: 'free-to-embed', holder: 'Public domain', source: 'Reference §3 (licence column) and §4 (embeddable instruments)' },
} as const satisfies InstrumentDefinition;
