// The Threshold code system (https://threshold.local/fhir/CodeSystem/threshold): every code it
// defines, with a display and, where the display alone could mislead, a definition. It covers what
// neither LOINC nor SNOMED CT gives us a verified code for: the progression's own measures (relief
// window, goal ability, passive share), the spec's vocabulary (phases, flags, flare classes, ...)
// and the record fields' value lists. Codes are grouped by a prefix ("phase-blended"); the groups are
// typed against the domain's value lists, so a new phase or flag without a code here is a type error.
// Instrument score codes ("instrument-odi") and subscale codes ("subscale-start-back-distress") are
// derived from the instrument definitions in src/domain/measures, so they never drift from them.
import type { CodeSystem, CodeSystemConcept } from '@medplum/fhirtypes';
import {
  instruments, recommendationLabel, type CareKind, type CheckIn, type EpisodeStatus, type FlagCode, type FlareClassification,
  type ImagingReport, type InstrumentCode, type Intake, type IrritabilityRecord, type ModalityCode, type Phase,
  type RecommendationCode, type Referral, type SideStatus, type BodyRegion, type ConditionCategory, type Irritability, type DocumentKind,
} from '../domain/index.ts';
import type {
  exerciseDoneValues, flareCauses, morningAfterValues, MovementAssessment, MovementPattern, priorTreatmentKinds, priorTreatmentOutcomes,
} from '../domain/index.ts';
import { THRESHOLD_SYSTEM } from './systems.ts';

interface Entry { display: string; definition?: string }
type Entries<K extends string> = Record<K, string | Entry>;

function group<P extends string, K extends string>(prefix: P, entries: Entries<K>): Record<`${P}-${K}`, Entry> {
  return Object.fromEntries(
    Object.entries<string | Entry>(entries).map(([key, value]) => [`${prefix}-${key}`, typeof value === 'string' ? { display: value } : value]),
  ) as Record<`${P}-${K}`, Entry>;
}

