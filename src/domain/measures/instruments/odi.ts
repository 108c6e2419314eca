// Oswestry Disability Index, version 2.1a: ten sections about daily life with low back pain, each
// answered by choosing one of six statements scored 0-5. Fairbank & Pynsent, Spine 2000;25(22):2940-2953.
// Reference §3. Licensed: Threshold ships the structure and scoring, not the statements.
import type { InstrumentDefinition } from '../instrument.ts';

const section = (id: string, label: string): { id: string; label: string; min: 0; max: 5 } => ({ id, label, min: 0, max: 5 });

export const odi = {
  code: 'odi',
  name: 'Oswestry Disability Index (ODI) 2.1a',
  reference: 'Fairbank JCT, Pynsent PB, Spine 2000;25(22):2940 (first published by Fairbank et al. 1980)',
  items: [
    section('pain-intensity', 'Pain intensity'),
    section('personal-care', 'Personal care'),
    section('lifting', 'Lifting'),
    section('walking', 'Walking'),
    section('sitting', 'Sitting'),
    section('standing', 'Standing'),
    section('sleeping', 'Sleeping'),
    section('sex-life', 'Sex life'),
    section('social-life', 'Social life'),
    section('travelling', 'Travelling'),
  ],
  answerCount: { min: 10, max: 10 },
  direction: 'higher-is-worse',
  scoreRange: { min: 0, max: 100 },
  unit: 'percent',
  decimals: 1,
  scoring: { method: 'percent-of-possible' },
  missing: {
    rule: 'use-answered',
    minAnswered: 1,
    rationale:
      'The author\'s rule: a section left blank (or not applicable) is dropped from the denominator, so the score is '
      + 'points / (5 x sections answered) x 100 (16/50 = 32%; with one section missing 16/45 = 35.6%), reference §3. '
      + 'The reference gives no limit on how many sections may be missing, so none is imposed here; the result '
      + 'reports the count so a clinician can judge a thin response.',
  },
  subscales: [],
  // Our own plain names for Fairbank & Pynsent's five bands (0-20, 21-40, 41-60, 61-80, 81-100). A score
  // with a decimal (a missing section) stays in a band until it reaches the next band's lower limit.
  bands: {
    rules: [
      { code: 'extreme', label: 'Extreme disability (81-100%)', atLeast: 81 },
      { code: 'very-severe', label: 'Very severe disability (61-80%)', atLeast: 61 },
      { code: 'severe', label: 'Severe disability (41-60%)', atLeast: 41 },
      { code: 'moderate', label: 'Moderate disability (21-40%)', atLeast: 21 },
    ],
    otherwise: { code: 'minimal', label: 'Minimal disability (0-20%)' },
    source: 'Fairbank & Pynsent, Spine 2000;25:2940 (commonly cited bands) [secondary source], reference §3; not the NDI bands LOINC lists for 97909-6',
  },
  minimalImportantChange: { setting: 'odiMic', source: 'Ostelo 2008 consensus (10 points or 30%); Abbott & Schmitt 2014 (-12), reference §3' },
  detectableChange: {
    points: null,
    source: 'About 10-13 points is reported for the modified ODI (Fritz & Irrgang; Davidson & Keating) [secondary source], not for version 2.1a, reference §3',
  },
  loinc: { panel: '97908-8', score: '97909-6', source: 'loinc.org, reference §3' },
  licence: {
    terms: 'licence-needed',
    holder: 'J. Fairbank 1980, all rights reserved; distributed by Mapi Research Trust (ePROVIDE)',
    source: 'Reference §3 (licence column) and §4 (embeddable instruments)',
  },
} as const satisfies InstrumentDefinition;
