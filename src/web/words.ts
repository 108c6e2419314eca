// The spec's codes as words on screen. The labels are the domain's one table (src/domain/labels.ts,
// pure data, shared with the printed documents); what only a screen needs (colours, the order of
// urgency, the red-flag questions as asked, the audit log's words) is here. Each table is typed by the
// domain's code union, so a new code added there fails the web type-check until it has an entry.
import type { AuditAction, FlagCode, FlareClassification, ModalityCode, Phase, RedFlagCode } from './client/types.ts';

export { flagLabel, flareLabel, modalityLabel, phaseLabel, recommendationLabel, sideStatusLabel } from '../domain/labels.ts';

/**
 * Background colours of the phase bands: light tints of the Okabe-Ito palette (chosen to stay apart
 * for the common colour-vision deficiencies), each with its own pattern in the chart as well
 * (timeline-chart.tsx), so no one has to tell the phases by colour alone. Light, so data stays readable.
 */
export const phaseColour: Record<Phase, string> = {
  screening: '#e4e4e4',
  'establishing-response': '#fbe0bc',
  'extending-window': '#cde6f6',
  blended: '#c6e9dc',
  'active-dominant': '#f4eaa6',
  graduated: '#ecd0e3',
};

/** Flags that need action first sort first. */
export const flagSeverity: Record<FlagCode, number> = {
  'red-flag': 0, 'flare-needs-reassessment': 1, deteriorating: 2, 'plateau-no-decision': 3, 'checkpoint-overdue': 4,
  'ongoing-care-review-due': 5, 'referral-overlap-open': 6, 'fear-avoidance': 7, 'passive-only': 8, 'no-goals': 9, 'no-outcome-measures': 10,
  'imaging-finding-open': 3, 'graduated-still-attending': 5,
};

export const flareColour: Record<FlareClassification, string> = {
  'expected-soreness': 'rgba(240, 180, 60, 0.22)',
  normal: 'rgba(230, 120, 40, 0.22)',
  reassess: 'rgba(200, 30, 30, 0.25)',
  open: 'rgba(150, 60, 160, 0.22)',
};

/** The strong colour of each flare class: a strip along the top of its shaded span. */
export const flareEdge: Record<FlareClassification, string> = {
  'expected-soreness': '#d59a00',
  normal: '#e06a1b',
  reassess: '#c62828',
  open: '#8e3fa0',
};

/** Passive or active (spec §2); mirrors src/domain/records/modalities.ts, checked by the type above. */
export const modalityKind: Record<ModalityCode, 'passive' | 'active' | 'other'> = {
  'dry-needling': 'passive', acupuncture: 'passive', 'manual-therapy': 'passive', massage: 'passive', 'joint-mobilisation': 'passive',
  'spinal-manipulation': 'passive', heat: 'passive', 'corrective-exercise': 'active', 'functional-stability': 'active',
  'progressive-loading': 'active', 'home-exercise-program': 'active', 'graded-activity': 'active', 'graded-exposure': 'active',
  education: 'other', 'psychological-therapy': 'other', other: 'other',
};