/** Codes for the things Threshold observes or records that have no LOINC or SNOMED CT code we could verify. */
const recordCodes = {
  'relief-window': { display: 'Relief window', definition: 'Days of meaningful relief (less pain, easier goal activities) after a session before symptoms return; reported at the next session.' },
  'post-session-soreness': { display: 'Soreness after a session', definition: 'Peak soreness in the days after a session, 0 (none) to 10 (worst).' },
  'goal-ability': { display: 'Goal ability', definition: 'The patient\'s rating of a goal activity, 0 (cannot do it) to 10 (as before the problem), as in the Patient-Specific Functional Scale.' },
  'goal-capacity': { display: 'Goal capacity', definition: 'The measured amount of a goal activity (minutes, km, kg, ...).' },
  'passive-share': { display: 'Passive share', definition: 'Passive minutes divided by passive plus active minutes in a session, as a percentage.' },
  'relief-since-last-session': { display: 'Still better than before the last session', definition: 'Yes when the patient still feels the relief of the last session on the day of the check-in.' },
  'sleep-quality': { display: 'Sleep quality', definition: 'Last night\'s sleep, 0 (very poor) to 10 (very good).' },
  stress: { display: 'Stress', definition: 'Stress today, 0 (none) to 10 (extreme).' },
  'hep-adherence': { display: 'Home exercises done', definition: 'Whether the home exercise programme was done since the last check-in.' },
  irritability: { display: 'Irritability', definition: 'How easily symptoms are provoked and how long they take to settle, as confirmed by the clinician.' },
  'irritability-suggested': { display: 'Suggested irritability', definition: 'The grade Threshold suggests from the intake inputs; only the clinician\'s grade is used.' },
  'night-or-rest-pain': { display: 'Night or rest pain' },
  provocation: { display: 'Activity that provokes the symptoms', definition: 'How little activity it takes to bring the symptoms on.' },
  'settle-hours': { display: 'Hours to settle', definition: 'How long the symptoms take to settle once provoked.' },
  flare: { display: 'Flare', definition: 'A temporary rise in symptoms during a course of care, from its start to its end.' },
  'flare-peak': { display: 'Time of the flare\'s peak' },
  'flare-peak-pain': { display: 'Pain at the flare\'s peak', definition: '0 (none) to 10 (worst).' },
  'flare-cause': { display: 'Cause of the flare' },
  'flare-recorded-by': { display: 'Who recorded the flare' },
  'work-status': { display: 'Work status' },
  'care-expectations': { display: 'What the patient expects from care', definition: 'The patient\'s own words at intake.' },
  'treatment-session': { display: 'Treatment session' },
  intake: { display: 'Intake', definition: 'The first evaluation: goals, screens, irritability and baseline measures.' },
  'physical-examination': { display: 'Physical examination at intake' },
  'condition-education': { display: 'Education about the condition and the options', definition: 'When the condition and the care options were explained to the patient.' },
  'prior-treatment': { display: 'Treatment before this episode', definition: 'A treatment the patient had before this episode, as the patient reported it.' },
  checkpoint: { display: 'Checkpoint', definition: 'A defined evaluation point: where the patient stands against the start and the goals, and what comes next.' },
  'progression-plan': { display: 'Progression plan', definition: 'The plan of the episode: from the first relief window toward active care and graduation.' },
  'ongoing-care': { display: 'Ongoing care', definition: 'Care the clinician has declared will continue on purpose, with a reason and a review date.' },
  'care-team-lead': { display: 'Lead clinician of the care team' },
  // The active phase (spec §4b).
  'exercise-programme': { display: 'Exercise programme', definition: 'One version of the episode\'s exercise programme: the exercises, each with its dose and days a week, from a date, with who changed it and why.' },
  'exercise-log': { display: 'Exercise done', definition: 'The patient\'s log of one programme exercise on a day: done (yes, partly, no).' },
  exercise: { display: 'Exercise', definition: 'The exercise of the library the log or the assessment is about.' },
  'exercise-pain-during': { display: 'Pain during the exercise', definition: '0 (none) to 10 (worst); Silbernagel\'s pain-monitoring model.' },
  'exercise-morning-after': { display: 'The morning after the exercise', definition: 'How the patient felt the morning after a day of the exercise: better, same or worse.' },
  'movement-assessment': { display: 'Movement assessment', definition: 'The movement patterns rated at one time: quality, pain during and what was tolerated.' },
  'movement-quality': { display: 'Movement quality', definition: '0 unable, 1 with marked compensation, 2 with minor compensation, 3 well.' },
  'movement-pain-during': { display: 'Pain during the movement', definition: '0 (none) to 10 (worst).' },
  'movement-tolerated': { display: 'Load, repetitions, time or distance tolerated' },
  'movement-context': { display: 'Where the movement assessment was taken' },
} as const satisfies Record<string, Entry>;

const phaseCodes = group('phase', {
  screening: { display: 'Screening', definition: 'The intake is not complete yet.' },
  'establishing-response': { display: 'Establishing a response', definition: 'Early sessions: does a relief window appear at all?' },
  'extending-window': { display: 'Extending the window', definition: 'The relief window is growing from session to session.' },
  blended: { display: 'Blended care', definition: 'Active work has entered beside passive care.' },
  'active-dominant': { display: 'Active care leads', definition: 'Passive care is at or below its set share; active work leads and passive care is kept for flares.' },
  graduated: { display: 'Graduated', definition: 'Every goal reached and held at a later checkpoint.' },
} satisfies Entries<Phase>);

const sideStatusCodes = group('side-status', {
  'urgent-referral': { display: 'Urgent referral', definition: 'An emergency or urgent red flag is open; nothing else proceeds until a clinician clears it.' },
  plateau: { display: 'Plateau', definition: 'No meaningful movement toward the goals across several sessions and weeks, with nothing to explain it.' },
  'ongoing-care': { display: 'Ongoing care declared' },
  referred: { display: 'Referred on' },
} satisfies Entries<SideStatus>);

