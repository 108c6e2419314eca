// The case file: one episode of care with everything the engine reads (spec §3, §6). This zod
// schema is the single source of truth: TypeScript types, validation, schema/case.schema.json and
// the API's documentation all come from it. Cross-record rules (a finding must name a known goal,
// a flare cannot end before it starts, ...) are checked here too, so a case that parses is whole.
import { z } from 'zod';
import { redFlagCodes } from '../screens/red-flag-items.ts';
import { instant } from '../time.ts';
import { isBuiltInExercise } from '../exercises/library.ts';
import {
  exerciseLogEntrySchema, exerciseSchema, morningAfterSchema, movementAssessmentSchema, movementPatterns, programmeVersionSchema,
} from './active-phase.ts';
import { instrumentCodes } from './instrument-codes.ts';
import { modalityCodes } from './modalities.ts';
import { removalSchema } from './removal.ts';
import {
  dateOrDateTimeSchema, idSchema, isoDateSchema, isStorableJson, isoDateTimeSchema, listSchema, noteSchema, textSchema, zeroToTenSchema,
} from './primitives.ts';
import {
  bodyRegions, conditionCategories, episodeStatuses, irritabilityGrades, recommendationCodes,
} from './vocabulary.ts';

export const patientSchema = z.object({
  id: idSchema.optional(),
  name: textSchema({ min: 1, max: 200 }).optional(),
  birthDate: isoDateSchema.describe('For age context of imaging findings'),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  contact: textSchema({ max: 200 }).optional(),
});

export const episodeSchema = z.object({
  id: idSchema.optional(),
  startDate: isoDateSchema,
  status: z.enum(episodeStatuses).default('active'),
  regions: z.array(z.enum(bodyRegions)).min(1).max(bodyRegions.length),
  condition: z.enum(conditionCategories).default('other'),
  complaint: textSchema({ max: 500 }).optional(),
  painDurationMonths: z.number().min(0).max(1200).optional(),
  expectations: noteSchema.optional(),
});

export const priorTreatmentKinds = [
  'exercise-program', 'physiotherapy', 'graded-activity', 'manual-therapy', 'chiropractic', 'massage',
  'acupuncture', 'dry-needling', 'medication', 'injection', 'surgery', 'psychological-therapy', 'other',
] as const;
export const priorTreatmentOutcomes = ['helped', 'no-change', 'made-worse', 'flare'] as const;

export const priorTreatmentSchema = z.object({
  kind: z.enum(priorTreatmentKinds),
  started: isoDateSchema.optional(),
  durationWeeks: z.number().min(0).max(520).optional(),
  outcome: z.enum(priorTreatmentOutcomes),
  note: noteSchema.optional(),
});

export const redFlagScreenStatuses = ['done', 'not-done'] as const;

/**
 * The red-flag screen. `done`: every item asked for the episode's regions was answered present or
 * absent (the API refuses a done screen with an item left out; older case files with fewer answers
 * still parse). `not-done`: the screen was not carried out, with the reason; the engine then treats
 * the patient as not screened, so a screen nobody did can never read as a negative one.
 */
export const redFlagScreenSchema = z.object({
  date: isoDateSchema,
  status: z.enum(redFlagScreenStatuses).default('done').describe('"not-done": the screen was not carried out (say why in notDoneReason); the patient counts as not screened'),
  notDoneReason: textSchema({ min: 1, max: 2000 }).optional().describe('Why the screen was not done (only with status "not-done")'),
  answers: listSchema(z.object({ item: z.enum(redFlagCodes), present: z.boolean(), note: noteSchema.optional() })),
  clearance: z
    .object({ date: isoDateSchema, by: textSchema({ min: 1, max: 200 }), reason: textSchema({ min: 1, max: 2000 }) })
    .optional()
    .describe('A clinician who has reviewed the positive answers and judged that care may proceed'),
}).superRefine((screen, ctx) => {
  if (screen.status === 'not-done' && screen.notDoneReason === undefined) {
    ctx.addIssue({ code: 'custom', path: ['notDoneReason'], message: 'say why the screen was not done' });
  }
  if (screen.status === 'done' && screen.notDoneReason !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['notDoneReason'], message: 'only a screen that was not done has a reason for it' });
  }
  // A sign found present is never set aside by calling the screen not done.
  screen.answers.forEach((answer, i) => {
    if (screen.status === 'not-done' && answer.present) {
      ctx.addIssue({ code: 'custom', path: ['answers', i, 'present'], message: 'a sign found present cannot be set aside: finish the screen instead of marking it not done' });
    }
  });
});

