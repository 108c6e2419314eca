// PEG: three 0-10 items (Pain, Enjoyment of life, General activity) over the past week, averaged.
// Krebs et al., J Gen Intern Med 2009;24(6):733-738. Reference §3.
import type { InstrumentDefinition } from '../instrument.ts';

export const peg = {
  code: 'peg',
  name: 'PEG (pain, enjoyment of life, general activity)',
  reference: 'Krebs EE et al., J Gen Intern Med 2009;24(6):733-738',
  items: [
    { id: 'pain', label: 'Average pain in the past week', min: 0, max: 10, loinc: '75893-8' },
    { id: 'enjoyment', label: 'Interference with enjoyment of life', min: 0, max: 10, loinc: '91145-3' },
    { id: 'general-activity', label: 'Interference with general activity', min: 0, max: 10, loinc: '91146-1' },
  ],
  answerCount: { min: 3, max: 3 },
  direction: 'higher-is-worse',
  scoreRange: { min: 0, max: 10 },
  unit: 'points',
  decimals: 1,
  scoring: { method: 'mean' },
  missing: {
    rule: 'use-answered',
    minAnswered: 1,
    rationale:
      'The score is the mean of the items, so a blank item is left out of the mean (the rule set for Threshold in issue 3; '
      + 'Krebs 2009 gives no missing-item rule). The result reports how many items were missing so a thin score is visible.',
  },
  subscales: [],
  bands: null,
  minimalImportantChange: {
    setting: 'pegMic',
    source: 'Reed, Stump, Monahan, Kroenke, J Pain 2024;25(1):142-152: anchor-based MIDs mostly 1.0-1.75, reference §3',
  },
  detectableChange: { points: null, source: 'No detectable change found in the clinical reference (§3)' },
  loinc: {
    panel: '91148-7',
    score: '91147-9',
    source: 'Codes as used in FHIR projects citing the LOINC PEG questionnaire [secondary source]; confirm on loinc.org, reference §3',
  },
  licence: {
    terms: 'free-to-embed',
    holder: 'Krebs EE et al. (no licence identified)',
    source: 'No licence identified, treated as free [secondary source], reference §3 and §4; listed as unconfirmed in the reference\'s open questions',
  },
} as const satisfies InstrumentDefinition;
