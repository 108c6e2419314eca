// Patient Health Questionnaire-2: the two core depression items (little interest or pleasure; feeling
// down), each 0-3 over the past two weeks, total 0-6. Kroenke K, Spitzer RL, Williams JBW,
// Med Care 2003;41:1284-1292. Reference §4.
import { settingsCatalogue } from '../../settings/catalogue.ts';
import type { InstrumentDefinition } from '../instrument.ts';

// The positive-screen cut-off lives in the settings catalogue (one number, one place).

export const phq2 = {
  code: 'phq-2',
  name: 'Patient Health Questionnaire-2 (PHQ-2)',
  reference: 'Kroenke K, Spitzer RL, Williams JBW, Med Care 2003;41:1284-1292',
  items: [
    { id: 'interest', label: 'Little interest or pleasure in doing things', min: 0, max: 3 },
    { id: 'mood', label: 'Feeling down or hopeless', min: 0, max: 3 },
  ],
  answerCount: { min: 2, max: 2 },
  direction: 'higher-is-worse',
  scoreRange: { min: 0, max: 6 },
  unit: 'points',
  decimals: 0,
  scoring: { method: 'sum' },
  missing: {
    rule: 'all-required',
    minAnswered: 2,
    rationale: 'Our choice: a two-item screen with a cut-off; one blank item could hide a positive screen, so it is not scored.',
  },
  subscales: [],
  bands: {
    // A positive screen is followed by the PHQ-9 (including its self-harm item), reference §4.
    rules: [{ code: 'positive', label: 'Positive screen (3 or more): follow with the PHQ-9', atLeast: settingsCatalogue.phq2Positive.default }],
    otherwise: { code: 'negative', label: 'Negative screen (0-2)' },
    source: 'Kroenke et al. 2003: 3 or more, sensitivity 83%, specificity 92% for major depression, reference §4',
  },
  minimalImportantChange: { points: null, source: 'A screen, not a measure of change: no minimal important change given (reference §4)' },
  detectableChange: { points: null, source: 'Not a measure of change (reference §4)' },
  loinc: { panel: null, score: '55758-7', source: 'PHQ-2 total [secondary source], reference §4' },
  licence: { terms: 'free-to-embed', holder: 'Pfizer', source: 'Free, no permission required [secondary source], reference §4' },
} as const satisfies InstrumentDefinition;