/** The red-flag screen as the clinician asks it: short wording of ours; the full item is in the domain. */
export const redFlagQuestion: Record<RedFlagCode, { question: string; tier: 'emergency' | 'urgent' | 'routine' | 'monitor' }> = {
  'cauda-equina-bladder-bowel': { tier: 'emergency', question: 'New or worse trouble with bladder or bowel, with back or leg pain' },
  'cauda-equina-saddle-sensory-change': { tier: 'emergency', question: 'Numbness or changed feeling in the saddle area' },
  'bilateral-leg-neurological-deficit': { tier: 'emergency', question: 'Weakness or numbness in both legs' },
  'new-sexual-dysfunction': { tier: 'emergency', question: 'New change in sexual function, with back or leg pain' },
  'cancer-with-neurological-signs': { tier: 'emergency', question: 'Known cancer with spinal pain and nerve symptoms' },
  'infection-signs': { tier: 'emergency', question: 'Spinal pain with fever, chills or nerve signs, and a risk factor for infection' },
  'major-trauma-or-fracture-with-deficit': { tier: 'emergency', question: 'Major injury, or a possible fracture with nerve signs' },
  'cervical-arterial-signs': { tier: 'emergency', question: 'Neck pain with dizziness, double vision, slurred speech or a new severe headache' },
  'cancer-history-metastatic-features': { tier: 'urgent', question: 'Known cancer with spinal pain that suggests spread (thoracic or neck pain, severe constant pain, night pain)' },
  'suspected-malignancy': { tier: 'urgent', question: 'Past cancer, weight loss without reason, lasting night pain, or no change after a month of care' },
  'suspected-osteoporotic-fracture': { tier: 'urgent', question: 'Sudden pain after a small injury with osteoporosis, long-term steroids or older age' },
  'axial-spondyloarthritis-features': { tier: 'routine', question: 'Long-lasting back pain starting before 45 with signs of inflammation (night waking, better with movement)' },
  'isolated-soft-flag': { tier: 'monitor', question: 'One soft sign alone (such as age over 50 or night pain) in otherwise mechanical pain' },
  'bilateral-leg-pain-normal-neurology': { tier: 'monitor', question: 'Pain in both legs with normal nerve tests' },
  'septic-joint': { tier: 'emergency', question: 'A hot, swollen, tender joint that came on over days, painful to move (fever or not)' },
  'fracture-after-injury': { tier: 'emergency', question: 'An injury, then unable to take four steps or use the arm, bone tenderness or deformity; or a fall with hip pain' },
  'deep-vein-thrombosis-signs': { tier: 'emergency', question: 'A swollen, painful calf or leg on one side (after surgery, a cast or bed rest, with cancer, or a past clot)' },
  'unreduced-dislocation': { tier: 'emergency', question: 'A shoulder that may still be out of joint' },
  'limb-neurological-deficit': { tier: 'emergency', question: 'Sudden marked weakness or loss of feeling in the arm or hand' },
  'referred-visceral-pain': { tier: 'emergency', question: 'Pain that may come from an organ: with chest pain, breathlessness, belly pain, a groin lump, or blood in the urine' },
  'giant-cell-arteritis-signs': { tier: 'emergency', question: 'New pain and stiffness in both shoulders with headaches or blurred vision' },
  'acute-traumatic-cuff-tear': { tier: 'urgent', question: 'Sudden shoulder weakness after an injury' },
  'bone-malignancy-features': { tier: 'urgent', question: 'Bone pain that grows, lasts or comes at night or rest; a new lump; past cancer or weight loss' },
  'inflammatory-arthritis-features': { tier: 'routine', question: 'Joint swelling that lasts without a known cause (small joints of hands or feet, several joints, or 3 months or more)' },
};

export const words = (code: string): string => code.replace(/-/g, ' ');

/** The audit log's actions as an admin reads them (typed by the store's list, so a new action needs words here). */
export const auditActionLabel: Record<AuditAction, string> = {
  read: 'Read',
  create: 'Created',
  update: 'Changed',
  'sign-in': 'Signed in',
  'sign-out': 'Signed out',
};

/** What kind of record an audit row is about; unknown kinds are shown in words. */
export const auditRecordLabel: Record<string, string> = {
  episode: 'Episode', patient: 'Patient', 'patient-list': 'Patient list', caseload: 'Caseload', outcomes: 'Clinic outcomes', user: 'User',
  'care-team': 'Care team', goal: 'Goal', session: 'Session', 'check-in': 'Check-in', flare: 'Flare', measure: 'Measure', checkpoint: 'Checkpoint',
  referral: 'Referral', 'check-in-read': 'Check-in note read', 'check-in-reads': 'Check-in notes read (list)', imaging: 'Imaging', document: 'Document',
};