export const irritabilityInputsSchema = z.object({
  painNow: zeroToTenSchema,
  nightOrRestPain: z.enum(['none', 'intermittent', 'constant']),
  provocation: z.enum(['minimal-activity', 'moderate-activity', 'sustained-or-heavy-activity'])
    .describe('How little activity provokes the symptoms'),
  settleHours: z.number().min(0).max(24 * 14).describe('How long the symptoms take to settle once provoked'),
});

export const irritabilitySchema = z.object({
  inputs: irritabilityInputsSchema.optional(),
  suggested: z.enum(irritabilityGrades).optional(),
  confirmed: z.enum(irritabilityGrades).nullable().default(null).describe('The grade the clinician confirmed; the engine uses only this'),
  confirmedOn: isoDateSchema.optional(),
});

/**
 * Irritability graded again after intake (spec §4a.1): at a session, at a checkpoint, or on its own.
 * The engine uses the latest confirmed grade on or before the as-of day, the intake grade included.
 * A grade given in error is removed with a reason (records/removal.ts): from its removal day on the
 * grade before it is in force again.
 */
export const irritabilityGradeSchema = z.object({
  id: idSchema,
  date: isoDateSchema.describe('The day the clinician graded it'),
  grade: z.enum(irritabilityGrades),
  context: z.enum(['session', 'checkpoint', 'other']).default('other').describe('Where it was graded'),
  contextId: idSchema.optional().describe('The session or checkpoint it was graded at'),
  inputs: irritabilityInputsSchema.optional().describe('What the grade was judged from, when recorded'),
  by: textSchema({ max: 200 }).optional(),
  note: noteSchema.optional(),
  removed: removalSchema.optional(),
});

export const imagingReportSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  modality: z.enum(['mri', 'ct', 'x-ray', 'ultrasound', 'other']),
  region: z.enum(bodyRegions),
  text: textSchema({ min: 1, max: 20_000 }),
  indication: z
    .enum(['serious-pathology-suspected', 'poor-response-to-care', 'would-change-management', 'none-recorded'])
    .default('none-recorded')
    .describe('Why it was ordered (Lin et al. recommendation 4: image selectively)'),
  removed: removalSchema.optional(),
});

export const intakeSchema = z.object({
  completedOn: isoDateSchema.optional().describe('Set when the clinician finishes the intake'),
  redFlags: redFlagScreenSchema.optional(),
  irritability: irritabilitySchema.default({ confirmed: null }),
  priorTreatments: listSchema(priorTreatmentSchema, 50).default([]),
  imaging: listSchema(imagingReportSchema, 20).default([]),
  physicalExamOn: isoDateSchema.optional(),
  educationOn: isoDateSchema.optional().describe('When the condition and the options were explained'),
  carePlanAgreedOn: isoDateSchema.optional().describe('When goals and plan were agreed with the patient (shared decision)'),
  workStatus: z.enum(['working', 'modified-duties', 'off-work', 'not-applicable']).optional(),
});

export const goalMeasureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ability').describe('0 (cannot) to 10 (as before the problem), as in the PSFS') }),
  z.object({ kind: z.literal('capacity'), unit: z.enum(['minutes', 'hours', 'km', 'metres', 'kg', 'repetitions', 'steps']) }),
]);

export const goalSchema = z.object({
  id: idSchema,
  activity: textSchema({ min: 1, max: 200 }).describe('In the patient\'s own words: "walk 30 minutes without next-day pain"'),
  measure: goalMeasureSchema,
  baseline: z.number().min(0),
  target: z.number().min(0),
  setOn: isoDateSchema,
  // A rating a day for years: the ratings live with the goal (rate-goal.ts appends one at a time).
  ratings: listSchema(z.object({ date: isoDateSchema, value: z.number().min(0), source: z.enum(['intake', 'session', 'check-in', 'checkpoint']) }), 5_000)
    .default([])
    .describe('Ability history recorded outside sessions and check-ins'),
  removed: removalSchema.optional(),
  patterns: z.array(z.enum(movementPatterns)).default([])
    .describe('The movement patterns the goal depends on (lifting a grandchild: hinge and carry), spec §4b'),
});

