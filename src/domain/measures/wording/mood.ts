// Threshold's own wording for the two-item mood screens (PHQ-2, GAD-2): written for Threshold, faithful
// to each item's meaning, not the authors' text. The screens were validated with their original wording;
// a clinic may load that wording through a wording file (docs/instrument-wording.md).
import type { InstrumentWording } from '../wording-file.ts';

const WRITTEN_FOR_THRESHOLD = 'Wording written for Threshold from the item\'s meaning; not the original text';

const howOften = [
  { value: 0, text: 'Not at all' },
  { value: 1, text: 'On a few days' },
  { value: 2, text: 'On more than half of the days' },
  { value: 3, text: 'On almost every day' },
];

const lastTwoWeeks = 'Think about the last two weeks. How often have you been troubled by each of the following?';

export const phq2Wording: InstrumentWording = {
  instrument: 'phq-2',
  licence: { holder: 'Pfizer (PHQ screeners)', reference: WRITTEN_FOR_THRESHOLD },
  instructions: lastTwoWeeks,
  items: [
    { id: 'interest', text: 'Finding little interest in things, or little enjoyment in doing them', options: howOften },
    { id: 'mood', text: 'Feeling low, depressed or without hope', options: howOften },
  ],
};

export const gad2Wording: InstrumentWording = {
  instrument: 'gad-2',
  licence: { holder: 'Pfizer (PHQ screeners)', reference: WRITTEN_FOR_THRESHOLD },
  instructions: lastTwoWeeks,
  items: [
    { id: 'nervous', text: 'Feeling nervous, anxious or tense', options: howOften },
    { id: 'worry', text: 'Being unable to stop worrying, or to keep worry under control', options: howOften },
  ],
};
