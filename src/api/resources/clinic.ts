// Clinic-wide reads: the caseload, outcomes and the audit log.
import { createRoute, z } from '@hono/zod-openapi';
import { idSchema } from '../../domain/index.ts';
import { getCaseload, getOutcomes, listAuditEvents } from '../../services/index.ts';
import { newRouter } from '../env.ts';
import { json, route } from '../routes.ts';

const caseloadSchema = z.array(z.object({
  patientId: z.string(), patientName: z.string().nullable(), episodeId: z.string(), status: z.string(), startDate: z.string(),
  checkpointOverdue: z.boolean(),
  checkpointDueToday: z.boolean(),
  readyToGraduate: z.boolean().describe('Phase graduated while the episode is still active: the next step is graduation (not a checkpoint)'),
  activeCareLapse: z.object({ since: z.string(), days: z.number() }).nullable()
    .describe('In blended or active-dominant care with no active minutes for the clinic\'s set number of days (default 14): since when'),
  summary: z.object({
    asOf: z.string(), phase: z.string(), sideStatuses: z.array(z.string()), flags: z.array(z.string()),
    reliefWindowTrend: z.string(), nextCheckpoint: z.string(),
    reliefWindows: z.array(z.number().nullable()).describe('Relief days after each of the last sessions (at most 12), oldest first; null where none was known'),
    goalProgress: z.number().nullable().describe('Mean progress toward the goals, each held to 0..1 (0 at baseline, 1 at target); null without a measured goal'),
    flagReasons: z.array(z.object({ code: z.string(), text: z.string(), more: z.number() })).describe('Each flag\'s first reason in the engine\'s words, and how many more it has'),
    lastActiveCareOn: z.string().nullable().describe('In blended or active-dominant care: the last day active care was given (or the phase began, if later)'),
    unreadNotes: z.number().describe('Check-in notes no clinician of the care team has read yet'),
    latestUnreadNote: z.object({ checkInId: z.string(), date: z.string(), text: z.string() }).nullable(),
  }).nullable().describe('The assessment in brief, as of the last write to the episode'),
})).openapi('Caseload');

const outcomesSchema = z.object({
  episodes: z.record(z.string(), z.number()),
  graduationRate: z.number().nullable(),
  timeToGraduationDays: z.object({ median: z.number(), min: z.number(), max: z.number() }).nullable(),
  plateauWithoutDecision: z.number(),
  passiveOnly: z.number(),
  guidelineAudit: z.array(z.object({ id: z.number(), title: z.string(), met: z.number(), notMet: z.number(), notApplicable: z.number(), share: z.number().nullable() })),
}).openapi('ClinicOutcomes');

const auditEventSchema = z.object({
  seq: z.number(), at: z.string(), actorUserId: z.string(), actorRole: z.string(), action: z.string(), recordType: z.string(),
  recordId: z.string(), patientId: z.string().optional(),
  detail: z.object({
    before: z.record(z.string(), z.unknown()).optional(), after: z.record(z.string(), z.unknown()).optional(), reason: z.string().optional(),
  }).optional().describe('For a change: the changed fields before and after; for a removal, its reason'),
  appId: z.string().optional().describe('The SMART app (client id) the user acted through, when an app did it'),
}).openapi('AuditEvent');

// Query strings arrive as text; a digits pattern documents them without z.coerce (which gives invalid
// OpenAPI, stack notes §5). The use-case converts and range-checks them.
const auditQuery = z.object({
  limit: z.string().regex(/^\d+$/).optional().describe('How many, 1-500 (default 100)'),
  before: z.string().regex(/^\d+$/).optional().describe('Only events older than this sequence number'),
  patientId: idSchema.optional().describe('Only events about this patient\'s data'),
  actorUserId: idSchema.optional().describe('Only events by this user'),
  action: z.string().max(40).regex(/^[a-z][a-z-]{0,39}$/).optional().describe('Only this action: read, create, update, sign-in, sign-out, ...'),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Only events on or after this day (YYYY-MM-DD, UTC)'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Only events on or before this day (YYYY-MM-DD, UTC)'),
});

export function clinicRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/caseload', 'clinic', 'Every patient in care with phase, flags, relief-window trend and series, goal progress and next checkpoint (clinician)', caseloadSchema) }),
    async (c) => json(c, await getCaseload(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({ ...route('get', '/outcomes', 'clinic', 'Clinic outcomes: graduation, time to graduation, plateaus without decision, passive-only care, guideline audit (staff)', outcomesSchema) }),
    async (c) => json(c, await getOutcomes(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({ ...route('get', '/audit-events', 'clinic', 'The audit log, newest first, a page at a time (the next page: before the last seq shown), filtered by who, patient, action and days (admin)', z.array(auditEventSchema)), request: { query: auditQuery } }),
    async (c) => json(c, await listAuditEvents(c.var.deps, c.var.actor, c.req.valid('query'), c.var.now)));
  return router;
}
