// Guideline positions on injections, denervation, surgery and neuromodulation: specialist decisions,
// the last steps of the escalation ladder and only with their indications. Reference §10 and §11.
import { LOW_BACK, NEUROPATHIC, SCIATICA, type GuidelinePosition } from './position.ts';

export const procedurePositions: readonly GuidelinePosition[] = [
  { treatment: 'spinal-injections', guideline: 'nice-ng59', conditions: LOW_BACK, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer spinal injections for low back pain.' },
  { treatment: 'epidural-injection-sciatica', guideline: 'nice-ng59', conditions: SCIATICA, position: 'consider', confidence: 'verified',
    note: 'For acute and severe sciatica only; not for claudication caused by central spinal stenosis.' },
  { treatment: 'radiofrequency-denervation', guideline: 'nice-ng59', conditions: LOW_BACK, position: 'consider', confidence: 'verified',
    note: 'Referral to consider when non-surgical care has failed, the pain is thought to come from structures served by the medial branch nerve, localised back pain is moderate or severe at referral (5 or more on a visual analogue scale, or equivalent), and a diagnostic medial branch block was positive.' },
  { treatment: 'spinal-decompression-surgery', guideline: 'nice-ng59', conditions: SCIATICA, position: 'consider', confidence: 'verified',
    note: 'When non-surgical care has not improved pain or function and imaging matches the symptoms.' },
  { treatment: 'spinal-fusion', guideline: 'nice-ng59', conditions: LOW_BACK, position: 'not-recommended', confidence: 'verified',
    note: 'No fusion for low back pain outside a randomised trial; no disc replacement.' },
  { treatment: 'spinal-cord-stimulation', guideline: 'nice-ta159', conditions: NEUROPATHIC, position: 'recommended', confidence: 'verified',
    note: 'For neuropathic pain of at least 50 on a 0-100 scale for 6 months or more despite conventional care, after a successful trial of stimulation and a multidisciplinary assessment.' },
  { treatment: 'spinal-cord-stimulation', guideline: 'cochrane-2023-scs', conditions: LOW_BACK, position: 'not-recommended', confidence: 'secondary',
    note: 'Probably no lasting benefit for low back pain; for use within trials.' },
];