export const modalityGivenSchema = z.object({
  modality: z.enum(modalityCodes),
  minutes: z.number().int().min(1).max(480),
});

export const sessionSchema = z.object({
  id: idSchema,
  date: dateOrDateTimeSchema,
  clinicianId: textSchema({ max: 64 }).optional(),
  modalities: listSchema(modalityGivenSchema, 40).default([]),
  responseSinceLastSession: z
    .object({
      reliefDays: z.number().min(0).max(365).nullable().describe('Days of meaningful relief after the previous session; null when not known'),
      soreness: zeroToTenSchema.optional().describe('Peak post-treatment soreness after the previous session'),
    })
    .optional(),
  findings: listSchema(z.object({ goalId: idSchema, value: z.number().min(0), note: noteSchema.optional() }))
    .default([])
    .describe('Exam findings against each goal (range of motion, load tolerance, movement quality)'),
  notes: noteSchema.optional(),
  removed: removalSchema.optional(),
});

export const checkInSchema = z.object({
  id: idSchema,
  date: dateOrDateTimeSchema,
  painNow: zeroToTenSchema,
  goals: listSchema(z.object({ goalId: idSchema, value: z.number().min(0) })).default([]),
  reliefSinceLastSession: z.boolean().optional().describe('Still better than before the last session?'),
  soreness: zeroToTenSchema.optional(),
  sleepQuality: zeroToTenSchema.optional().describe('0 very poor to 10 very good'),
  stress: zeroToTenSchema.optional().describe('0 none to 10 extreme'),
  hep: z.enum(['yes', 'partly', 'no']).optional().describe('Home exercises done'),
  exercises: z.array(exerciseLogEntrySchema).max(20).default([]).describe("Today's programme exercises: done, and pain during (spec §4b)"),
  morningAfter: z.array(morningAfterSchema).max(20).default([]).describe("This morning, after yesterday's exercises: better, same or worse"),
  note: noteSchema.optional(),
  receivedAt: isoDateTimeSchema.optional()
    .describe('When the server received it (stamped by the server, never taken from the client); `date` is when the patient made it, by the device clock'),
});

export const flareCauses = ['new-load', 'technique-change', 'life-event', 'unknown'] as const;

export const flareSchema = z.object({
  id: idSchema,
  start: dateOrDateTimeSchema,
  peak: dateOrDateTimeSchema.optional(),
  peakPain: zeroToTenSchema.optional(),
  end: dateOrDateTimeSchema.optional().describe('Absent while the flare is under way'),
  cause: z.enum(flareCauses).default('unknown'),
  recordedBy: z.enum(['patient', 'clinician']).default('patient'),
  removed: removalSchema.optional(),
});

export const measureSchema = z.object({
  id: idSchema.optional(),
  instrument: z.enum(instrumentCodes),
  date: isoDateSchema,
  score: z.number(),
  subscales: z.record(textSchema({ min: 1, max: 64 }), z.number()).refine((s) => Object.keys(s).length <= 20, 'at most 20 subscales').optional(),
  band: textSchema({ max: 64 }).optional(),
  answers: listSchema(z.number().nullable(), 100).optional(),
  removed: removalSchema.optional(),
});

export const checkpointSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  decision: z
    .object({ code: z.enum(recommendationCodes), reason: textSchema({ min: 1, max: 4000 }), by: textSchema({ max: 200 }).optional() })
    .optional(),
  assessment: z.unknown().refine((value) => isStorableJson(value), 'must be JSON of storable text, nested at most 64 levels').optional()
    .describe('The assessment as it was when the checkpoint was held'),
  settingsVersion: z.number().int().min(1).optional()
    .describe('The version of the clinic\'s settings that assessment was made under (spec §4a.5)'),
  removed: removalSchema.optional(),
});

