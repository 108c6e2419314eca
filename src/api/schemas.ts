// Response schemas: the domain's record schemas with what storage adds (the episode a record belongs
// to, and the version an edit must send back). Request bodies come from the use-cases' schemas,
// which come from the same domain schemas.
import { z } from '@hono/zod-openapi';
import {
  caseFileSchema, checkInSchema, checkpointSchema, episodeSchema, exerciseSchema, flareSchema, goalSchema, irritabilityGradeSchema, measureSchema,
  movementAssessmentSchema, patientSchema, programmeVersionSchema, referralSchema, sessionSchema,
} from '../domain/index.ts';

const stored = { episodeId: z.string(), version: z.number().int() };

export const storedGoalSchema = goalSchema.extend(stored).openapi('Goal');
export const storedIrritabilityGradeSchema = irritabilityGradeSchema.extend(stored).openapi('IrritabilityGrade');
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
export const patientListEntrySchema = storedPatientSchema.extend({
  episodeCount: z.number().int().describe('Episodes of care; 0 for a patient registered but not yet in care'),
}).openapi('PatientListEntry');

export const imagingInContextSchema = z.object({
  report: z.record(z.string(), z.unknown()).describe('The imaging report as recorded in the intake'),
  ageAtImaging: z.number(),
  context: z.object({
    findings: z.array(z.record(z.string(), z.unknown())).describe('Degenerative findings with level and age-matched prevalence among people without pain'),
    forPhysician: z.array(z.object({ code: z.string(), text: z.string() })).describe('Findings never put in the age frame: for the physician'),
    patientText: z.string(),
  }),
}).openapi('ImagingReportInContext');

export const redFlagItemSchema = z.object({
  code: z.string(), tier: z.enum(['emergency', 'urgent', 'routine', 'monitor']), question: z.string(), action: z.string(), source: z.string(),
}).openapi('RedFlagItem');

export const checkInReadingSchema = z.object({
  checkInId: z.string(), readBy: z.string().describe('The user id of the first clinician who read it'), readByName: z.string().nullable(), readAt: z.string(),
}).openapi('CheckInReading');

export const episodeOverviewSchema = z.object({
  caseFile: caseFileResponseSchema,
  assessment: assessmentSchema,
  imaging: z.array(imagingInContextSchema).describe('The intake\'s imaging reports that stand, in age context'),
  redFlagItems: z.array(redFlagItemSchema).describe('The items the red-flag screen asks for this episode\'s regions, most urgent first'),
  checkInReads: z.array(checkInReadingSchema).describe('Which check-in notes the care team has read (staff only; empty for the patient)'),
}).openapi('EpisodeOverview');

export const patientOverviewSchema = z.object({
  patient: storedPatientSchema,
  episodes: z.array(storedEpisodeSchema),
  current: episodeOverviewSchema.nullable().describe('The episode in care (else the latest), in full; null before the first'),
}).openapi('PatientOverview');

export const userSchema = z.object({
  id: z.string(), clinicId: z.string(), email: z.string(), name: z.string(), role: z.enum(['admin', 'clinician', 'patient']),
  status: z.enum(['active', 'invited', 'deactivated']).describe('invited: no password set yet; deactivated: may not sign in'),
  discipline: z.string().optional(), patientId: z.string().optional(), version: z.number().int(),
  lockedUntil: z.string().optional().describe('Sign-in is locked until then, after too many failed attempts'),
}).openapi('User');
export const invitationSchema = z.object({
  userId: z.string(), email: z.string(), name: z.string(),
  token: z.string().describe('The secret of the link; shown once and never stored (only its hash is)'),
  link: z.string().describe('The page where the person sets their password; hand it to them'),
  expiresAt: z.string(),
}).openapi('Invitation');
export const userListingSchema = userSchema.extend({
  invitationExpiresAt: z.string().optional().describe('When the open invitation expires, if one is open'),
  liveSessions: z.number().int().describe('Sessions signed in and not expired'),
}).openapi('UserListing');
export const createdUserSchema = userSchema.extend({
  invitation: invitationSchema.optional().describe('When the user was given no password: their invitation'),
}).openapi('CreatedUser');
export const careTeamMemberSchema = z.object({
  patientId: z.string(), userId: z.string(), discipline: z.string(), lead: z.boolean(),
}).openapi('CareTeamMember');
