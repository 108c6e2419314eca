// Generalized Anxiety Disorder-2: the two core anxiety items (nervous or on edge; unable to stop
// worrying), each 0-3 over the past two weeks, total 0-6. Kroenke K et al., Ann Intern Med
// 2007;146:317-325. Reference §4.
import { settingsCatalogue } from '../../settings/catalogue.ts';
import type { InstrumentDefinition } from '../instrument.ts';

// The positive-screen cut-off lives in the settings catalogue (one number, one place).

export const gad2 = {
  code: 'gad-2',
  name: 'Generalized Anxiety Disorder-2 (GAD-2)',
  reference: 'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B, Ann Intern Med 2007;146:317-325',
  items: [
    { id: 'nervous', label: 'Feeling nervous, anxious or on edge', min: 0, max: 3 },
    { id: 'worry', label: 'Unable to stop or control worrying', min: 0, max: 3 },
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
    rules: [{ code: 'positive', label: 'Positive screen (3 or more): assess further, e.g. with the GAD-7', atLeast: settingsCatalogue.gad2Positive.default }],
    otherwise: { code: 'negative', label: 'Negative screen (0-2)' },
    source: 'Kroenke et al. 2007: 3 or more, sensitivity 86%, specificity 83% for generalized anxiety disorder [secondary source], reference §4',
  },
  minimalImportantChange: { points: null, source: 'A screen, not a measure of change: no minimal important change given (reference §4)' },
  detectableChange: { points: null, source: 'Not a measure of change (reference §4)' },
  loinc: { panel: null, score: null, source: 'The clinical reference gives GAD-7 codes only, none for the GAD-2 total (§4)' },
  licence: { terms: 'free-to-embed', holder: 'Pfizer', source: 'Free, no permission required [secondary source], reference §4' },
} as const satisfies InstrumentDefinition;
