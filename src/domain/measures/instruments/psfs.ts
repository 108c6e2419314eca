// Patient-Specific Functional Scale: the patient names up to five activities they find hard and rates
// each 0 (unable) to 10 (as before the problem); the score is the mean. Stratford et al.,
// Physiother Can 1995;47:258-263. Reference §3.
import type { InstrumentDefinition, InstrumentItem } from '../instrument.ts';

const activities: InstrumentItem[] = [1, 2, 3, 4, 5].map((n) => ({
  id: `activity-${n}`, label: `Activity ${n} chosen by the patient`, min: 0, max: 10,
}));

export const psfs = {
  code: 'psfs',
  name: 'Patient-Specific Functional Scale (PSFS)',
  reference: 'Stratford P et al., Physiother Can 1995;47:258-263',
  items: activities,
  // The patient chooses how many activities to rate (the form asks for up to five).
  answerCount: { min: 1, max: 5 },
  direction: 'higher-is-better',
  scoreRange: { min: 0, max: 10 },
  unit: 'points',
  decimals: 1,
  scoring: { method: 'mean' },
  missing: {
    rule: 'use-answered',
    minAnswered: 1,
    rationale: 'The PSFS score is the mean of the activity ratings the patient gave; a blank activity is left out of the mean (reference §3).',
  },
  subscales: [],
  bands: null,
  minimalImportantChange: {
    setting: 'psfsMic',
    source: 'Abbott & Schmitt, JOSPT 2014;44(8):560-564: 1.3 / 2.3 / 2.7 for small / medium / large change, reference §3',
  },
  detectableChange: {
    points: 2,
    source: 'Stratford 1995 as printed on the form: 2 points for the average score, 3 for a single activity (90% CI) [secondary source], reference §3',
  },
  loinc: { panel: null, score: null, source: 'No LOINC code found for the PSFS, reference §3' },
  licence: { terms: 'free-to-embed', holder: 'Stratford P et al.', source: 'RehabMeasures lists "Cost: Free" [secondary source], reference §3 and §4' },
} as const satisfies InstrumentDefinition;
