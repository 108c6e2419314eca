// The spec's codes as words a person reads: one table for the screen (src/web/words.ts re-exports
// these) and for paper (src/domain/documents). Each table is typed by the domain's code union, so a
// new code added to the vocabulary fails the type-check until it has a label here. Pure data.
import type { ModalityCode } from './records/modalities.ts';
import type { Referral } from './records/case-file.ts';
import type {
  BodyRegion, CheckpointOutcome, ConditionCategory, EpisodeStatus, FlagCode, FlareClassification, Irritability, Phase,
  RecommendationCode, SideStatus,
} from './records/vocabulary.ts';

export const phaseLabel: Record<Phase, string> = {
  screening: 'Screening',
  'establishing-response': 'Establishing response',
  'extending-window': 'Extending the window',
  blended: 'Blended care',
  'active-dominant': 'Active-dominant',
  graduated: 'Graduated',
};

export const sideStatusLabel: Record<SideStatus, string> = {
  'urgent-referral': 'Urgent referral',
  plateau: 'Plateau',
  'ongoing-care': 'Ongoing care',
  referred: 'Referred',
};

export const flagLabel: Record<FlagCode, string> = {
  'red-flag': 'Red flag',
  'flare-needs-reassessment': 'Flare: reassess',
  'plateau-no-decision': 'Plateau, no decision',
  'checkpoint-overdue': 'Checkpoint overdue',
  'ongoing-care-review-due': 'Ongoing-care review due',
  'passive-only': 'Passive only',
  'no-goals': 'No goals',
  'no-outcome-measures': 'No recent measures',
  'fear-avoidance': 'Fear-avoidance',
  'referral-overlap-open': 'Referral overlap open',
  deteriorating: 'Deteriorating',
  'graduated-still-attending': 'Graduated, still attending',
  'imaging-finding-open': 'Imaging finding open',
};

export const flareLabel: Record<FlareClassification, string> = {
  'expected-soreness': 'Expected soreness',
  normal: 'Normal flare',
  reassess: 'Flare to reassess',
  open: 'Flare under way',
};

export const recommendationLabel: Record<RecommendationCode, string> = {
  continue: 'Continue the plan',
  'extend-passive': 'Extend passive care',
  'introduce-active': 'Introduce active care',
  'shift-to-active': 'Shift toward active care',
  'check-adherence': 'Check adherence and dose',
  'adjust-program': 'Adjust the programme',
  'refer-advanced-rehab': 'Refer to advanced rehabilitation',
  'medical-re-evaluation': 'Medical re-evaluation',
  'urgent-medical-referral': 'Urgent medical referral',
  'declare-ongoing-care': 'Declare ongoing care',
  'review-ongoing-care': 'Review ongoing care',
  'psychologically-informed-care': 'Psychologically informed care',
  'sleep-assessment': 'Sleep assessment',
  graduate: 'Graduate',
  'regrade-irritability': 'Grade irritability again',
  'rescreen-red-flags': 'Re-screen red flags',
};

export const checkpointOutcomeLabel: Record<CheckpointOutcome, string> = {
  progressing: 'Progressing',
  'not-enough-data': 'Not enough data yet',
  unclear: 'No clear movement yet',
  'response-lost': 'Response lost',
  deteriorating: 'Deteriorating',
  flare: 'Flare',
  plateau: 'Plateau',
  'non-responder': 'Non-responder',
  'goal-met': 'Goal met',
  urgent: 'Urgent',
};

export const modalityLabel: Record<ModalityCode, string> = {
  'dry-needling': 'Dry needling',
  acupuncture: 'Acupuncture',
  'manual-therapy': 'Manual therapy',
  massage: 'Massage',
  'joint-mobilisation': 'Joint mobilisation',
  'spinal-manipulation': 'Spinal manipulation',
  heat: 'Heat',
  'corrective-exercise': 'Corrective exercise',
  'functional-stability': 'Functional stability',
  'progressive-loading': 'Progressive loading',
  'home-exercise-program': 'Home exercise programme',
  'graded-activity': 'Graded activity',
  'graded-exposure': 'Graded exposure',
  education: 'Education',
  'psychological-therapy': 'Psychological therapy',
  other: 'Other',
};

export const regionLabel: Record<BodyRegion, string> = {
  'low-back': 'Low back',
  neck: 'Neck',
  thoracic: 'Upper and mid back',
  shoulder: 'Shoulder',
  elbow: 'Elbow',
  'wrist-hand': 'Wrist and hand',
  hip: 'Hip',
  knee: 'Knee',
  'ankle-foot': 'Ankle and foot',
  other: 'Other',
};

export const conditionLabel: Record<ConditionCategory, string> = {
  'low-back-pain': 'Low back pain',
  sciatica: 'Sciatica',
  'neck-pain': 'Neck pain',
  'shoulder-pain': 'Shoulder pain',
  osteoarthritis: 'Osteoarthritis',
  'chronic-primary-pain': 'Chronic primary pain',
  'neuropathic-pain': 'Neuropathic pain',
  other: 'Other musculoskeletal pain',
};

export const episodeStatusLabel: Record<EpisodeStatus, string> = {
  active: 'Active',
  graduated: 'Graduated',
  referred: 'Referred',
  'ongoing-care': 'Ongoing care',
  discharged: 'Discharged',
};

export const irritabilityLabel: Record<Irritability, string> = { high: 'High', moderate: 'Moderate', low: 'Low' };

export const disciplineLabel: Record<Referral['to']['discipline'], string> = {
  'physical-therapy': 'Physical therapy',
  'advanced-rehabilitation': 'Advanced rehabilitation',
  physician: 'Physician',
  'pain-medicine': 'Pain medicine',
  psychology: 'Psychology',
  rheumatology: 'Rheumatology',
  'spine-surgery': 'Spine surgery',
  emergency: 'Emergency care',
  other: 'Other provider',
};

export const referralStatusLabel: Record<Referral['status'], string> = {
  proposed: 'Proposed', active: 'Active', completed: 'Completed', cancelled: 'Cancelled',
};
