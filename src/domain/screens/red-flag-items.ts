// The red-flag screen for serious pathology: items, urgency tiers, the action for each, and the body
// regions each belongs to (spec §4c.7: spinal items for the spine; for hip, knee, shoulder, ankle and
// the rest, the items that guideline sources give for that region). Spinal items:
// Source: clinical reference §5 (urgency tiers assembled from Finucane et al., JOSPT 2020;50(7):350-372
// (IFOMPT framework); NICE CG75 / NG234 (metastatic spinal cord compression); BMJ Best Practice cauda
// equina syndrome; NICE NG65 (spondyloarthritis); Yusuf, Finucane & Selfe, BMC MSK Disord 2019 (spinal
// infection); Rushton et al., JOSPT 2023 (IFOMPT cervical framework); local NHS red-flag lists).
// Peripheral items (reference §5a, a Threshold addition with its sources): the hot swollen joint
// (BSR/BOA guideline, Coakley 2006), fracture after injury (Ottawa ankle and knee rules), the
// shoulder's red flags (BESS/BOA pathways, Rees 2021), deep vein thrombosis (NICE NG158), bone
// malignancy (NICE CG27 / NG12), persistent synovitis (NICE NG100), referred visceral pain and giant
// cell arteritis signs (NHS red-flag lists). Most red flags lack strong diagnostic-accuracy evidence
// (Henschke 2013: apart from a history of cancer): the screen prompts clinical reasoning, it does not
// diagnose. `watchFor` is what the patient is told to act on while they wait, in plain words.
import type { BodyRegion } from '../records/vocabulary.ts';

export const redFlagTiers = ['emergency', 'urgent', 'routine', 'monitor'] as const;
export type RedFlagTier = (typeof redFlagTiers)[number];

export interface RedFlagItem {
  code: string;
  tier: RedFlagTier;
  /** What the clinician asks or checks. */
  question: string;
  /** What to do when it is present. */
  action: string;
  source: string;
  /** The regions whose screen asks it. */
  regions: readonly BodyRegion[];
  /** What the patient should act on before they are seen, in plain words (urgent-referral draft). */
  watchFor: string;
}

const SPINE = ['low-back', 'thoracic', 'neck'] as const satisfies readonly BodyRegion[];
const LUMBAR = ['low-back'] as const satisfies readonly BodyRegion[];
const PERIPHERAL = ['shoulder', 'elbow', 'wrist-hand', 'hip', 'knee', 'ankle-foot', 'other'] as const satisfies readonly BodyRegion[];
const LOWER_LIMB = ['hip', 'knee', 'ankle-foot'] as const satisfies readonly BodyRegion[];
const UPPER_LIMB = ['shoulder', 'elbow', 'wrist-hand'] as const satisfies readonly BodyRegion[];
const BLADDER = 'new numbness between your legs, trouble passing urine or controlling your bladder or bowel, or weakness in your legs';