const flareClassCodes = group('flare-class', {
  'expected-soreness': { display: 'Expected soreness', definition: 'A short rise soon after a session in the early phases.' },
  normal: { display: 'Normal flare', definition: 'Settled quickly and left the patient at or above the earlier baseline.' },
  reassess: { display: 'Flare to reassess', definition: 'Lasted too long, or left the patient meaningfully below the earlier baseline.' },
  open: { display: 'Flare under way' },
} satisfies Entries<FlareClassification>);

const flagCodeEntries = group('flag', {
  'red-flag': 'Red flag not cleared',
  'flare-needs-reassessment': 'Flare needs reassessment',
  'plateau-no-decision': 'Plateau without a checkpoint decision',
  'checkpoint-overdue': 'Checkpoint overdue',
  'ongoing-care-review-due': 'Ongoing care review due',
  'passive-only': { display: 'Passive care only', definition: 'No active care after the set number of weeks while irritability is not high.' },
  'no-goals': 'No goals set',
  'no-outcome-measures': 'No recent outcome measure',
  'fear-avoidance': { display: 'Fear-avoidance signs', definition: 'High psychosocial risk, or an earlier treatment that made things worse.' },
  'referral-overlap-open': 'Referral handoff still open',
  deteriorating: { display: 'Deteriorating', definition: 'A goal or measure worse than at baseline by at least its minimal important change.' },
  'graduated-still-attending': { display: 'Graduated, still attending', definition: 'Goals met and held, or the phase graduated, while sessions go on.' },
  'imaging-finding-open': { display: 'Imaging finding open', definition: 'An imaging finding for the physician with no referral or decision recorded.' },
} satisfies Entries<FlagCode>);

// The displays are the domain's labels (src/domain/labels.ts): one wording on screen, on paper and in FHIR.
const recommendationCodeEntries = group('recommendation', recommendationLabel satisfies Entries<RecommendationCode>);

const episodeStatusCodes = group('episode-status', {
  active: 'Active', graduated: 'Graduated', referred: 'Referred on', 'ongoing-care': 'Ongoing care', discharged: 'Discharged',
} satisfies Entries<EpisodeStatus>);

const irritabilityCodes = group('irritability', {
  high: 'High irritability', moderate: 'Moderate irritability', low: 'Low irritability',
} satisfies Entries<Irritability>);

type IrritabilityInputs = NonNullable<IrritabilityRecord['inputs']>;
const nightPainCodes = group('night-pain', {
  none: 'No night or rest pain', intermittent: 'Intermittent night or rest pain', constant: 'Constant night or rest pain',
} satisfies Entries<IrritabilityInputs['nightOrRestPain']>);
const provocationCodes = group('provocation', {
  'minimal-activity': 'Provoked by minimal activity',
  'moderate-activity': 'Provoked by moderate activity',
  'sustained-or-heavy-activity': 'Provoked only by sustained or heavy activity',
} satisfies Entries<IrritabilityInputs['provocation']>);

const modalityCodeEntries = group('modality', {
  'dry-needling': 'Dry needling', acupuncture: 'Acupuncture', 'manual-therapy': 'Manual therapy', massage: 'Massage',
  'joint-mobilisation': 'Joint mobilisation', 'spinal-manipulation': 'Spinal manipulation', heat: 'Heat',
  'corrective-exercise': 'Corrective exercise', 'functional-stability': 'Functional stability training',
  'progressive-loading': 'Progressive loading', 'home-exercise-program': 'Home exercise programme',
  'graded-activity': 'Graded activity', 'graded-exposure': 'Graded exposure', education: 'Education',
  'psychological-therapy': 'Psychological therapy', other: 'Other',
} satisfies Entries<ModalityCode>);

const careKindCodes = group('care-kind', {
  passive: { display: 'Passive care', definition: 'Treatment done to the patient; it raises the symptom threshold.' },
  active: { display: 'Active care', definition: 'Work done by the patient; it builds load capacity.' },
  other: { display: 'Neither passive nor active', definition: 'Time that counts toward neither side of the passive share (education, ...).' },
} satisfies Entries<CareKind>);