export const referralSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  to: z.object({
    discipline: z.enum([
      'physical-therapy', 'advanced-rehabilitation', 'physician', 'pain-medicine', 'psychology',
      'rheumatology', 'spine-surgery', 'emergency', 'other',
    ]),
    provider: textSchema({ max: 200 }).optional(),
  }),
  reason: textSchema({ min: 1, max: 4000 }),
  summary: noteSchema.optional(),
  overlapStart: isoDateSchema.optional(),
  overlapEnd: isoDateSchema.optional(),
  status: z.enum(['proposed', 'active', 'completed', 'cancelled']).default('proposed'),
  removed: removalSchema.optional(),
});

export const ongoingCareSchema = z.object({
  declaredOn: isoDateSchema,
  reason: textSchema({ min: 1, max: 4000 }),
  reviewOn: isoDateSchema,
});

const caseFileShape = z.object({
  schemaVersion: z.literal(1),
  patient: patientSchema,
  episode: episodeSchema,
  intake: intakeSchema.default({ irritability: { confirmed: null }, priorTreatments: [], imaging: [] }),
  goals: z.array(goalSchema).default([]),
  irritabilityGrades: z.array(irritabilityGradeSchema).default([]),
  sessions: z.array(sessionSchema).default([]),
  checkIns: z.array(checkInSchema).default([]),
  flares: z.array(flareSchema).default([]),
  measures: z.array(measureSchema).default([]),
  checkpoints: z.array(checkpointSchema).default([]),
  referrals: z.array(referralSchema).default([]),
  ongoingCare: ongoingCareSchema.nullable().default(null),
  movementAssessments: z.array(movementAssessmentSchema).default([]),
  programme: z.array(programmeVersionSchema).default([]).describe('Every version of the exercise programme, each with who, when and why'),
  clinicExercises: z.array(exerciseSchema).default([]).describe("The clinic's own exercises the programme names (the built-in library is not repeated)"),
});

type CaseFileShape = z.infer<typeof caseFileShape>;

function checkUniqueIds(list: ReadonlyArray<{ id?: string | undefined }>, listName: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    if (item.id === undefined) return;
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [listName, index, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

function checkCrossReferences(file: CaseFileShape, ctx: z.RefinementCtx): void {
  for (const [name, list] of Object.entries({
    goals: file.goals, irritabilityGrades: file.irritabilityGrades, sessions: file.sessions, checkIns: file.checkIns, flares: file.flares,
    checkpoints: file.checkpoints, referrals: file.referrals, measures: file.measures,
    movementAssessments: file.movementAssessments, programme: file.programme, clinicExercises: file.clinicExercises,
  })) checkUniqueIds(list, name, ctx);
  checkProgrammeReferences(file, ctx);

  const goals = new Map(file.goals.map((goal) => [goal.id, goal]));
  file.goals.forEach((goal, index) => {
    if (goal.target <= goal.baseline) {
      ctx.addIssue({ code: 'custom', path: ['goals', index, 'target'], message: 'target must be above baseline (a goal is something to move toward)' });
    }
    if (goal.measure.kind === 'ability' && goal.target > 10) {
      ctx.addIssue({ code: 'custom', path: ['goals', index, 'target'], message: 'an ability goal is rated 0 to 10' });
    }
  });
  const checkGoalValue = (goalId: string, value: number, path: (string | number)[]): void => {
    const goal = goals.get(goalId);
    if (!goal) ctx.addIssue({ code: 'custom', path: [...path, 'goalId'], message: `no goal with id "${goalId}"` });
    else if (goal.measure.kind === 'ability' && value > 10) ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: 'an ability is rated 0 to 10' });
  };
  file.sessions.forEach((session, s) => session.findings.forEach((f, i) => checkGoalValue(f.goalId, f.value, ['sessions', s, 'findings', i])));
  file.checkIns.forEach((checkIn, c) => checkIn.goals.forEach((g, i) => checkGoalValue(g.goalId, g.value, ['checkIns', c, 'goals', i])));
  file.goals.forEach((goal, g) => goal.ratings.forEach((r, i) => {
    if (goal.measure.kind === 'ability' && r.value > 10) ctx.addIssue({ code: 'custom', path: ['goals', g, 'ratings', i, 'value'], message: 'an ability is rated 0 to 10' });
  }));
  const contexts = { session: new Set(file.sessions.map((s) => s.id)), checkpoint: new Set(file.checkpoints.map((c) => c.id)) };
  file.irritabilityGrades.forEach((grade, i) => {
    if (grade.contextId === undefined) return;
    if (grade.context === 'other') {
      ctx.addIssue({ code: 'custom', path: ['irritabilityGrades', i, 'contextId'], message: 'a grade made outside a session or checkpoint names none' });
    } else if (!contexts[grade.context].has(grade.contextId)) {
      ctx.addIssue({ code: 'custom', path: ['irritabilityGrades', i, 'contextId'], message: `no ${grade.context} with id "${grade.contextId}"` });
    }
  });
  file.flares.forEach((flare, i) => {
    if (flare.end !== undefined && instant(flare.end) < instant(flare.start)) {
      ctx.addIssue({ code: 'custom', path: ['flares', i, 'end'], message: 'a flare cannot end before it starts' });
    }
  });
  file.referrals.forEach((referral, i) => {
    if (referral.overlapStart && referral.overlapEnd && referral.overlapEnd < referral.overlapStart) {
      ctx.addIssue({ code: 'custom', path: ['referrals', i, 'overlapEnd'], message: 'the overlap cannot end before it starts' });
    }
  });
  if (file.ongoingCare && file.ongoingCare.reviewOn < file.ongoingCare.declaredOn) {
    ctx.addIssue({ code: 'custom', path: ['ongoingCare', 'reviewOn'], message: 'the review date cannot come before the declaration' });
  }
  if (file.patient.birthDate > file.episode.startDate) {
    ctx.addIssue({ code: 'custom', path: ['patient', 'birthDate'], message: 'birth date is after the episode start' });
  }
}