export const redFlagItems = [
  {
    code: 'cauda-equina-bladder-bowel',
    tier: 'emergency',
    question: 'New or worsening bladder or bowel disturbance (difficulty passing urine, loss of control, reduced sensation of passing) with back or leg pain?',
    action: 'Suspected cauda equina syndrome: send to hospital now for emergency MRI (within hours). Do not wait for urinary retention, which is a late sign.',
    source: 'BMJ Best Practice, cauda equina syndrome; Finucane 2020 (reference §5)',
    regions: LUMBAR,
    watchFor: BLADDER,
  },
  {
    code: 'cauda-equina-saddle-sensory-change',
    tier: 'emergency',
    question: 'Numbness or altered sensation in the saddle area (around the anus, perineum or genitals)?',
    action: 'Suspected cauda equina syndrome: send to hospital now for emergency MRI (within hours).',
    source: 'BMJ Best Practice, cauda equina syndrome; Finucane 2020 (reference §5)',
    regions: LUMBAR,
    watchFor: BLADDER,
  },
  {
    code: 'bilateral-leg-neurological-deficit',
    tier: 'emergency',
    question: 'Weakness, numbness or other neurological deficit in both legs?',
    action: 'Suspected cauda equina syndrome or cord compression: send to hospital now for emergency assessment and MRI.',
    source: 'BMJ Best Practice, cauda equina syndrome; NICE CKS sciatica red flags (reference §5)',
    regions: LUMBAR,
    watchFor: BLADDER,
  },
  {
    code: 'new-sexual-dysfunction',
    tier: 'emergency',
    question: 'New sexual dysfunction (loss of genital sensation, erectile or ejaculatory change) with back or leg pain?',
    action: 'Suspected cauda equina syndrome: send to hospital now for emergency MRI (within hours).',
    source: 'BMJ Best Practice, cauda equina syndrome (reference §5)',
    regions: LUMBAR,
    watchFor: BLADDER,
  },
  {
    code: 'cancer-with-neurological-signs',
    tier: 'emergency',
    question: 'Known cancer together with spinal pain and neurological symptoms or signs (radicular pain, limb weakness, difficulty walking, sensory loss, bladder or bowel change)?',
    action: 'Suspected metastatic spinal cord compression, an oncological emergency: contact the acute oncology / MSCC coordinator immediately for whole-spine MRI.',
    source: 'NICE CG75 key priorities, replaced by NICE NG234 (2023) (reference §5)',
    regions: SPINE,
    watchFor: 'new weakness, numbness, trouble walking, or a change in your bladder or bowel',
  },
  {
    code: 'infection-signs',
    tier: 'emergency',
    question: 'Spinal pain with fever or rigors, or with a neurological deficit, in someone with a risk factor (IV drug use, immunosuppression, diabetes, recent infection or bacteraemia, recent spinal procedure)?',
    action: 'Suspected spinal infection (for example an epidural abscess): same-day emergency assessment, MRI and blood tests (ESR, CRP).',
    source: 'Yusuf, Finucane & Selfe, BMC MSK Disord 2019; Finucane 2020 (reference §5)',
    regions: SPINE,
    watchFor: 'a fever, shivers, feeling very unwell, or new weakness or numbness',
  },
  {
    code: 'major-trauma-or-fracture-with-deficit',
    tier: 'emergency',
    question: 'Major trauma, or a suspected fracture with a neurological deficit?',
    action: 'Send to the emergency department now.',
    source: 'Finucane 2020; NHS red-flag list (reference §5)',
    regions: SPINE,
    watchFor: 'new weakness or numbness, or pain that gets much worse',
  },
  {
    code: 'cervical-arterial-signs',
    tier: 'emergency',
    question: 'Neck pain with dizziness, double vision, slurred speech, difficulty swallowing, drop attacks, nausea, numbness, nystagmus, unsteadiness, or a new severe headache?',
    action: 'Suspected cervical arterial dissection or posterior-circulation ischaemia: emergency referral now; no manual therapy to the neck.',
    source: 'IFOMPT cervical framework, Rushton et al. JOSPT 2023;53(1):7-22 (reference §5; symptom list not re-verified)',
    regions: ['neck'],
    watchFor: 'dizziness, double vision, trouble speaking or swallowing, falling without warning, or a new severe headache',
  },
  {
    code: 'cancer-history-metastatic-features',
    tier: 'urgent',
    question: 'Known cancer with spinal pain suggestive of metastases: thoracic or neck pain, progressive or severe unremitting low back pain, pain on straining, localised spinal tenderness, or night pain that prevents sleep?',
    action: 'Discuss with the acute oncology / MSCC coordinator within 24 hours.',
    source: 'NICE CG75 key priorities (reference §5)',
    regions: SPINE,
    watchFor: 'new weakness, numbness, trouble walking, or a change in your bladder or bowel',
  },
  {
    code: 'suspected-malignancy',
    tier: 'urgent',
    question: 'No current cancer, but a past history of cancer, unexplained weight loss, persistent night pain, pain at several sites, or no improvement after a month of care?',
    action: 'Prompt medical review and investigation within days.',
    source: 'NHS red-flag list; Henschke 2013 (only a history of cancer is well supported) (reference §5)',
    regions: SPINE,
    watchFor: 'pain that gets much worse, new weakness or numbness, or feeling very unwell',
  },
  {
    code: 'suspected-osteoporotic-fracture',
    tier: 'urgent',
    question: 'Sudden onset after minor trauma in someone with osteoporosis or long-term corticosteroid use, older age, a new structural deformity, or severe central pain eased by lying down?',
    action: 'Prompt medical review and imaging within days.',
    source: 'NHS red-flag list; Finucane 2020 (reference §5)',
    regions: SPINE,
    watchFor: 'pain that gets much worse, or new weakness or numbness',
  },
  {
    code: 'axial-spondyloarthritis-features',
    tier: 'routine',
    question: 'Back pain that began before 45 and has lasted over 3 months, with four or more of: onset before 35, waking in the second half of the night, buttock pain, better with movement, better within 48 h of NSAIDs, a first-degree relative with spondyloarthritis, arthritis, enthesitis, psoriasis?',
    action: 'Routine rheumatology referral (with exactly three features: HLA-B27 test, refer if positive).',
    source: 'NICE NG65 (2017) (reference §5)',
    regions: ['low-back', 'thoracic'],
    watchFor: 'new swelling in a joint, a red or painful eye, or pain that gets much worse',
  },
  {
    code: 'isolated-soft-flag',
    tier: 'monitor',
    question: 'A single soft flag alone (for example age over 50, or night pain) in an otherwise mechanical presentation?',
    action: 'Document it, give written safety-netting advice, and re-check at the next visit.',
    source: 'Local NHS cauda equina pathway advice (reference §5)',
    regions: SPINE,
    watchFor: 'pain that gets much worse, new weakness or numbness, or trouble passing urine',
  },
  {
    code: 'bilateral-leg-pain-normal-neurology',
    tier: 'monitor',
    question: 'Pain in both legs with a normal neurological examination?',
    action: 'Give written cauda equina safety-netting advice (a CES card) and re-check at every visit.',
    source: 'Local NHS cauda equina pathway advice (reference §5)',
    regions: LUMBAR,
    watchFor: BLADDER,
  },
  {
    code: 'septic-joint',
    tier: 'emergency',
    question: 'A hot, swollen and tender joint that came on over days to two weeks, with pain on any movement (with or without a fever)?',
    action: 'Suspected septic arthritis until proven otherwise, even without fever: same-day emergency assessment, joint aspiration before any antibiotic, blood cultures.',
    source: 'BSR/BHPR, BOA, RCGP and BSAC guidelines for the hot swollen joint in adults, Coakley et al., Rheumatology 2006;45:1039-1041 (reference §5a)',
    regions: PERIPHERAL,
    watchFor: 'the joint gets hotter, redder or more swollen, you get a fever or shivers, or you feel very unwell',
  },
  {
    code: 'fracture-after-injury',
    tier: 'emergency',
    question: 'An injury after which the patient could not take four steps (or use the arm), with tenderness over the bone or a deformity; or, in an older person, a fall followed by hip or groin pain and trouble bearing weight?',
    action: 'Suspected fracture: X-ray today (emergency department or urgent imaging) before any loading; a normal film does not rule out a hip fracture when pain persists.',
    source: 'Ottawa ankle rules (Stiell 1992) and Ottawa knee rule (Stiell 1996); hip fracture after a fall, BMJ Best Practice (reference §5a)',
    regions: PERIPHERAL,
    watchFor: 'you cannot put weight on the leg or use the arm, the limb looks out of shape, or the pain gets much worse',
  },
  {
    code: 'deep-vein-thrombosis-signs',
    tier: 'emergency',
    question: 'A swollen, painful calf or leg on one side, especially after surgery, a plaster cast or time in bed, with active cancer, or with a past blood clot?',
    action: 'Suspected deep vein thrombosis: same-day medical assessment with the two-level Wells score and, when a clot is likely, a proximal leg vein ultrasound within 4 hours.',
    source: 'NICE NG158 (2020) recommendations 1.1.1-1.1.3; NICE QS201 statement 3 (reference §5a)',
    regions: LOWER_LIMB,
    watchFor: 'the leg swells more, or you become short of breath or have chest pain (then call the emergency number)',
  },
  {
    code: 'unreduced-dislocation',
    tier: 'emergency',
    question: 'A shoulder that may still be out of joint (after an injury, a fit or an electric shock), with loss of its normal shape or of movement?',
    action: 'Suspected unreduced dislocation: same-day emergency referral.',
    source: 'BESS/BOA shoulder pathways, Rees et al., Shoulder Elbow 2021;13(1):5-11; NHS shoulder red-flag list (reference §5a)',
    regions: ['shoulder'],
    watchFor: 'the shoulder looks out of shape, or your arm or hand goes numb, weak or cold',
  },
  {
    code: 'limb-neurological-deficit',
    tier: 'emergency',
    question: 'Sudden, marked weakness or loss of feeling in the arm or hand?',
    action: 'Suspected nerve injury or compression: same-day emergency referral.',
    source: 'BESS/BOA shoulder pathways, Rees et al., Shoulder Elbow 2021 (neurological injury: same-day emergency referral) (reference §5a)',
    regions: UPPER_LIMB,
    watchFor: 'the weakness or numbness spreads or gets worse',
  },
  {
    code: 'referred-visceral-pain',
    tier: 'emergency',
    question: 'Pain that may come from an organ, not the joint: shoulder or arm pain with chest pain, breathlessness or sweating; shoulder-tip pain with abdominal pain; hip or groin pain with abdominal pain, a lump or pulsing in the groin, vomiting or blood in the urine?',
    action: 'Suspected referred pain from the heart, chest or abdomen: same-day medical assessment; call emergency services if heart pain is suspected.',
    source: 'NHS red-flag lists for shoulder and hip conditions (Gloucestershire); Hip pain in adults: red flag symptoms, GP online (reference §5a)',
    regions: ['shoulder', 'hip', 'other'],
    watchFor: 'chest pain, breathlessness, sweating, or belly pain (then call the emergency number)',
  },
  {
    code: 'giant-cell-arteritis-signs',
    tier: 'emergency',
    question: 'New pain and stiffness in both shoulders with headaches or blurred vision?',
    action: 'Suspected polymyalgia rheumatica with giant cell arteritis, a risk to sight: same-day medical assessment.',
    source: 'NHS red-flag list for shoulder conditions (Gloucestershire: polymyalgia rheumatica, temporal arteritis) (reference §5a)',
    regions: ['shoulder', 'neck'],
    watchFor: 'any change in your eyesight, or a bad headache',
  },
  {
    code: 'acute-traumatic-cuff-tear',
    tier: 'urgent',
    question: 'Sudden shoulder weakness after an injury (for example, not able to lift the arm after a fall or a dislocation)?',
    action: 'Suspected acute rotator cuff tear: urgent referral to a shoulder surgeon, ideally the next clinic; hold loading until seen.',
    source: 'BESS/BOA shoulder pathways, Rees et al., Shoulder Elbow 2021 (reference §5a)',
    regions: ['shoulder'],
    watchFor: 'the arm gets weaker, or the pain gets much worse',
  },
  {
    code: 'bone-malignancy-features',
    tier: 'urgent',
    question: 'Bone pain or tenderness that is increasing, persistent or unexplained, worse at rest or at night (and not in the joint itself); a new or growing lump; a history of cancer or unexplained weight loss?',
    action: 'Prompt medical review and an X-ray within days; in older people think of metastases or myeloma as well as sarcoma.',
    source: 'NICE CG27 (2005) on bone cancer, replaced by NICE NG12 (2015); BESS/BOA shoulder pathways (tumour: urgent cancer referral) (reference §5a)',
    regions: PERIPHERAL,
    watchFor: 'the pain gets much worse, a lump grows, or a bone breaks after little or no injury',
  },
  {
    code: 'inflammatory-arthritis-features',
    tier: 'routine',
    question: 'Joint swelling that persists without a known cause, especially in the small joints of the hands or feet, in more than one joint, or for 3 months or longer?',
    action: 'Refer to rheumatology for persistent synovitis; urgently when the small joints of the hands or feet or more than one joint are affected, or 3 months or more have passed since it began.',
    source: 'NICE NG100 (2018) recommendation 1.1.1 (reference §5a)',
    regions: PERIPHERAL,
    watchFor: 'more joints swell, or a joint becomes hot and very painful',
  },
] as const satisfies readonly RedFlagItem[];

export type RedFlagCode = (typeof redFlagItems)[number]['code'];
export const redFlagCodes = redFlagItems.map((item) => item.code) as [RedFlagCode, ...RedFlagCode[]];

const byCode = new Map<string, RedFlagItem>(redFlagItems.map((item) => [item.code, item]));

export function redFlagItem(code: RedFlagCode): RedFlagItem {
  const item = byCode.get(code);
  if (!item) throw new Error(`unknown red-flag item ${code}`);
  return item;
}