const priorKindCodes = group('prior', {
  'exercise-program': 'Exercise programme', physiotherapy: 'Physiotherapy', 'graded-activity': 'Graded activity',
  'manual-therapy': 'Manual therapy', chiropractic: 'Chiropractic care', massage: 'Massage', acupuncture: 'Acupuncture',
  'dry-needling': 'Dry needling', medication: 'Medication', injection: 'Injection', surgery: 'Surgery',
  'psychological-therapy': 'Psychological therapy', other: 'Other treatment',
} satisfies Entries<(typeof priorTreatmentKinds)[number]>);

const priorOutcomeCodes = group('prior-outcome', {
  helped: 'Helped', 'no-change': 'No change', 'made-worse': 'Made things worse', flare: 'Brought on a flare',
} satisfies Entries<(typeof priorTreatmentOutcomes)[number]>);

const regionCodes = group('region', {
  'low-back': 'Low back', neck: 'Neck', thoracic: 'Mid back (thoracic)', shoulder: 'Shoulder', elbow: 'Elbow',
  'wrist-hand': 'Wrist and hand', hip: 'Hip', knee: 'Knee', 'ankle-foot': 'Ankle and foot', other: 'Other region',
} satisfies Entries<BodyRegion>);

const conditionCodes = group('condition', {
  'low-back-pain': 'Low back pain', sciatica: 'Sciatica', 'neck-pain': 'Neck pain', 'shoulder-pain': 'Shoulder pain',
  osteoarthritis: 'Osteoarthritis', 'chronic-primary-pain': 'Chronic primary pain', 'neuropathic-pain': 'Neuropathic pain',
  other: 'Other musculoskeletal pain',
} satisfies Entries<ConditionCategory>);

const imagingModalityCodes = group('imaging', {
  mri: 'MRI report', ct: 'CT report', 'x-ray': 'X-ray report', ultrasound: 'Ultrasound report', other: 'Imaging report',
} satisfies Entries<ImagingReport['modality']>);

const imagingIndicationCodes = group('imaging-indication', {
  'serious-pathology-suspected': 'Ordered because serious pathology was suspected',
  'poor-response-to-care': 'Ordered after a poor response to care',
  'would-change-management': 'Ordered because the result would change management',
  'none-recorded': 'No reason recorded',
} satisfies Entries<ImagingReport['indication']>);

const disciplineCodes = group('discipline', {
  'physical-therapy': 'Physical therapy', 'advanced-rehabilitation': 'Advanced rehabilitation', physician: 'Physician',
  'pain-medicine': 'Pain medicine', psychology: 'Psychology', rheumatology: 'Rheumatology', 'spine-surgery': 'Spine surgery',
  emergency: 'Emergency care', other: 'Other provider',
} satisfies Entries<Referral['to']['discipline']>);

const workStatusCodes = group('work-status', {
  working: 'Working', 'modified-duties': 'Working on modified duties', 'off-work': 'Off work', 'not-applicable': 'Not applicable',
} satisfies Entries<NonNullable<Intake['workStatus']>>);

const hepCodes = group('hep', {
  yes: 'Home exercises done', partly: 'Home exercises partly done', no: 'Home exercises not done',
} satisfies Entries<NonNullable<CheckIn['hep']>>);

const flareCauseCodes = group('flare-cause', {
  'new-load': 'New load', 'technique-change': 'Change of technique', 'life-event': 'Life event', unknown: 'Cause unknown',
} satisfies Entries<(typeof flareCauses)[number]>);

const exerciseDoneCodes = group('exercise-done', {
  yes: 'Exercise done', partly: 'Exercise partly done', no: 'Exercise not done',
} satisfies Entries<(typeof exerciseDoneValues)[number]>);

const morningAfterCodes = group('morning-after', {
  better: 'Better the morning after', same: 'The same the morning after', worse: 'Worse the morning after',
} satisfies Entries<(typeof morningAfterValues)[number]>);

const movementPatternCodes = group('movement', {
  hinge: 'Hinge', squat: 'Squat', lunge: 'Lunge', push: 'Push', pull: 'Pull', carry: 'Carry', walking: 'Walking',
  sitting: 'Sustained sitting', standing: 'Sustained standing',
} satisfies Entries<MovementPattern>);

