// Response schemas: the domain's record schemas with what storage adds (the episode a record belongs
// to, and the version an edit must send back). Request bodies come from the use-cases' schemas,
// which come from the same domain schemas.
import { z } from '@hono/zod-openapi';
import {
  caseFileSchema, checkInSchema, checkpointSchema, episodeSchema, exerciseSchema, flareSchema, goalSchema, measureSchema,
  movementAssessmentSchema, patientSchema, programmeVersionSchema, referralSchema, sessionSchema,
} from '../domain/index.ts';

const stored = { episodeId: z.string(), version: z.number().int() };

export const storedGoalSchema = goalSchema.extend(stored).openapi('Goal');
export const storedSessionSchema = sessionSchema.extend(stored).openapi('Session');
export const storedCheckInSchema = checkInSchema.extend(stored).openapi('CheckIn');
export const storedFlareSchema = flareSchema.extend(stored).openapi('Flare');
export const storedMeasureSchema = measureSchema.extend(stored).openapi('Measure');
export const storedCheckpointSchema = checkpointSchema.extend(stored).openapi('Checkpoint');
export const storedReferralSchema = referralSchema.extend(stored).openapi('Referral');
export const storedMovementAssessmentSchema = movementAssessmentSchema.extend(stored).openapi('MovementAssessment');
export const storedProgrammeVersionSchema = programmeVersionSchema.extend(stored).openapi('ProgrammeVersion');
export const libraryExerciseSchema = exerciseSchema.extend({ source: z.enum(['built-in', 'clinic']) }).openapi('Exercise');
export const programmeSchema = z.object({
  versions: z.array(storedProgrammeVersionSchema).describe('Every version, oldest first: who changed it, when and why'),
  current: storedProgrammeVersionSchema.nullable(),
  exercises: z.array(libraryExerciseSchema).describe('The exercises the programme names, with their instructions'),
}).openapi('Programme');
export const storedPatientSchema = patientSchema.extend({ id: z.string(), version: z.number().int() }).openapi('Patient');
export const storedEpisodeSchema = episodeSchema.extend({
  id: z.string(), patientId: z.string(), statusSince: z.string(), version: z.number().int(),
}).openapi('Episode');
// The domain's schemas were built before @hono/zod-openapi extended zod, so they have no .openapi():
// zod's own .meta() carries the description instead.
export const caseFileResponseSchema = caseFileSchema.meta({
  description: 'The episode as a case file (spec §6); each record also carries its version for edits.',
});
export const assessmentSchema = z.record(z.string(), z.unknown()).openapi('Assessment', {
  description: 'The progression engine\'s assessment (src/domain/engine/assessment.ts): phase, relief windows, flares, plateau, checkpoint, recommendations and flags, each with reasons.',
});
export const userSchema = z.object({
  id: z.string(), clinicId: z.string(), email: z.string(), name: z.string(), role: z.enum(['admin', 'clinician', 'patient']),
  discipline: z.string().optional(), patientId: z.string().optional(), version: z.number().int(),
}).openapi('User');
export const careTeamMemberSchema = z.object({
  patientId: z.string(), userId: z.string(), discipline: z.string(), lead: z.boolean(),
}).openapi('CareTeamMember');
