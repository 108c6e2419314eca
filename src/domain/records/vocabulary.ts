// The spec's words as code (spec §2 and §4). Engine, API, UI and FHIR all use these exact codes.

export const phases = [
  'screening',
  'establishing-response',
  'extending-window',
  'blended',
  'active-dominant',
  'graduated',
] as const;
export type Phase = (typeof phases)[number];

/**
 * Statuses that sit beside the phase (spec §4). `urgent-referral`: an open emergency or urgent red
 * flag; the phase stays screening and nothing else proceeds until a clinician clears it.
 */
export const sideStatuses = ['urgent-referral', 'plateau', 'ongoing-care', 'referred'] as const;
export type SideStatus = (typeof sideStatuses)[number];

export const flareClassifications = ['expected-soreness', 'normal', 'reassess', 'open'] as const;
export type FlareClassification = (typeof flareClassifications)[number];

/**
 * What a checkpoint held today would find (spec §4, §4a.4, §4c.2). `progressing` only with evidence
 * of progress; `not-enough-data` when too few records to judge; `unclear` when the trend is flat but
 * too uncertain to call; `response-lost` when a relief window that had appeared is gone.
 */
export const checkpointOutcomes = [
  'progressing', 'not-enough-data', 'unclear', 'response-lost', 'deteriorating', 'flare', 'plateau', 'non-responder', 'goal-met', 'urgent',
] as const;
export type CheckpointOutcome = (typeof checkpointOutcomes)[number];

export const recommendationCodes = [
  'continue',
  'extend-passive',
  'introduce-active',
  'shift-to-active',
  'check-adherence',
  'adjust-program',
  'refer-advanced-rehab',
  'medical-re-evaluation',
  'urgent-medical-referral',
  'declare-ongoing-care',
  'review-ongoing-care',
  'psychologically-informed-care',
  'sleep-assessment',
  'graduate',
  // Revision 2 (spec §4a.1, §4c.5): grade irritability again; re-screen red flags for new or changed symptoms.
  'regrade-irritability',
  'rescreen-red-flags',
] as const;
export type RecommendationCode = (typeof recommendationCodes)[number];

export const flagCodes = [
  'red-flag',
  'flare-needs-reassessment',
  'plateau-no-decision',
  'checkpoint-overdue',
  'ongoing-care-review-due',
  'passive-only',
  'no-goals',
  'no-outcome-measures',
  'fear-avoidance',
  'referral-overlap-open',
  'deteriorating',
  // Revision 2 (spec §4c.6): care simply continuing after graduation; a finding for the physician left open.
  'graduated-still-attending',
  'imaging-finding-open',
] as const;
export type FlagCode = (typeof flagCodes)[number];

export const irritabilityGrades = ['high', 'moderate', 'low'] as const;
export type Irritability = (typeof irritabilityGrades)[number];

export const episodeStatuses = ['active', 'graduated', 'referred', 'ongoing-care', 'discharged'] as const;
export type EpisodeStatus = (typeof episodeStatuses)[number];

export const bodyRegions = [
  'low-back', 'neck', 'thoracic', 'shoulder', 'elbow', 'wrist-hand', 'hip', 'knee', 'ankle-foot', 'other',
] as const;
export type BodyRegion = (typeof bodyRegions)[number];

/** Condition categories key the treatment-evidence catalogue: guidelines differ by population (reference §11). */
export const conditionCategories = [
  'low-back-pain', 'sciatica', 'neck-pain', 'shoulder-pain', 'osteoarthritis', 'chronic-primary-pain', 'neuropathic-pain', 'other',
] as const;
export type ConditionCategory = (typeof conditionCategories)[number];
