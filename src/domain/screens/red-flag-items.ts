// The red-flag screen for serious spinal pathology: items, urgency tiers and the action for each.
// Source: clinical reference §5 (urgency tiers assembled from Finucane et al., JOSPT 2020;50(7):350-372
// (IFOMPT framework); NICE CG75 / NG234 (metastatic spinal cord compression); BMJ Best Practice cauda
// equina syndrome; NICE NG65 (spondyloarthritis); Yusuf, Finucane & Selfe, BMC MSK Disord 2019 (spinal
// infection); Rushton et al., JOSPT 2023 (IFOMPT cervical framework); local NHS red-flag lists).
// Most red flags lack strong diagnostic-accuracy evidence (Henschke 2013: apart from a history of
// cancer): the screen prompts clinical reasoning, it does not diagnose.

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
}

export const redFlagItems = [
  {
    code: 'cauda-equina-bladder-bowel',
    tier: 'emergency',
    question: 'New or worsening bladder or bowel disturbance (difficulty passing urine, loss of control, reduced sensation of passing) with back or leg pain?',
    action: 'Suspected cauda equina syndrome: send to hospital now for emergency MRI (within hours). Do not wait for urinary retention, which is a late sign.',
    source: 'BMJ Best Practice, cauda equina syndrome; Finucane 2020 (reference §5)',
  },
  {
    code: 'cauda-equina-saddle-sensory-change',
    tier: 'emergency',
    question: 'Numbness or altered sensation in the saddle area (around the anus, perineum or genitals)?',
    action: 'Suspected cauda equina syndrome: send to hospital now for emergency MRI (within hours).',
    source: 'BMJ Best Practice, cauda equina syndrome; Finucane 2020 (reference §5)',
  },
  {
    code: 'bilateral-leg-neurological-deficit',
    tier: 'emergency',
    question: 'Weakness, numbness or other neurological deficit in both legs?',
    action: 'Suspected cauda equina syndrome or cord compression: send to hospital now for emergency assessment and MRI.',
    source: 'BMJ Best Practice, cauda equina syndrome; NICE CKS sciatica red flags (reference §5)',
  },
  {
    code: 'new-sexual-dysfunction',
    tier: 'emergency',
    question: 'New sexual dysfunction (loss of genital sensation, erectile or ejaculatory change) with back or leg pain?',
    action: 'Suspected cauda equina syndrome: send to hospital now for emergency MRI (within hours).',
    source: 'BMJ Best Practice, cauda equina syndrome (reference §5)',
  },
  {
    code: 'cancer-with-neurological-signs',
    tier: 'emergency',
    question: 'Known cancer together with spinal pain and neurological symptoms or signs (radicular pain, limb weakness, difficulty walking, sensory loss, bladder or bowel change)?',
    action: 'Suspected metastatic spinal cord compression, an oncological emergency: contact the acute oncology / MSCC coordinator immediately for whole-spine MRI.',
    source: 'NICE CG75 key priorities, replaced by NICE NG234 (2023) (reference §5)',
  },
  {
    code: 'infection-signs',
    tier: 'emergency',
    question: 'Spinal pain with fever or rigors, or with a neurological deficit, in someone with a risk factor (IV drug use, immunosuppression, diabetes, recent infection or bacteraemia, recent spinal procedure)?',
    action: 'Suspected spinal infection (for example an epidural abscess): same-day emergency assessment, MRI and blood tests (ESR, CRP).',
    source: 'Yusuf, Finucane & Selfe, BMC MSK Disord 2019; Finucane 2020 (reference §5)',
  },
  {
    code: 'major-trauma-or-fracture-with-deficit',
    tier: 'emergency',
    question: 'Major trauma, or a suspected fracture with a neurological deficit?',
    action: 'Send to the emergency department now.',
    source: 'Finucane 2020; NHS red-flag list (reference §5)',
  },
  {
    code: 'cervical-arterial-signs',
    tier: 'emergency',
    question: 'Neck pain with dizziness, double vision, slurred speech, difficulty swallowing, drop attacks, nausea, numbness, nystagmus, unsteadiness, or a new severe headache?',
    action: 'Suspected cervical arterial dissection or posterior-circulation ischaemia: emergency referral now; no manual therapy to the neck.',
    source: 'IFOMPT cervical framework, Rushton et al. JOSPT 2023;53(1):7-22 (reference §5; symptom list not re-verified)',
  },
  {
    code: 'cancer-history-metastatic-features',
    tier: 'urgent',
    question: 'Known cancer with spinal pain suggestive of metastases: thoracic or neck pain, progressive or severe unremitting low back pain, pain on straining, localised spinal tenderness, or night pain that prevents sleep?',
    action: 'Discuss with the acute oncology / MSCC coordinator within 24 hours.',
    source: 'NICE CG75 key priorities (reference §5)',
  },
  {
    code: 'suspected-malignancy',
    tier: 'urgent',
    question: 'No current cancer, but a past history of cancer, unexplained weight loss, persistent night pain, pain at several sites, or no improvement after a month of care?',
    action: 'Prompt medical review and investigation within days.',
    source: 'NHS red-flag list; Henschke 2013 (only a history of cancer is well supported) (reference §5)',
  },
  {
    code: 'suspected-osteoporotic-fracture',
    tier: 'urgent',
    question: 'Sudden onset after minor trauma in someone with osteoporosis or long-term corticosteroid use, older age, a new structural deformity, or severe central pain eased by lying down?',
    action: 'Prompt medical review and imaging within days.',
    source: 'NHS red-flag list; Finucane 2020 (reference §5)',
  },
  {
    code: 'axial-spondyloarthritis-features',
    tier: 'routine',
    question: 'Back pain that began before 45 and has lasted over 3 months, with four or more of: onset before 35, waking in the second half of the night, buttock pain, better with movement, better within 48 h of NSAIDs, a first-degree relative with spondyloarthritis, arthritis, enthesitis, psoriasis?',
    action: 'Routine rheumatology referral (with exactly three features: HLA-B27 test, refer if positive).',
    source: 'NICE NG65 (2017) (reference §5)',
  },
  {
    code: 'isolated-soft-flag',
    tier: 'monitor',
    question: 'A single soft flag alone (for example age over 50, or night pain) in an otherwise mechanical presentation?',
    action: 'Document it, give written safety-netting advice, and re-check at the next visit.',
    source: 'Local NHS cauda equina pathway advice (reference §5)',
  },
  {
    code: 'bilateral-leg-pain-normal-neurology',
    tier: 'monitor',
    question: 'Pain in both legs with a normal neurological examination?',
    action: 'Give written cauda equina safety-netting advice (a CES card) and re-check at every visit.',
    source: 'Local NHS cauda equina pathway advice (reference §5)',
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
