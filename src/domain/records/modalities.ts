// What can be given in a session, and whether it is passive care (done to the patient: raises the
// symptom threshold) or active care (done by the patient: builds load capacity). Spec §2. Education
// and other time count toward neither side of the passive share.

export const careKinds = ['passive', 'active', 'other'] as const;
export type CareKind = (typeof careKinds)[number];

export const modalityCatalogue = {
  'dry-needling': 'passive',
  acupuncture: 'passive',
  'manual-therapy': 'passive',
  massage: 'passive',
  'joint-mobilisation': 'passive',
  'spinal-manipulation': 'passive',
  heat: 'passive',
  'corrective-exercise': 'active',
  'functional-stability': 'active',
  'progressive-loading': 'active',
  'home-exercise-program': 'active',
  'graded-activity': 'active',
  'graded-exposure': 'active',
  education: 'other',
  'psychological-therapy': 'other',
  other: 'other',
} as const satisfies Record<string, CareKind>;

export type ModalityCode = keyof typeof modalityCatalogue;
export const modalityCodes = Object.keys(modalityCatalogue) as [ModalityCode, ...ModalityCode[]];

export function careKindOf(modality: ModalityCode): CareKind {
  return modalityCatalogue[modality];
}
