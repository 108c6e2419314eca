// The records of the active phase (spec §4b): how the patient moves (the movement assessment), the
// exercises a programme is made of (the library, as data), the programme itself (versioned: every
// change says who, when and why, so a later reader sees what the patient was doing on any day), and
// the patient's log of it in the daily check-in. One zod schema each, the source of the types.
import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, noteSchema, textSchema, zeroToTenSchema } from './primitives.ts';

/** The six patterns people live by (reference §12, seed 002), plus walking and sustained positions. */
export const movementPatterns = ['hinge', 'squat', 'lunge', 'push', 'pull', 'carry', 'walking', 'sitting', 'standing'] as const;
export type MovementPattern = (typeof movementPatterns)[number];

/** The six fundamental patterns: each has a ladder of exercises in the library. */
export const fundamentalPatterns = ['hinge', 'squat', 'lunge', 'push', 'pull', 'carry'] as const;

/** What an exercise works on: one of the six patterns, or mobility, motor control, conditioning. */
export const exerciseKinds = [...fundamentalPatterns, 'mobility', 'motor-control', 'conditioning'] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

/** Movement quality, a short ordinal scale: 0 unable, 1 marked compensation, 2 minor compensation, 3 well. */
export const movementQualityLabels = ['unable', 'with marked compensation', 'with minor compensation', 'well'] as const;

export const movementLoadSchema = z.object({
  kg: z.number().min(0).max(500).optional(),
  repetitions: z.number().int().min(0).max(1000).optional(),
  seconds: z.number().int().min(0).max(24 * 3600).optional(),
  metres: z.number().min(0).max(100_000).optional(),
}).describe('The load, repetitions, time or distance tolerated');

export const patternRatingSchema = z.object({
  pattern: z.enum(movementPatterns),
  quality: z.number().int().min(0).max(3).describe('0 unable, 1 with marked compensation, 2 with minor compensation, 3 well'),
  painDuring: zeroToTenSchema.describe('Pain during the movement, 0-10'),
  tolerated: movementLoadSchema.optional(),
  note: noteSchema.optional(),
});

/**
 * A movement assessment at intake or a checkpoint (spec §4b). At intake it may be skipped with a
 * reason when irritability is high: then it rates no pattern.
 */
export const movementAssessmentSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  context: z.enum(['intake', 'checkpoint', 'session', 'other']).default('other'),
  skippedReason: textSchema({ min: 1, max: 2000 }).optional().describe('Why it was not taken (e.g. irritability high)'),
  ratings: z.array(patternRatingSchema).default([]),
  by: textSchema({ max: 200 }).optional(),
});

/**
 * A dose: sets of one volume measure (repetitions, seconds, minutes or metres), with an optional load.
 * Exactly one volume measure: that is what the dose is counted in.
 */
export const doseSchema = z.object({
  sets: z.number().int().min(1).max(10),
  reps: z.number().int().min(1).max(200).optional(),
  seconds: z.number().int().min(1).max(3600).optional(),
  minutes: z.number().min(1).max(240).optional(),
  metres: z.number().int().min(1).max(50_000).optional(),
  loadKg: z.number().min(0).max(300).optional().describe('External load in kg; absent for body weight'),
}).superRefine((dose, ctx) => {
  const volumes = (['reps', 'seconds', 'minutes', 'metres'] as const).filter((key) => dose[key] !== undefined);
  if (volumes.length !== 1) ctx.addIssue({ code: 'custom', path: ['reps'], message: 'a dose has exactly one of reps, seconds, minutes or metres' });
});
export type Dose = z.infer<typeof doseSchema>;

export const doseUnits = ['reps', 'seconds', 'minutes', 'metres'] as const;
export type DoseUnit = (typeof doseUnits)[number];

