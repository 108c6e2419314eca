// Tampa Scale for Kinesiophobia, 11-item version: fear of movement and of (re)injury, each item
// 1 (strongly disagree) to 4 (strongly agree), total 11-44. Woby SR, Roach NK, Urmston M, Watson PJ,
// Pain 2005;117:137-144. Reference §4.
import type { InstrumentDefinition } from '../instrument.ts';
import { numberedItems } from './numbered-items.ts';

export const tsk11 = {
  code: 'tsk-11',
  name: 'Tampa Scale for Kinesiophobia (TSK-11)',
  reference: 'Woby SR, Roach NK, Urmston M, Watson PJ, Pain 2005;117:137-144',
  items: numberedItems(11, 1, 4, (n) => `TSK-11 item ${n}`),
  answerCount: { min: 11, max: 11 },
  direction: 'higher-is-worse',
  scoreRange: { min: 11, max: 44 },
  unit: 'points',
  decimals: 0,
  scoring: { method: 'sum' },
  missing: {
    rule: 'all-required',
    minAnswered: 11,
    rationale: 'Our choice: Woby 2005 gives no rule for blank items, and a sum with a blank item is not on the 11-44 scale, so it is not scored.',
  },
  subscales: [],
  // No universally accepted cut-off exists (reference §4); the fear flag uses the fearTsk11High setting.
  bands: null,
  minimalImportantChange: {
    setting: 'tsk11Mic',
    source: 'Woby et al. 2005: a reduction of 4 points or more best identified important improvement in fear, reference §4',
  },
  detectableChange: {
    points: null,
    source: 'No detectable change reported in the clinical reference; Woby 2005 gives a standard error of measurement of 2.54 points, reference §4',
  },
  loinc: { panel: null, score: null, source: 'No LOINC code given in the clinical reference (§4)' },
  licence: { terms: 'unknown', holder: 'Not identified', source: 'No licensing body identified; check before shipping wording, reference §4' },
} as const satisfies InstrumentDefinition;