const movementContextCodes = group('movement-context', {
  intake: 'Taken at intake', checkpoint: 'Taken at a checkpoint', session: 'Taken at a session', other: 'Taken at another time',
} satisfies Entries<MovementAssessment['context']>);

const recordedByCodes = group('recorded-by', {
  patient: 'Recorded by the patient', clinician: 'Recorded by a clinician',
} satisfies Entries<'patient' | 'clinician'>);

const documentCodes = group('document', {
  'progress-report': { display: 'Progress report', definition: 'Goals, measures against their minimal important change, the timeline, phases, flares and the last checkpoint, for the payer.' },
  'referral-letter': { display: 'Referral letter', definition: 'To the next provider: why, what was achieved, what the data says, the overlap plan, red flags and imaging.' },
  'graduation-summary': { display: 'Graduation summary', definition: 'For the patient at graduation, in plain words: the goals reached, the self-management programme and the flare plan.' },
} satisfies Entries<DocumentKind>);

const instrumentCodeEntries = group('instrument', Object.fromEntries(
  Object.values(instruments).map((definition) => [definition.code, { display: `${definition.name} score` }]),
) as Record<InstrumentCode, Entry>);

/** Subscale codes, "subscale-<instrument>-<key>", from the instrument definitions. */
const subscaleEntries: Record<string, Entry> = Object.fromEntries(
  Object.values(instruments).flatMap((definition) => definition.subscales.map((subscale) => [
    `subscale-${definition.code}-${subscale.key}`, { display: `${definition.name}: ${subscale.name}` },
  ])),
);

export const thresholdConcepts = {
  ...recordCodes, ...phaseCodes, ...sideStatusCodes, ...flareClassCodes, ...flagCodeEntries, ...recommendationCodeEntries,
  ...episodeStatusCodes, ...irritabilityCodes, ...nightPainCodes, ...provocationCodes, ...modalityCodeEntries,
  ...careKindCodes, ...priorKindCodes, ...priorOutcomeCodes, ...regionCodes, ...conditionCodes, ...imagingModalityCodes,
  ...imagingIndicationCodes, ...disciplineCodes, ...workStatusCodes, ...hepCodes, ...flareCauseCodes, ...recordedByCodes,
  ...documentCodes, ...instrumentCodeEntries, ...exerciseDoneCodes, ...morningAfterCodes, ...movementPatternCodes, ...movementContextCodes,
};

export type ThresholdCode = keyof typeof thresholdConcepts;

/** The display of a Threshold code, subscale codes included; undefined for a code the system does not define. */
export function thresholdDisplay(code: string): string | undefined {
  if (Object.hasOwn(thresholdConcepts, code)) return thresholdConcepts[code as ThresholdCode].display;
  return subscaleEntries[code]?.display;
}

/** The subscale code of an instrument's subscale, or undefined when the definition has no such subscale. */
export function subscaleCode(instrument: InstrumentCode, key: string): string | undefined {
  const code = `subscale-${instrument}-${key}`;
  return Object.hasOwn(subscaleEntries, code) ? code : undefined;
}

/** The whole code system as a FHIR CodeSystem resource, to serve and to document every code. */
export function thresholdCodeSystem(): CodeSystem {
  const all: [string, Entry][] = [...Object.entries<Entry>(thresholdConcepts), ...Object.entries(subscaleEntries)];
  const concept: CodeSystemConcept[] = all.map(([code, entry]) => ({
    code, display: entry.display, ...(entry.definition === undefined ? {} : { definition: entry.definition }),
  }));
  return {
    resourceType: 'CodeSystem',
    id: 'threshold',
    url: THRESHOLD_SYSTEM,
    name: 'Threshold',
    title: 'Threshold codes for chronic musculoskeletal pain progression',
    status: 'draft',
    experimental: false,
    description: 'Codes for what Threshold records and concludes where no verified LOINC or SNOMED CT code exists: the '
      + 'progression\'s measures, its phases, flags and flare classes, and the value lists of its records.',
    caseSensitive: true,
    content: 'complete',
    count: concept.length,
    concept,
  };
}
