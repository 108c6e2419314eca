// The spec's codes as words on screen. The labels of the engine's codes are the domain's one table
// (src/domain/labels.ts, pure data, shared with the printed documents); what only a screen needs
// (colours, the order of urgency, the intake's and audit log's words) is here. Each table is typed by
// the domain's code union, so a code added there fails the web type-check until it has words. No page
// shows a code (or turns one into words by replacing its dashes): it looks it up here. The red-flag
// items' own questions come from the API (the domain's list), so they are not repeated here.
import type {
  AuditAction, CheckIn, DegenerativeFindingKey, Flare, FlagCode, FlareClassification, Goal, ImagingReport, ModalityCode, Patient, Phase,
  PriorTreatment, PsychosocialRisk, RedFlagTier,
} from './client/types.ts';

export {
  checkpointOutcomeLabel, conditionLabel, disciplineLabel, episodeStatusLabel, flagLabel, flareLabel, irritabilityLabel, modalityLabel, phaseLabel,
  recommendationLabel, referralStatusLabel, regionLabel, sideStatusLabel,
} from '../domain/labels.ts';

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

export const sexLabel: Record<Patient['sex'], string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not recorded' };

export const priorTreatmentLabel: Record<PriorTreatment['kind'], string> = {
  'exercise-program': 'Exercise programme', physiotherapy: 'Physiotherapy', 'graded-activity': 'Graded activity', 'manual-therapy': 'Manual therapy',
  chiropractic: 'Chiropractic', massage: 'Massage', acupuncture: 'Acupuncture', 'dry-needling': 'Dry needling', medication: 'Medication',
  injection: 'Injection', surgery: 'Surgery', 'psychological-therapy': 'Psychological therapy', other: 'Other',
};

export const priorOutcomeLabel: Record<PriorTreatment['outcome'], string> = {
  helped: 'Helped', 'no-change': 'No change', 'made-worse': 'Made it worse', flare: 'Brought on a flare',
};

export const redFlagTierLabel: Record<RedFlagTier, string> = {
  emergency: 'Emergency', urgent: 'Urgent', routine: 'Refer (routine)', monitor: 'Monitor',
};

export const imagingModalityLabel: Record<ImagingReport['modality'], string> = { mri: 'MRI', ct: 'CT', 'x-ray': 'X-ray', ultrasound: 'Ultrasound', other: 'Other scan' };

export const imagingFindingLabel: Record<DegenerativeFindingKey, string> = {
  'disc-degeneration': 'Disc degeneration', 'disc-signal-loss': 'Disc signal loss', 'disc-height-loss': 'Disc height loss', 'disc-bulge': 'Disc bulge',
  'disc-protrusion': 'Disc protrusion', 'annular-fissure': 'Annular fissure', 'facet-degeneration': 'Facet joint degeneration', spondylolisthesis: 'Spondylolisthesis',
};

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
  'irritability-grade': 'Irritability grade', 'audit-log': 'Audit log', 'patient-overview': 'Patient overview', 'episode-overview': 'Episode overview',
};
