// The one label table: every code a person reads on screen, in words. Each table is typed by the
// domain's code union, so a code added there fails the web type-check until it has words here. No
// page shows a code (or turns one into words by replacing its dashes): it looks it up here. The
// red-flag items' own questions come from the API (the domain's list), so they are not repeated here.
import type {
  BodyRegion, CheckpointOutcome, ConditionCategory, DegenerativeFindingKey, EpisodeStatus, FlagCode, FlareClassification, ImagingReport, Irritability,
  ModalityCode, Patient, Phase, PriorTreatment, PsychosocialRisk, RecommendationCode, RedFlagTier, Referral, SideStatus, Flare, CheckIn, Goal,
} from './client/types.ts';

export const phaseLabel: Record<Phase, string> = {
  screening: 'Screening',
  'establishing-response': 'Establishing response',
  'extending-window': 'Extending the window',
  blended: 'Blended care',
  'active-dominant': 'Active-dominant',
  graduated: 'Graduated',
};

/** Background colours of the phase bands (light, so data on top stays readable). */
export const phaseColour: Record<Phase, string> = {
  screening: '#eef0f3',
  'establishing-response': '#fdf3e1',
  'extending-window': '#e8f3fb',
  blended: '#eaf6ec',
  'active-dominant': '#dff1e6',
  graduated: '#e9e6f7',
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

/** Flags that need action first sort first. */
export const flagSeverity: Record<FlagCode, number> = {
  'red-flag': 0, 'flare-needs-reassessment': 1, deteriorating: 2, 'plateau-no-decision': 3, 'checkpoint-overdue': 4,
  'ongoing-care-review-due': 5, 'referral-overlap-open': 6, 'fear-avoidance': 7, 'passive-only': 8, 'no-goals': 9, 'no-outcome-measures': 10,
  'imaging-finding-open': 3, 'graduated-still-attending': 5,
};

export const flareLabel: Record<FlareClassification, string> = {
  'expected-soreness': 'Expected soreness',
  normal: 'Normal flare',
  reassess: 'Flare to reassess',
  open: 'Flare under way',
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

/** Passive or active (spec §2); mirrors src/domain/records/modalities.ts, checked by the type above. */
export const modalityKind: Record<ModalityCode, 'passive' | 'active' | 'other'> = {
  'dry-needling': 'passive', acupuncture: 'passive', 'manual-therapy': 'passive', massage: 'passive', 'joint-mobilisation': 'passive',
  'spinal-manipulation': 'passive', heat: 'passive', 'corrective-exercise': 'active', 'functional-stability': 'active',
  'progressive-loading': 'active', 'home-exercise-program': 'active', 'graded-activity': 'active', 'graded-exposure': 'active',
  education: 'other', 'psychological-therapy': 'other', other: 'other',
};

export const checkpointOutcomeLabel: Record<CheckpointOutcome, string> = {
  progressing: 'Progressing',
  'not-enough-data': 'Not enough data yet',
  unclear: 'No clear movement yet',
  'response-lost': 'Response lost',
  deteriorating: 'Deteriorating',
  flare: 'Flare',
  plateau: 'Plateau',
  'non-responder': 'No response to this care',
  'goal-met': 'Goals met',
  urgent: 'Urgent: refer now',
};

export const episodeStatusLabel: Record<EpisodeStatus, string> = {
  active: 'In care',
  graduated: 'Graduated',
  referred: 'Referred',
  'ongoing-care': 'Ongoing care',
  discharged: 'Discharged',
};

export const regionLabel: Record<BodyRegion, string> = {
  'low-back': 'Low back', neck: 'Neck', thoracic: 'Upper back (thoracic)', shoulder: 'Shoulder', elbow: 'Elbow', 'wrist-hand': 'Wrist and hand',
  hip: 'Hip', knee: 'Knee', 'ankle-foot': 'Ankle and foot', other: 'Other',
};

export const conditionLabel: Record<ConditionCategory, string> = {
  'low-back-pain': 'Low back pain', sciatica: 'Sciatica', 'neck-pain': 'Neck pain', 'shoulder-pain': 'Shoulder pain', osteoarthritis: 'Osteoarthritis',
  'chronic-primary-pain': 'Chronic primary pain', 'neuropathic-pain': 'Neuropathic pain', other: 'Other',
};

export const sexLabel: Record<Patient['sex'], string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not recorded' };

export const priorTreatmentLabel: Record<PriorTreatment['kind'], string> = {
  'exercise-program': 'Exercise programme', physiotherapy: 'Physiotherapy', 'graded-activity': 'Graded activity', 'manual-therapy': 'Manual therapy',
  chiropractic: 'Chiropractic', massage: 'Massage', acupuncture: 'Acupuncture', 'dry-needling': 'Dry needling', medication: 'Medication',
  injection: 'Injection', surgery: 'Surgery', 'psychological-therapy': 'Psychological therapy', other: 'Other',
};

export const priorOutcomeLabel: Record<PriorTreatment['outcome'], string> = {
  helped: 'Helped', 'no-change': 'No change', 'made-worse': 'Made it worse', flare: 'Brought on a flare',
};

export const disciplineLabel: Record<Referral['to']['discipline'], string> = {
  'physical-therapy': 'Physical therapy', 'advanced-rehabilitation': 'Advanced rehabilitation', physician: 'Physician', 'pain-medicine': 'Pain medicine',
  psychology: 'Psychology', rheumatology: 'Rheumatology', 'spine-surgery': 'Spine surgery', emergency: 'Emergency department', other: 'Other',
};

export const referralStatusLabel: Record<Referral['status'], string> = {
  proposed: 'Proposed', active: 'Active (overlap running)', completed: 'Handed over', cancelled: 'Cancelled',
};

export const redFlagTierLabel: Record<RedFlagTier, string> = {
  emergency: 'Emergency', urgent: 'Urgent', routine: 'Refer (routine)', monitor: 'Monitor',
};

export const imagingModalityLabel: Record<ImagingReport['modality'], string> = { mri: 'MRI', ct: 'CT', 'x-ray': 'X-ray', ultrasound: 'Ultrasound', other: 'Other scan' };

export const imagingFindingLabel: Record<DegenerativeFindingKey, string> = {
  'disc-degeneration': 'Disc degeneration', 'disc-signal-loss': 'Disc signal loss', 'disc-height-loss': 'Disc height loss', 'disc-bulge': 'Disc bulge',
  'disc-protrusion': 'Disc protrusion', 'annular-fissure': 'Annular fissure', 'facet-degeneration': 'Facet joint degeneration', spondylolisthesis: 'Spondylolisthesis',
};

export const irritabilityLabel: Record<Irritability, string> = { high: 'High', moderate: 'Moderate', low: 'Low' };

export const psychosocialRiskLabel: Record<PsychosocialRisk, string> = { low: 'Low', medium: 'Medium', high: 'High', unknown: 'Not screened yet' };

export const reliefTrendLabel: Record<'growing' | 'stable' | 'shrinking' | 'unknown', string> = {
  growing: 'Growing', stable: 'Steady', shrinking: 'Shrinking', unknown: 'Not known yet',
};

export const flareCauseLabel: Record<Flare['cause'], string> = { 'new-load': 'New load', 'technique-change': 'Change of technique', 'life-event': 'Life event', unknown: 'Not known' };

export const hepLabel: Record<NonNullable<CheckIn['hep']>, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

type CapacityUnit = Extract<Goal['measure'], { kind: 'capacity' }>['unit'];
export const unitLabel: Record<CapacityUnit, string> = { minutes: 'minutes', hours: 'hours', km: 'km', metres: 'metres', kg: 'kg', repetitions: 'repetitions', steps: 'steps' };

export const irritabilityInputLabel = {
  nightOrRestPain: { none: 'None', intermittent: 'Some of the time', constant: 'Constant' },
  provocation: { 'minimal-activity': 'Minimal activity', 'moderate-activity': 'Moderate activity', 'sustained-or-heavy-activity': 'Sustained or heavy activity' },
} as const;

/** A code's words from a table, for codes typed only as strings (caseload rows, stored summaries). */
export function labelOf<T extends string>(table: Record<T, string>, code: string): string {
  return (table as Record<string, string>)[code] ?? code;
}
