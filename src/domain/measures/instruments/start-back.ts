// Keele STarT Back Screening Tool: nine items that sort a patient with low back pain into low, medium
// or high risk of a poor outcome. Hill JC et al., Arthritis Rheum 2008;59(5):632-641; scoring per
// keele.ac.uk/sbst/startbacktool/usingandscoring. Reference §4.
import type { InstrumentDefinition } from '../instrument.ts';

const agree = (id: string, label: string): { id: string; label: string; min: 0; max: 1 } => ({ id, label, min: 0, max: 1 });

export const startBack = {
  code: 'start-back',
  name: 'Keele STarT Back Screening Tool',
  reference: 'Hill JC et al., Arthritis Rheum 2008;59(5):632-641',
  items: [
    // Items 1-8: disagree = 0, agree = 1.
    agree('leg-pain', 'Pain spread down the leg in the last 2 weeks'),
    agree('shoulder-neck-pain', 'Shoulder or neck pain in the last 2 weeks'),
    agree('walking', 'Only walked short distances because of back pain'),
    agree('dressing', 'Dressed more slowly because of back pain'),
    agree('safe-to-be-active', 'Not safe to be physically active (fear)'),
    agree('worrying-thoughts', 'Worrying thoughts much of the time (anxiety)'),
    agree('catastrophising', 'Pain felt terrible and not going to get better (catastrophising)'),
    agree('enjoyment', 'Not enjoyed things as usual (low mood)'),
    // Item 9 is answered on five levels (0 not at all ... 4 extremely); only the top two
    // ("very much", "extremely") score a point, reference §4.
    { id: 'bothersomeness', label: 'Overall bother from back pain in the last 2 weeks', min: 0, max: 4, points: [0, 0, 0, 1, 1] },
  ],
  answerCount: { min: 9, max: 9 },
  direction: 'higher-is-worse',
  scoreRange: { min: 0, max: 9 },
  unit: 'points',
  decimals: 0,
  scoring: { method: 'sum' },
  missing: {
    rule: 'all-required',
    minAnswered: 9,
    rationale:
      'Our choice: Keele\'s scoring guide gives no rule for blank items, and a blank item could move the total or the '
      + 'distress subscale across a risk cut-off, so a response with a blank item is not scored (ask again).',
  },
  subscales: [
    {
      key: 'distress',
      name: 'Distress (psychosocial) subscale, items 5-9',
      items: ['safe-to-be-active', 'worrying-thoughts', 'catastrophising', 'enjoyment', 'bothersomeness'],
      min: 0,
      max: 5,
      source: 'Keele scoring guide; Hill et al. 2008, reference §4',
    },
  ],
  bands: {
    rules: [
      { code: 'high', label: 'High risk (distress subscale 4-5)', atLeast: 4, subscale: 'distress' },
      { code: 'medium', label: 'Medium risk (total 4 or more, distress subscale 3 or less)', atLeast: 4 },
    ],
    otherwise: { code: 'low', label: 'Low risk (total 0-3)' },
    source: 'keele.ac.uk/sbst/startbacktool/usingandscoring; Hill et al. 2008, reference §4',
  },
  minimalImportantChange: { points: null, source: 'A risk-stratification screen, not a measure of change: no minimal important change applies (reference §4)' },
  detectableChange: { points: null, source: 'Not a measure of change (reference §4)' },
  loinc: { panel: null, score: null, source: 'No LOINC code given in the clinical reference (§4)' },
  licence: {
    terms: 'non-commercial-only',
    holder: 'Keele University 2007',
    source: 'No licence needed for non-commercial use; commercial products must contact Keele (startback.hfac.keele.ac.uk/privacy-policy), reference §4. Validated for low back pain only.',
  },
} as const satisfies InstrumentDefinition;
