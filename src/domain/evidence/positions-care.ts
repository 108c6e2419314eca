// Guideline positions on non-drug care: exercise, education, psychological and combined programmes,
// passive treatments, sleep. Reference §10 (NICE NG59, ACP 2017 text) and §11 (summary table); all
// verified there unless `confidence` says otherwise.
import {
  ALL_CONDITIONS, CHRONIC_PRIMARY, LOW_BACK, LOW_BACK_AND_SCIATICA, MUSCULOSKELETAL, type GuidelinePosition,
} from './position.ts';

export const carePositions: readonly GuidelinePosition[] = [
  // Exercise
  { treatment: 'exercise', guideline: 'lin-2020', conditions: MUSCULOSKELETAL, position: 'recommended', confidence: 'verified',
    note: 'Every care plan should address physical activity or exercise (recommendation 8).' },
  { treatment: 'exercise', guideline: 'acp-2017', conditions: LOW_BACK, position: 'recommended', confidence: 'verified',
    note: 'A first choice for chronic low back pain (moderate-quality evidence).' },
  { treatment: 'exercise', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'recommended', confidence: 'verified',
    note: 'Consider a group exercise programme.' },
  { treatment: 'exercise', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'recommended', confidence: 'verified',
    note: 'Offer an exercise programme and encourage staying active.' },

  // Education and self-management
  { treatment: 'self-management-education', guideline: 'lin-2020', conditions: MUSCULOSKELETAL, position: 'recommended', confidence: 'verified',
    note: 'Explain the condition and the options (recommendation 7). Pain neuroscience education as a named therapy is not graded.' },
  { treatment: 'self-management-education', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'recommended', confidence: 'verified',
    note: 'Self-management advice and information at every step of care.' },
  { treatment: 'self-management-education', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'recommended', confidence: 'secondary',
    note: 'Supported self-management.' },

  // Psychological and combined programmes
  { treatment: 'psychological-therapy', guideline: 'acp-2017', conditions: LOW_BACK, position: 'recommended', confidence: 'verified',
    note: 'CBT for chronic low back pain (low-quality evidence); mindfulness-based stress reduction (moderate).' },
  { treatment: 'psychological-therapy', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'consider', confidence: 'verified',
    note: 'A CBT approach, and only as part of a package that includes exercise.' },
  { treatment: 'psychological-therapy', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'recommended', confidence: 'verified',
    note: 'CBT or acceptance and commitment therapy.' },
  { treatment: 'combined-physical-psychological', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'consider', confidence: 'verified',
    note: 'For marked psychosocial obstacles to recovery, or when earlier treatment has not worked; group format preferred.' },
  { treatment: 'combined-physical-psychological', guideline: 'acp-2017', conditions: LOW_BACK, position: 'recommended', confidence: 'verified',
    note: 'Multidisciplinary rehabilitation for chronic low back pain (moderate-quality evidence).' },

  // Passive care
  { treatment: 'manual-therapy', guideline: 'lin-2020', conditions: MUSCULOSKELETAL, position: 'consider', confidence: 'verified',
    note: 'Only as an adjunct to other evidence-based care (recommendation 9).' },
  { treatment: 'manual-therapy', guideline: 'acp-2017', conditions: LOW_BACK, position: 'recommended', confidence: 'verified',
    note: 'Spinal manipulation for acute and chronic low back pain, massage for acute (low-quality evidence).' },
  { treatment: 'manual-therapy', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'consider', confidence: 'verified',
    note: 'Manipulation, mobilisation or massage only as part of a package that includes exercise.' },
  { treatment: 'manual-therapy', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'not-addressed', confidence: 'secondary',
    note: 'Evidence judged insufficient; left as a research recommendation.' },
  { treatment: 'acupuncture-dry-needling', guideline: 'acp-2017', conditions: LOW_BACK, position: 'recommended', confidence: 'verified',
    note: 'Acupuncture for acute (low-quality evidence) and chronic low back pain (moderate).' },
  { treatment: 'acupuncture-dry-needling', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer acupuncture for low back pain (the reference records this for low back pain; NG59 covers sciatica too).' },
  { treatment: 'acupuncture-dry-needling', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'consider', confidence: 'verified',
    note: 'A single course of acupuncture or dry needling in a community setting, using no more than 5 hours of healthcare professional time.' },
  { treatment: 'superficial-heat', guideline: 'acp-2017', conditions: LOW_BACK, position: 'recommended', confidence: 'verified',
    note: 'For acute or subacute low back pain (moderate-quality evidence).' },
  { treatment: 'electrotherapy', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer TENS, PENS, ultrasound or interferential therapy.' },
  { treatment: 'electrotherapy', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'not-recommended', confidence: 'verified',
    note: 'Not recommended for chronic primary pain.' },

  // Sleep
  { treatment: 'cbt-insomnia', guideline: 'acp-2016-insomnia', conditions: ALL_CONDITIONS, position: 'recommended', confidence: 'verified',
    note: 'First-line treatment for every adult with chronic insomnia; medicines only by shared decision if CBT-I has not worked.' },
];
