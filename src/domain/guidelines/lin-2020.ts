// The eleven recommendations that high-quality guidelines for musculoskeletal pain agree on, as a
// checklist (spec §5 guideline audit). Titles are our own short wording.
// Source: Lin I, Wiles L, Waller R, et al. What does best practice care for musculoskeletal pain look
// like? Eleven consistent recommendations from high-quality clinical practice guidelines: systematic
// review. Br J Sports Med 2020;54(2):79-86, doi:10.1136/bjsports-2018-099878 (reference §8).

export const LIN_2020 = 'Lin et al., Br J Sports Med 2020;54(2):79-86 (reference §8)';

export interface GuidelineRecommendation {
  id: number;
  code: string;
  title: string;
  source: string;
}

export const linRecommendations = [
  { id: 1, code: 'patient-centred-care', title: 'Care centred on the patient: their goals, their context, decisions made together', source: `${LIN_2020}, recommendation 1` },
  { id: 2, code: 'screen-red-flags', title: 'Screen for serious pathology (red flags)', source: `${LIN_2020}, recommendation 2` },
  { id: 3, code: 'assess-psychosocial', title: 'Assess psychosocial factors', source: `${LIN_2020}, recommendation 3` },
  { id: 4, code: 'imaging-selectively', title: 'Image only when serious pathology is suspected, care is not working, or the result would change management', source: `${LIN_2020}, recommendation 4` },
  { id: 5, code: 'physical-examination', title: 'Examine the patient physically (neurological screen, mobility, strength)', source: `${LIN_2020}, recommendation 5` },
  { id: 6, code: 'monitor-with-outcome-measures', title: 'Track progress with outcome measures', source: `${LIN_2020}, recommendation 6` },
  { id: 7, code: 'education', title: 'Explain the condition and the options for managing it', source: `${LIN_2020}, recommendation 7` },
  { id: 8, code: 'physical-activity-exercise', title: 'Address physical activity and exercise', source: `${LIN_2020}, recommendation 8` },
  { id: 9, code: 'manual-therapy-adjunct', title: 'Use manual therapy only alongside other evidence-based care', source: `${LIN_2020}, recommendation 9` },
  { id: 10, code: 'non-surgical-care-first', title: 'Offer good non-surgical care before surgery, unless a specific indication such as a red flag calls for it', source: `${LIN_2020}, recommendation 10` },
  { id: 11, code: 'work', title: 'Help the patient stay at or return to work', source: `${LIN_2020}, recommendation 11` },
] as const satisfies readonly GuidelineRecommendation[];

export type GuidelineRecommendationId = (typeof linRecommendations)[number]['id'];
