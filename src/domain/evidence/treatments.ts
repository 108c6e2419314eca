// The treatments the evidence catalogue speaks about (reference §10 and §11), each with a plain label.
// Codes are stable: escalation steps and recommendations cite them.

export const evidencePositions = ['recommended', 'consider', 'not-recommended', 'not-addressed'] as const;
export type EvidencePosition = (typeof evidencePositions)[number];

export const treatmentLabels = {
  exercise: 'Exercise therapy',
  'self-management-education': 'Education and supported self-management',
  'psychological-therapy': 'Psychological therapy (CBT or ACT)',
  'combined-physical-psychological': 'Combined physical and psychological programme',
  'manual-therapy': 'Manual therapy and spinal manipulation',
  'acupuncture-dry-needling': 'Acupuncture or dry needling',
  'superficial-heat': 'Superficial heat',
  electrotherapy: 'TENS, ultrasound or interferential therapy',
  'nsaid-oral': 'NSAIDs by mouth',
  'nsaid-topical': 'NSAIDs on the skin (e.g. diclofenac gel)',
  paracetamol: 'Paracetamol (acetaminophen)',
  opioids: 'Opioids (including tramadol)',
  duloxetine: 'Duloxetine (SNRI antidepressant)',
  amitriptyline: 'Amitriptyline and other tricyclic antidepressants',
  gabapentinoids: 'Gabapentin or pregabalin',
  'systemic-corticosteroids': 'Corticosteroids by mouth or injection into the body (systemic)',
  'spinal-injections': 'Spinal injections for back pain (facet, trigger point, epidural)',
  'epidural-injection-sciatica': 'Epidural injection (local anaesthetic and steroid) for sciatica',
  'radiofrequency-denervation': 'Radiofrequency denervation after a diagnostic medial branch block',
  'spinal-decompression-surgery': 'Spinal decompression surgery for sciatica',
  'spinal-fusion': 'Spinal fusion or disc replacement',
  'spinal-cord-stimulation': 'Spinal cord stimulation',
  'cbt-insomnia': 'CBT for insomnia (CBT-I)',
} as const;

export type TreatmentCode = keyof typeof treatmentLabels;
export const treatmentCodes = Object.keys(treatmentLabels) as [TreatmentCode, ...TreatmentCode[]];