/** Programme exercises must be in the library; a check-in logs only exercises some programme version named. */
function checkProgrammeReferences(file: CaseFileShape, ctx: z.RefinementCtx): void {
  const clinicIds = new Set(file.clinicExercises.map((e) => e.id));
  file.clinicExercises.forEach((exercise, i) => {
    if (isBuiltInExercise(exercise.id)) ctx.addIssue({ code: 'custom', path: ['clinicExercises', i, 'id'], message: `"${exercise.id}" is a built-in exercise` });
  });
  const prescribed = new Set<string>();
  file.programme.forEach((version, v) => version.items.forEach((item, i) => {
    prescribed.add(item.exerciseId);
    if (!isBuiltInExercise(item.exerciseId) && !clinicIds.has(item.exerciseId)) {
      ctx.addIssue({ code: 'custom', path: ['programme', v, 'items', i, 'exerciseId'], message: `no exercise "${item.exerciseId}" in the library` });
    }
  }));
  file.checkIns.forEach((checkIn, c) => {
    checkIn.exercises.forEach((entry, i) => {
      if (!prescribed.has(entry.exerciseId)) ctx.addIssue({ code: 'custom', path: ['checkIns', c, 'exercises', i, 'exerciseId'], message: `"${entry.exerciseId}" is not in the programme` });
    });
    checkIn.morningAfter.forEach((entry, i) => {
      if (!prescribed.has(entry.exerciseId)) ctx.addIssue({ code: 'custom', path: ['checkIns', c, 'morningAfter', i, 'exerciseId'], message: `"${entry.exerciseId}" is not in the programme` });
    });
  });
}

export const caseFileSchema = caseFileShape.superRefine(checkCrossReferences);

export type CaseFile = z.infer<typeof caseFileSchema>;
export type CaseFileInput = z.input<typeof caseFileSchema>;
export type Patient = z.infer<typeof patientSchema>;
export type Episode = z.infer<typeof episodeSchema>;
export type Intake = z.infer<typeof intakeSchema>;
export type PriorTreatment = z.infer<typeof priorTreatmentSchema>;
export type RedFlagScreen = z.infer<typeof redFlagScreenSchema>;
export type RedFlagScreenInput = z.input<typeof redFlagScreenSchema>;
export type IrritabilityRecord = z.infer<typeof irritabilitySchema>;
export type IrritabilityGrade = z.infer<typeof irritabilityGradeSchema>;
export type ImagingReport = z.infer<typeof imagingReportSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
/** A check-in as sent: the lists with defaults may be left out. */
export type CheckInInput = z.input<typeof checkInSchema>;
export type GoalInput = z.input<typeof goalSchema>;
export type Flare = z.infer<typeof flareSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Checkpoint = z.infer<typeof checkpointSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type OngoingCare = z.infer<typeof ongoingCareSchema>;
