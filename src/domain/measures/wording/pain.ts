// Threshold's own wording for the free pain and function scales (NPRS, PEG, PSFS): written for
// Threshold, faithful to each item's meaning, not the authors' text. A clinic may load the original
// wording instead through a wording file (docs/instrument-wording.md).
import type { InstrumentWording } from '../wording-file.ts';

const WRITTEN_FOR_THRESHOLD = 'Wording written for Threshold from the item\'s meaning; not the original text';

export const nprsWording: InstrumentWording = {
  instrument: 'nprs',
  licence: { holder: 'Public domain scale', reference: WRITTEN_FOR_THRESHOLD },
  instructions: 'Pick the one number that best fits your pain right now.',
  items: [
    {
      id: 'pain',
      text: 'How strong is your pain at this moment, from 0 to 10?',
      options: [{ value: 0, text: 'No pain at all' }, { value: 10, text: 'The worst pain you can imagine' }],
    },
  ],
};

const notAtAllToCompletely = [{ value: 0, text: 'Not at all' }, { value: 10, text: 'Completely' }];

export const pegWording: InstrumentWording = {
  instrument: 'peg',
  licence: { holder: 'Krebs EE et al. 2009 (scale)', reference: WRITTEN_FOR_THRESHOLD },
  instructions: 'These three questions are about the last seven days. Pick one number for each.',
  items: [
    {
      id: 'pain',
      text: 'On average over the last seven days, how strong was your pain?',
      options: [{ value: 0, text: 'No pain at all' }, { value: 10, text: 'The worst pain you can imagine' }],
    },
    { id: 'enjoyment', text: 'Over the last seven days, how much did pain take away from your enjoyment of life?', options: notAtAllToCompletely },
    { id: 'general-activity', text: 'Over the last seven days, how much did pain get in the way of your activities in general?', options: notAtAllToCompletely },
  ],
};

const abilityAnchors = [{ value: 0, text: 'I cannot do it at all' }, { value: 10, text: 'I can do it as well as before this problem' }];

export const psfsWording: InstrumentWording = {
  instrument: 'psfs',
  licence: { holder: 'Stratford P et al. 1995 (scale)', reference: WRITTEN_FOR_THRESHOLD },
  instructions:
    'Think of up to five things you want to do but cannot do, or find hard, because of this problem. '
    + 'Write each one down, then rate how well you can do it today.',
  items: [1, 2, 3, 4, 5].map((n) => ({
    id: `activity-${n}`,
    text: `Activity ${n}: how well can you do it today, from 0 to 10?`,
    options: abilityAnchors,
  })),
};
