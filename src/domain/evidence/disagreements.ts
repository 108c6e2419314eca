// Where guidelines disagree, to show the clinician rather than hide (reference §11). Much of the
// disagreement is population: a guideline for low back pain, one for chronic primary pain and one for
// neuropathic pain can each be right for its own patients, so the diagnosis category matters.
import type { ConditionCategory } from '../records/vocabulary.ts';
import type { TreatmentCode } from './treatments.ts';

export interface EvidenceDisagreement {
  code: string;
  treatments: readonly TreatmentCode[];
  /** The condition categories in which both sides of the disagreement can meet the patient. */
  conditions: readonly ConditionCategory[];
  summary: string;
  source: string;
}

export const evidenceDisagreements: readonly EvidenceDisagreement[] = [
  {
    code: 'antidepressants',
    treatments: ['duloxetine', 'amitriptyline'],
    conditions: ['low-back-pain', 'sciatica', 'chronic-primary-pain', 'neuropathic-pain'],
    summary:
      'ACP 2017 lists duloxetine as a second-line medicine for chronic low back pain and NICE NG193 lists antidepressants for chronic primary pain, ' +
      'but NICE NG59 advises against SSRIs, SNRIs and tricyclics for low back pain; NICE CG173 offers duloxetine and amitriptyline for neuropathic pain. ' +
      'Which applies depends on whether the pain is low back pain, chronic primary pain or neuropathic pain: a physician decides.',
    source: 'Reference §10 and §11 (ACP 2017; NICE NG59; NICE NG193; NICE CG173)',
  },
  {
    code: 'acupuncture-dry-needling',
    treatments: ['acupuncture-dry-needling'],
    conditions: ['low-back-pain', 'sciatica', 'chronic-primary-pain'],
    summary:
      'ACP 2017 recommends acupuncture for low back pain and NICE NG193 allows one course of acupuncture or dry needling for chronic primary pain, ' +
      'but NICE NG59 advises against acupuncture for low back pain. Record why it is used, keep it time-limited, and pair it with active care.',
    source: 'Reference §11 (ACP 2017; NICE NG59; NICE NG193)',
  },
  {
    code: 'gabapentinoids',
    treatments: ['gabapentinoids'],
    conditions: ['sciatica', 'neuropathic-pain'],
    summary:
      'NICE CG173 offers gabapentin or pregabalin as a first choice for neuropathic pain, but NICE NG59 (2020) advises against them for low back pain ' +
      'and for sciatica (and NICE NG193 against starting them for chronic primary pain). For sciatica, the guideline written for it (NG59) speaks against them: a physician decides.',
    source: 'Reference §10 and §11 (NICE CG173; NICE NG59 2020 update; NICE NG193)',
  },
];
