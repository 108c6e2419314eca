// The terminology systems, identifier systems and extension URLs the FHIR mapping uses, in one place.
// Codes are LOINC for measures where the clinical reference (or a named secondary source) gives one,
// SNOMED CT only where a published HL7 value set shows the concept, and the Threshold code system
// (threshold-code-system.ts) for everything else (spec §6).

export const THRESHOLD_BASE = 'https://threshold.local/fhir';
/** The one Threshold code system; every code it defines is listed in threshold-code-system.ts. */
export const THRESHOLD_SYSTEM = `${THRESHOLD_BASE}/CodeSystem/threshold`;
/** Identifier system carrying a record's own id from the case file (session "s1", goal "walk", ...). */
export const RECORD_ID_SYSTEM = `${THRESHOLD_BASE}/NamingSystem/record-id`;
/** Canonical base of the questionnaires Threshold's forms and instruments follow (not served yet). */
export const QUESTIONNAIRE_BASE = `${THRESHOLD_BASE}/Questionnaire`;
/**
 * Exercises of the library, by their id (spec §4b): the built-in ones, and a clinic's own under the
 * ids the clinic gave them (whose definition travels with the programme, EXT.clinicExercise).
 */
export const EXERCISE_SYSTEM = `${THRESHOLD_BASE}/CodeSystem/exercise`;
/** The default base of fullUrls when no clinic base URL is given. */
export const DEFAULT_FHIR_BASE = `${THRESHOLD_BASE}/R4`;

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const GOAL_ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const DIAGNOSTIC_SERVICE_SECTION = 'http://terminology.hl7.org/CodeSystem/v2-0074';
export const DATA_ABSENT_REASON = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';
export const FLAG_CATEGORY = 'http://terminology.hl7.org/CodeSystem/flag-category';
export const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';

/**
 * Extensions Threshold defines, for record fields that FHIR R4 has no element for. Each says which
 * case-file field it carries, so the import direction can read it back.
 */
export const EXT = {
  /** EpisodeOfCare: the Threshold episode status (active, graduated, referred, ongoing-care, discharged); valueCoding. */
  episodeStatus: `${THRESHOLD_BASE}/StructureDefinition/episode-status`,
  /** Condition: episode.painDurationMonths; valueDuration in months. */
  painDuration: `${THRESHOLD_BASE}/StructureDefinition/pain-duration`,
  /** Goal: goals[].baseline; valueQuantity in the goal's unit. */
  goalBaseline: `${THRESHOLD_BASE}/StructureDefinition/goal-baseline`,
  /** Observation: goals[].ratings[].source (intake, session, check-in, checkpoint); valueCode. */
  ratingSource: `${THRESHOLD_BASE}/StructureDefinition/rating-source`,
  /** Encounter: sessions[].notes; valueString (R4 Encounter has no note element). */
  sessionNote: `${THRESHOLD_BASE}/StructureDefinition/session-note`,
  /** Procedure: sessions[].modalities[].minutes; valueDuration in minutes. */
  minutes: `${THRESHOLD_BASE}/StructureDefinition/minutes`,
  /** Procedure: intake.priorTreatments[].durationWeeks; valueDuration in weeks. */
  durationWeeks: `${THRESHOLD_BASE}/StructureDefinition/duration-weeks`,
  /** DiagnosticReport: intake.imaging[].region; valueCoding (R4 DiagnosticReport has no body site). */
  bodyRegion: `${THRESHOLD_BASE}/StructureDefinition/body-region`,
  /** DiagnosticReport: intake.imaging[].indication (why it was ordered); valueCoding. */
  imagingIndication: `${THRESHOLD_BASE}/StructureDefinition/imaging-indication`,
  /** ClinicalImpression: checkpoints[].decision.code; valueCoding. */
  checkpointDecision: `${THRESHOLD_BASE}/StructureDefinition/checkpoint-decision`,
  /** ClinicalImpression: checkpoints[].assessment, the assessment kept as it was; valueAttachment (JSON). */
  checkpointAssessment: `${THRESHOLD_BASE}/StructureDefinition/checkpoint-assessment`,
  /** CarePlan (ongoing care): ongoingCare.reviewOn; valueDate. */
  reviewDate: `${THRESHOLD_BASE}/StructureDefinition/review-date`,
  /** ClinicalImpression: checkpoints[].settingsVersion, the clinic settings version its assessment ran on; valueInteger. */
  settingsVersion: `${THRESHOLD_BASE}/StructureDefinition/settings-version`,
  /** QuestionnaireResponse (check-in): checkIns[].receivedAt, when the server received it (authored is when the patient made it); valueDateTime. */
  receivedAt: `${THRESHOLD_BASE}/StructureDefinition/received-at`,
  /** Observation (irritability graded after intake): irritabilityGrades[].context (session, checkpoint, other); valueCode. Marks the Observation as a later grade. */
  irritabilityContext: `${THRESHOLD_BASE}/StructureDefinition/irritability-context`,
  /** Observation (irritability graded after intake): irritabilityGrades[].contextId, the session or checkpoint record it was graded at; valueString. */
  irritabilityContextId: `${THRESHOLD_BASE}/StructureDefinition/irritability-context-id`,
  /** Goal: goals[].patterns, the movement patterns it depends on; valueCoding (Threshold movement-*), repeated. */
  goalPattern: `${THRESHOLD_BASE}/StructureDefinition/goal-pattern`,
  /** CarePlan activity detail: the programme item's dose; sub-extensions sets, reps, seconds, minutes, metres, loadKg. */
  exerciseDose: `${THRESHOLD_BASE}/StructureDefinition/exercise-dose`,
  /** CarePlan activity detail: a clinic's own exercise, its whole definition as JSON; valueAttachment. */
  clinicExercise: `${THRESHOLD_BASE}/StructureDefinition/clinic-exercise`,
} as const;

/** UCUM units used for quantities. */
export const UNITS = {
  days: { unit: 'days', code: 'd' },
  hours: { unit: 'hours', code: 'h' },
  minutes: { unit: 'minutes', code: 'min' },
  weeks: { unit: 'weeks', code: 'wk' },
  seconds: { unit: 'seconds', code: 's' },
  months: { unit: 'months', code: 'mo' },
  km: { unit: 'km', code: 'km' },
  metres: { unit: 'metres', code: 'm' },
  kg: { unit: 'kg', code: 'kg' },
  repetitions: { unit: 'repetitions', code: '{repetitions}' },
  steps: { unit: 'steps', code: '{steps}' },
  score: { unit: 'score', code: '{score}' },
  percent: { unit: '%', code: '%' },
} as const;
export type UnitKey = keyof typeof UNITS;
