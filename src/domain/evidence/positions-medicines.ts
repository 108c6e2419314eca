// Guideline positions on medicines. These are the physician's decisions: the catalogue lets the
// clinician see what each guideline says before a medical review. Reference §10 and §11; all verified
// there unless `confidence` says otherwise.
import {
  ALL_CONDITIONS, CHRONIC_PRIMARY, LOW_BACK, LOW_BACK_AND_SCIATICA, NEUROPATHIC, SCIATICA, type GuidelinePosition,
} from './position.ts';

/** CG173 is written for neuropathic pain; sciatica is radicular (neuropathic) pain, hence the conflict with NG59 (reference §10). */
const NEUROPATHIC_AND_SCIATICA = [...NEUROPATHIC, ...SCIATICA];
const CG173_CHOICE = 'One of four first choices (amitriptyline, duloxetine, gabapentin, pregabalin); switch to another if it does not help or is not tolerated.';

export const medicinePositions: readonly GuidelinePosition[] = [
  // Anti-inflammatories and paracetamol
  { treatment: 'nsaid-oral', guideline: 'acp-2017', conditions: LOW_BACK, position: 'recommended', confidence: 'verified',
    note: 'If a medicine is wanted for acute pain; the first medicine for chronic low back pain that has not responded to non-drug care.' },
  { treatment: 'nsaid-oral', guideline: 'nice-ng59', conditions: LOW_BACK, position: 'recommended', confidence: 'verified',
    note: 'Lowest effective dose for the shortest time, after checking stomach, kidney and heart risks.' },
  { treatment: 'nsaid-oral', guideline: 'nice-ng59', conditions: SCIATICA, position: 'not-addressed', confidence: 'secondary',
    note: 'The 2020 sciatica update found only limited evidence for NSAIDs.' },
  { treatment: 'nsaid-oral', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'not-recommended', confidence: 'verified',
    note: 'Do not start NSAIDs for chronic primary pain.' },
  { treatment: 'nsaid-topical', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'not-addressed', confidence: 'unverified',
    note: 'NG193 says not to start NSAIDs; whether that covers gels and creams was not checked.' },
  { treatment: 'paracetamol', guideline: 'acp-2017', conditions: LOW_BACK, position: 'not-addressed', confidence: 'unverified',
    note: 'No recommendation; the evidence review found it not effective for acute low back pain.' },
  { treatment: 'paracetamol', guideline: 'nice-ng59', conditions: LOW_BACK, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer paracetamol on its own for low back pain.' },
  { treatment: 'paracetamol', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'not-recommended', confidence: 'verified',
    note: 'Do not start paracetamol for chronic primary pain.' },

  // Opioids
  { treatment: 'opioids', guideline: 'acp-2017', conditions: LOW_BACK, position: 'consider', confidence: 'verified',
    note: 'Tramadol is a second-line choice; other opioids a last resort for chronic low back pain, only after the others fail and after discussing benefits and risks (weak recommendation).' },
  { treatment: 'opioids', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer opioids for chronic low back pain or chronic sciatica (a weak opioid only for acute back pain when NSAIDs are unsuitable).' },
  { treatment: 'opioids', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'not-recommended', confidence: 'verified',
    note: 'Do not start opioids for chronic primary pain.' },
  { treatment: 'opioids', guideline: 'nice-cg173', conditions: NEUROPATHIC_AND_SCIATICA, position: 'not-recommended', confidence: 'verified',
    note: 'Tramadol only as short-term rescue; other opioids only after specialist assessment.' },
  { treatment: 'opioids', guideline: 'cdc-2022', conditions: ALL_CONDITIONS, position: 'consider', confidence: 'verified',
    note: 'Non-opioid treatments are preferred for subacute and chronic pain; if an opioid is started, agree goals for pain and function first, use the lowest effective dose and review within 1-4 weeks. Not a rigid limit.' },

  // Antidepressants and gabapentinoids
  { treatment: 'duloxetine', guideline: 'acp-2017', conditions: LOW_BACK, position: 'consider', confidence: 'verified',
    note: 'Second-line for chronic low back pain after NSAIDs (weak recommendation, moderate-quality evidence).' },
  { treatment: 'duloxetine', guideline: 'nice-ng59', conditions: LOW_BACK, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer SSRIs, SNRIs or tricyclic antidepressants for low back pain.' },
  { treatment: 'duloxetine', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'consider', confidence: 'verified',
    note: 'One of the antidepressants to consider for adults (with amitriptyline, citalopram, fluoxetine, paroxetine, sertraline).' },
  { treatment: 'duloxetine', guideline: 'nice-cg173', conditions: NEUROPATHIC_AND_SCIATICA, position: 'recommended', confidence: 'verified', note: CG173_CHOICE },
  { treatment: 'amitriptyline', guideline: 'nice-ng59', conditions: LOW_BACK, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer tricyclic antidepressants for low back pain.' },
  { treatment: 'amitriptyline', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'consider', confidence: 'verified',
    note: 'Amitriptyline is on the list of antidepressants to consider for adults.' },
  { treatment: 'amitriptyline', guideline: 'nice-cg173', conditions: NEUROPATHIC_AND_SCIATICA, position: 'recommended', confidence: 'verified', note: CG173_CHOICE },
  { treatment: 'gabapentinoids', guideline: 'nice-ng59', conditions: LOW_BACK_AND_SCIATICA, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer gabapentinoids or other anticonvulsants for low back pain or for sciatica (2020 update).' },
  { treatment: 'gabapentinoids', guideline: 'nice-ng193', conditions: CHRONIC_PRIMARY, position: 'not-recommended', confidence: 'verified',
    note: 'Do not start gabapentinoids for chronic primary pain.' },
  { treatment: 'gabapentinoids', guideline: 'nice-cg173', conditions: NEUROPATHIC_AND_SCIATICA, position: 'recommended', confidence: 'verified', note: CG173_CHOICE },

  // Steroids
  { treatment: 'systemic-corticosteroids', guideline: 'acp-2017', conditions: LOW_BACK, position: 'not-recommended', confidence: 'secondary',
    note: 'No benefit for acute or subacute low back pain, even with leg symptoms from a nerve root.' },
  { treatment: 'systemic-corticosteroids', guideline: 'nice-ng59', conditions: SCIATICA, position: 'not-recommended', confidence: 'verified',
    note: 'Do not offer oral corticosteroids for sciatica.' },
];
