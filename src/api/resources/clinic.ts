// Clinic-wide reads: the caseload, outcomes and the audit log.
import { createRoute, z } from '@hono/zod-openapi';
import { getCaseload, getOutcomes, listAuditEvents } from '../../services/index.ts';
import { newRouter } from '../env.ts';
import { json, route } from '../routes.ts';

const caseloadSchema = z.array(z.object({
  patientId: z.string(), patientName: z.string().nullable(), episodeId: z.string(), status: z.string(), startDate: z.string(),
  checkpointOverdue: z.boolean(),
  summary: z.object({
    asOf: z.string(), phase: z.string(), sideStatuses: z.array(z.string()), flags: z.array(z.string()),
    reliefWindowTrend: z.string(), nextCheckpoint: z.string(),
    reliefWindows: z.array(z.number().nullable()).describe('Relief days after each of the last sessions (at most 12), oldest first; null where none was known'),
    goalProgress: z.number().nullable().describe('Mean progress toward the goals, each held to 0..1 (0 at baseline, 1 at target); null without a measured goal'),
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
  appId: z.string().optional().describe('The SMART app (client id) the user acted through, when an app did it'),
}).openapi('AuditEvent');

// Query strings arrive as text; a digits pattern documents them without z.coerce (which gives invalid
// OpenAPI, stack notes §5). The use-case converts and range-checks them.
const auditQuery = z.object({
  limit: z.string().regex(/^\d+$/).optional().describe('How many, 1-500 (default 100)'),
  before: z.string().regex(/^\d+$/).optional().describe('Only events older than this sequence number'),
  patientId: z.string().min(1).max(64).optional(),
});

export function clinicRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/caseload', 'clinic', 'Every patient in care with phase, flags, relief-window trend and series, goal progress and next checkpoint (clinician)', caseloadSchema) }),
    async (c) => json(c, await getCaseload(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({ ...route('get', '/outcomes', 'clinic', 'Clinic outcomes: graduation, time to graduation, plateaus without decision, passive-only care, guideline audit (staff)', outcomesSchema) }),
    async (c) => json(c, await getOutcomes(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({ ...route('get', '/audit-events', 'clinic', 'The audit log, newest first (admin)', z.array(auditEventSchema)), request: { query: auditQuery } }),
    async (c) => json(c, await listAuditEvents(c.var.deps, c.var.actor, c.req.valid('query'), c.var.now)));
  return router;
}
