// The records of an episode: goals (and their ratings), irritability grades, sessions, check-ins, flares, measures,
// checkpoints and referrals. Adding is POST under the episode; editing is PUT on the record, with
// the version that was read; removing is PUT on the record's removal, with the version and a reason
// (the record is kept, marked removed).
import { createRoute, z } from '@hono/zod-openapi';
import {
  addRecord, checkpointDecisionSchema, decideCheckpoint, editRecord, goalRatingSchema, holdCheckpoint, listRecords, newCheckInSchema,
  newCheckpointSchema, rateGoal, recordCheckIn, recordEditSchemas, recordInputs, removableKinds, removalInputSchema, removeRecord,
  type EditableRecordKind, type RemovableKind, type SimpleRecordKind,
} from '../../services/index.ts';
import { textSchema } from '../../domain/index.ts';
import { idParam, newRouter } from '../env.ts';
import { json, jsonBody, route } from '../routes.ts';
import {
  storedCheckInSchema, storedCheckpointSchema, storedFlareSchema, storedGoalSchema, storedIrritabilityGradeSchema, storedMeasureSchema,
  storedMovementAssessmentSchema, storedReferralSchema, storedSessionSchema,
} from '../schemas.ts';

const episodeParams = idParam('episodeId');
const recordParams = idParam('id');

const plural = {
  goal: 'goals', 'irritability-grade': 'irritability-grades', session: 'sessions', flare: 'flares', measure: 'measures', referral: 'referrals',
  'check-in': 'check-ins', checkpoint: 'checkpoints', 'movement-assessment': 'movement-assessments',
} as const;
const responseOf = {
  goal: storedGoalSchema, 'irritability-grade': storedIrritabilityGradeSchema, session: storedSessionSchema, flare: storedFlareSchema, measure: storedMeasureSchema,
  referral: storedReferralSchema, 'check-in': storedCheckInSchema, checkpoint: storedCheckpointSchema, 'movement-assessment': storedMovementAssessmentSchema,
} as const;

function simpleRecordRoutes(router: ReturnType<typeof newRouter>, kind: SimpleRecordKind): void {
  const path = plural[kind];
  router.openapi(createRoute({ ...route('post', `/episodes/{episodeId}/${path}`, path, `Add a ${kind} to the episode`, responseOf[kind]), request: { params: episodeParams, body: jsonBody(recordInputs[kind].schema) } }),
    async (c) => json(c, await addRecord(c.var.deps, c.var.actor, kind, c.req.valid('param').episodeId, c.req.valid('json'), c.var.now), 201));
}

function editRoute(router: ReturnType<typeof newRouter>, kind: EditableRecordKind): void {
  const path = plural[kind];
  router.openapi(createRoute({ ...route('put', `/${path}/{id}`, path, `Edit a ${kind} (with the version read)`, responseOf[kind]), request: { params: recordParams, body: jsonBody(recordEditSchemas[kind]) } }),
    async (c) => json(c, await editRecord(c.var.deps, c.var.actor, kind, c.req.valid('param').id, c.req.valid('json'), c.var.now)));
}

function removalRoute(router: ReturnType<typeof newRouter>, kind: RemovableKind): void {
  const path = plural[kind];
  router.openapi(createRoute({
    ...route('put', `/${path}/{id}/removal`, path, `Remove a ${kind} (with the version read and a reason): it is kept, marked removed, and the engine ignores it from today`, responseOf[kind]),
    request: { params: recordParams, body: jsonBody(removalInputSchema) },
  }), async (c) => json(c, await removeRecord(c.var.deps, c.var.actor, kind, c.req.valid('param').id, c.req.valid('json'), c.var.now)));
}

function listRoute(router: ReturnType<typeof newRouter>, kind: keyof typeof plural): void {
  const path = plural[kind];
  router.openapi(createRoute({ ...route('get', `/episodes/{episodeId}/${path}`, path, `The episode's ${path}`, z.array(responseOf[kind])), request: { params: episodeParams } }),
    async (c) => json(c, await listRecords(c.var.deps, c.var.actor, kind, c.req.valid('param').episodeId, c.var.now)));
}

const idempotencyHeaders = z.object({
  'idempotency-key': textSchema({ max: 128 }).optional().describe(
    'Idempotency-Key (header names are case-insensitive). Required: a client-made unique key (8-128 characters). A retry with the same key returns the first result and writes nothing.',
  ),
});

export function recordRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  for (const kind of ['goal', 'irritability-grade', 'session', 'flare', 'measure', 'referral', 'movement-assessment'] as const) simpleRecordRoutes(router, kind);
  for (const kind of ['goal', 'irritability-grade', 'session', 'flare', 'measure', 'referral'] as const) editRoute(router, kind);
  for (const kind of removableKinds) removalRoute(router, kind);
  for (const kind of Object.keys(plural) as (keyof typeof plural)[]) listRoute(router, kind);

  router.openapi(createRoute({ ...route('post', '/goals/{id}/ratings', 'goals', 'Add a progress rating to a goal (the patient, on their own goals)', storedGoalSchema), request: { params: recordParams, body: jsonBody(goalRatingSchema) } }),
    async (c) => json(c, await rateGoal(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json'), c.var.now), 201));

  router.openapi(createRoute({
    ...route('post', '/episodes/{episodeId}/check-ins', 'check-ins', 'Record a check-in (idempotent by the Idempotency-Key header)', storedCheckInSchema),
    request: { params: episodeParams, headers: idempotencyHeaders, body: jsonBody(newCheckInSchema) },
  }), async (c) => {
    const { checkIn, replayed } = await recordCheckIn(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.req.valid('header')['idempotency-key'], c.req.valid('json'), c.var.now);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return json(c, checkIn, 201);
  });

  router.openapi(createRoute({ ...route('post', '/episodes/{episodeId}/checkpoints', 'checkpoints', 'Hold a checkpoint: stores the assessment as of its date, with an optional decision', storedCheckpointSchema), request: { params: episodeParams, body: jsonBody(newCheckpointSchema) } }),
    async (c) => json(c, await holdCheckpoint(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.req.valid('json'), c.var.now), 201));
  router.openapi(createRoute({ ...route('put', '/checkpoints/{id}/decision', 'checkpoints', 'Record or change the checkpoint\'s decision and reason (with the version read)', storedCheckpointSchema), request: { params: recordParams, body: jsonBody(checkpointDecisionSchema) } }),
    async (c) => json(c, await decideCheckpoint(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json'), c.var.now)));
  return router;
}
