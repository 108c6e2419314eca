// Threshold's own wording for the Fear-Avoidance Beliefs Questionnaire: written for Threshold, faithful
// to each item's meaning (Waddell et al., Pain 1993;52:157-168), not the authors' text. Items 1-5 are
// about physical activity, 6-16 about work; which of them are scored is in ../instruments/fabq.ts.
import type { InstrumentWording } from '../wording-file.ts';

const agreement = [
  { value: 0, text: 'Completely disagree' },
  { value: 3, text: 'Unsure' },
  { value: 6, text: 'Completely agree' },
];

const statements = [
  'My pain started because of physical activity.',
  'When I am physically active, my pain gets worse.',
  'Being physically active could damage my back.',
  'I ought to avoid physical activity that makes, or could make, my pain worse.',
  'I am unable to do physical activity that makes, or could make, my pain worse.',
  'My pain started because of my job, or because of an accident at work.',
  'My job has made my pain worse.',
  'I have made a claim for compensation because of my pain.',
  'My job asks more of me physically than I can manage.',
  'Doing my job makes my pain worse, or would if I went back to it.',
  'Doing my job could damage my back.',
  'With the pain I have now, I ought not to do my usual job.',
  'With the pain I have now, I am unable to do my usual job.',
  'I will not be able to do my usual job until my pain has been treated.',
  'I doubt that I will be back at my usual job within three months.',
  'I doubt that I will ever be able to go back to that job.',
];

export const fabqWording: InstrumentWording = {
  instrument: 'fabq',
  licence: { holder: 'Waddell G et al. 1993 (questionnaire)', reference: 'Wording written for Threshold from the item\'s meaning; not the original text' },
  instructions:
    'Below are things that people with pain have said about it. For each one, pick a number from 0 (you completely '
    + 'disagree) to 6 (you completely agree). Statements 1 to 5 are about physical activity such as bending, lifting, '
    + 'walking or driving; statements 6 to 16 are about your usual job.',
  items: statements.map((text, i) => ({ id: `item-${i + 1}`, text, options: agreement })),
};
