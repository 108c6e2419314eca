// Fear-Avoidance Beliefs Questionnaire: 16 items, 0 (completely disagree) to 6 (completely agree).
// Two subscales are scored, physical activity (items 2-5) and work (items 6, 7, 9, 10, 11, 12, 15);
// the other items are not scored. Waddell G et al., Pain 1993;52:157-168. Reference §4.
//
// FABQ has no total. Threshold's FABQ score is the physical-activity subscale, because that is the
// subscale the fear flag reads (setting fearFabqPaHigh) and because many patients in chronic care are
// not working, so the work items are often left blank. The work subscale is reported when every one
// of its items is answered.
import type { InstrumentDefinition, InstrumentItem } from '../instrument.ts';

// Short topics written by us; ids follow the source's numbering, which the subscales use.
const topics = [
  'Pain caused by physical activity', 'Physical activity worsens pain', 'Physical activity might harm the back',
  'Should avoid activity that worsens pain', 'Cannot do activity that worsens pain', 'Pain caused by work',
  'Work worsened pain', 'Compensation claim', 'Work too heavy', 'Work worsens pain', 'Work might harm the back',
  'Should not do usual work', 'Cannot do usual work', 'Cannot work until treated', 'Not back at work within 3 months',
  'Never back at that work',
];
const items: InstrumentItem[] = topics.map((label, i) => ({ id: `item-${i + 1}`, label, min: 0, max: 6 }));

export const fabq = {
  code: 'fabq',
  name: 'Fear-Avoidance Beliefs Questionnaire (FABQ)',
  reference: 'Waddell G, Newton M, Henderson I, Somerville D, Main CJ, Pain 1993;52:157-168',
  items,
  answerCount: { min: 16, max: 16 },
  direction: 'higher-is-worse',
  scoreRange: { min: 0, max: 24 },
  unit: 'points',
  decimals: 0,
  scoring: { method: 'subscale', key: 'pa' },
  missing: {
    rule: 'all-required',
    minAnswered: 4,
    rationale:
      'Our choice: Waddell 1993 gives no rule for blank items. Each subscale is scored only when all of its items are '
      + 'answered (a blank item would lower a sum compared against a cut-off); items that belong to no subscale may be blank.',
  },
  subscales: [
    {
      key: 'pa', name: 'Physical activity (FABQ-PA), items 2-5',
      items: ['item-2', 'item-3', 'item-4', 'item-5'], min: 0, max: 24,
      source: 'Waddell et al. 1993, reference §4',
    },
    {
      key: 'w', name: 'Work (FABQ-W), items 6, 7, 9, 10, 11, 12, 15',
      items: ['item-6', 'item-7', 'item-9', 'item-10', 'item-11', 'item-12', 'item-15'], min: 0, max: 42,
      source: 'Waddell et al. 1993, reference §4',
    },
  ],
  // Cut-offs are secondary and context-bound (reference §4); the fear flag uses the fearFabqPaHigh setting.
  bands: null,
  minimalImportantChange: { points: null, source: 'No minimal important change given in the clinical reference (§4)' },
  detectableChange: { points: null, source: 'No detectable change given in the clinical reference (§4)' },
  loinc: { panel: null, score: null, source: 'No LOINC code given in the clinical reference (§4)' },
  licence: { terms: 'free-to-embed', holder: 'Waddell G et al.', source: 'Free (RehabMeasures) [secondary source], reference §4' },
} as const satisfies InstrumentDefinition;
