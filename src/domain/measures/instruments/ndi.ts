// Neck Disability Index: ten items about daily life with neck pain, each 0-5, raw score 0-50
// (doubled it reads as a percentage). Vernon H, Mior S, J Manipulative Physiol Ther 1991;14(7):409-415.
// Reference §3. Licence terms are unconfirmed, so the statements are not bundled.
import type { InstrumentDefinition } from '../instrument.ts';

const item = (id: string, label: string): { id: string; label: string; min: 0; max: 5 } => ({ id, label, min: 0, max: 5 });

export const ndi = {
  code: 'ndi',
  name: 'Neck Disability Index (NDI)',
  reference: 'Vernon H, Mior S, J Manipulative Physiol Ther 1991;14(7):409-415',
  items: [
    item('pain-intensity', 'Pain intensity'),
    item('personal-care', 'Personal care'),
    item('lifting', 'Lifting'),
    item('reading', 'Reading'),
    item('headaches', 'Headaches'),
    item('concentration', 'Concentration'),
    item('work', 'Work'),
    item('driving', 'Driving'),
    item('sleeping', 'Sleeping'),
    item('recreation', 'Recreation'),
  ],
  answerCount: { min: 10, max: 10 },
  direction: 'higher-is-worse',
  scoreRange: { min: 0, max: 50 },
  unit: 'points',
  decimals: 1,
  scoring: { method: 'sum' },
  missing: {
    rule: 'add-mean-per-missing',
    minAnswered: 1,
    rationale:
      'The author\'s suggestion: for a blank item, add the mean of the answered items (Vernon, informal scoring note, '
      + 'chiro.org/forms/NDI_Explain.shtml) [secondary source], reference §3. No limit on blank items is given there, '
      + 'so none is imposed; the result reports the count.',
  },
  subscales: [],
  // Vernon & Mior's bands on the raw score. A score with a decimal (after a missing item) stays in a band
  // until it reaches the next band's lower limit.
  bands: {
    rules: [
      { code: 'complete', label: 'Complete disability (35-50)', atLeast: 35 },
      { code: 'severe', label: 'Severe disability (25-34)', atLeast: 25 },
      { code: 'moderate', label: 'Moderate disability (15-24)', atLeast: 15 },
      { code: 'mild', label: 'Mild disability (5-14)', atLeast: 5 },
    ],
    otherwise: { code: 'none', label: 'No disability (0-4)' },
    source: 'Vernon & Mior 1991, raw score of 50 [secondary source], reference §3',
  },
  minimalImportantChange: {
    setting: 'ndiMic',
    source: 'NDI author: about 5 raw points [secondary source]; Abbott & Schmitt 2014: -14 on the percentage scale, reference §3',
  },
  detectableChange: { points: 5, source: 'About 5 raw points (Stratford 1999, via summaries) [secondary source], reference §3' },
  loinc: {
    panel: '82226-2',
    score: '82237-9',
    source: 'As used in HL7/CMS FHIR guides [secondary source], reference §3; the item codes 82227-0 to 82236-1 are not mapped one by one here because the reference does not pair them with items',
  },
  licence: {
    terms: 'unknown',
    holder: 'Howard Vernon',
    source: 'Author encouraged duplication for clinical use (1996) [secondary source]; current commercial terms unchecked, reference §3 and §4',
  },
} as const satisfies InstrumentDefinition;