/** An exercise of the library, built in or a clinic's own (same shape, same checks). */
export const exerciseSchema = z.object({
  id: textSchema({ max: 64 }).regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'lower-case letters, digits and hyphens').describe('Stable identifier'),
  name: textSchema({ min: 3, max: 80 }),
  kind: z.enum(exerciseKinds).describe('The pattern it trains, or mobility, motor control, conditioning'),
  ladder: textSchema({ max: 40 }).regex(/^[a-z0-9-]{2,40}$/).describe('The ladder it is a step on (the pattern for the six patterns)'),
  step: z.number().int().min(1).max(20).describe('Its step on the ladder: 1 is the easiest regression'),
  trains: textSchema({ min: 3, max: 200 }).describe('What it trains'),
  unit: z.enum(doseUnits).describe('What its dose is counted in'),
  loaded: z.boolean().describe('Whether the dose progresses by external load'),
  startDose: doseSchema,
  topDose: doseSchema.describe('Past this, the next progression is the next step on the ladder'),
  minutes: z.number().min(1).max(120).describe('About how long one session takes at the start dose'),
  instructions: textSchema({ min: 20, max: 600 }).describe('Plain instructions for the patient (reading grade 8 or lower)'),
  cues: z.array(textSchema({ min: 3, max: 120 })).min(1).max(6),
}).superRefine((exercise, ctx) => {
  for (const key of ['startDose', 'topDose'] as const) {
    if (exercise[key][exercise.unit] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `the dose is counted in ${exercise.unit}` });
    if (!exercise.loaded && exercise[key].loadKg !== undefined) ctx.addIssue({ code: 'custom', path: [key, 'loadKg'], message: 'a body-weight exercise takes no load' });
  }
});
export type Exercise = z.infer<typeof exerciseSchema>;

/** One exercise of a programme: its dose, how many days a week, and the day it started at this dose. */
export const programmeItemSchema = z.object({
  exerciseId: textSchema({ min: 1, max: 64 }),
  dose: doseSchema,
  daysPerWeek: z.number().int().min(1).max(7),
  startDate: isoDateSchema.describe('The day this exercise (at any dose) first entered the programme'),
  note: noteSchema.optional(),
});
export type ProgrammeItem = z.infer<typeof programmeItemSchema>;

/**
 * One version of the programme: the whole list as it stands from `date` until the next version.
 * Versions are never edited: a change is a new version with who made it and why.
 */
export const programmeVersionSchema = z.object({
  id: idSchema,
  date: isoDateSchema.describe('The day this version takes effect'),
  by: textSchema({ min: 1, max: 200 }).describe('Who changed the programme'),
  reason: textSchema({ min: 1, max: 2000 }).describe('Why it changed'),
  items: z.array(programmeItemSchema).max(20),
  recordedAt: isoDateTimeSchema.optional().describe('When the server recorded the change'),
}).superRefine((version, ctx) => {
  const seen = new Set<string>();
  version.items.forEach((item, i) => {
    if (seen.has(item.exerciseId)) ctx.addIssue({ code: 'custom', path: ['items', i, 'exerciseId'], message: `"${item.exerciseId}" is in the programme twice` });
    seen.add(item.exerciseId);
  });
});
export type ProgrammeVersion = z.infer<typeof programmeVersionSchema>;

export const exerciseDoneValues = ['yes', 'partly', 'no'] as const;
export const morningAfterValues = ['better', 'same', 'worse'] as const;

/** The patient's log of one exercise in a check-in: done or not, and pain during (0-10). */
export const exerciseLogEntrySchema = z.object({
  exerciseId: textSchema({ min: 1, max: 64 }),
  done: z.enum(exerciseDoneValues),
  painDuring: zeroToTenSchema.optional().describe('Pain during the exercise, 0-10 (Silbernagel pain-monitoring model)'),
});
export type ExerciseLogEntry = z.infer<typeof exerciseLogEntrySchema>;

/** The morning after: how the patient felt this morning after yesterday's exercise. */
export const morningAfterSchema = z.object({
  exerciseId: textSchema({ min: 1, max: 64 }),
  response: z.enum(morningAfterValues),
});
export type MorningAfter = z.infer<typeof morningAfterSchema>;

export type MovementAssessment = z.infer<typeof movementAssessmentSchema>;
export type PatternRating = z.infer<typeof patternRatingSchema>;
