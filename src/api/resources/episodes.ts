// Episodes of care: open, read as a case file, edit, intake, ongoing care, and the assessment.
import { createRoute, z } from '@hono/zod-openapi';
import {
  asOfSchema, declareOngoingCare, editEpisode, episodeEditSchema, getAssessment, getEpisode, getEpisodeOverview, getImagingContext, getPatientOverview,
  intakeEditSchema, listEpisodes, newEpisodeSchema, ongoingCareEditSchema, openEpisode, recordIntake, registerForCare, registrationSchema,
} from '../../services/index.ts';
import { idParam, newRouter } from '../env.ts';
import { json, jsonBody, route } from '../routes.ts';
import {
  assessmentSchema, caseFileResponseSchema, episodeOverviewSchema, imagingInContextSchema, patientOverviewSchema, storedEpisodeSchema,
} from '../schemas.ts';

const patientParams = idParam('patientId');
const params = idParam('episodeId');

export function episodeRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/patients/{patientId}/episodes', 'episodes', 'A patient\'s episodes of care', z.array(storedEpisodeSchema)), request: { params: patientParams } }),
    async (c) => json(c, await listEpisodes(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.var.now)));
  router.openapi(createRoute({ ...route('post', '/patients/{patientId}/episodes', 'episodes', 'Open an episode of care (clinician)', caseFileResponseSchema), request: { params: patientParams, body: jsonBody(newEpisodeSchema) } }),
    async (c) => json(c, await openEpisode(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.req.valid('json'), c.var.now), 201));
  router.openapi(createRoute({ ...route('post', '/registrations', 'episodes', 'Register a patient and open their first episode of care, in one transaction (clinician)', caseFileResponseSchema), request: { body: jsonBody(registrationSchema) } }),
    async (c) => json(c, await registerForCare(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now), 201));
  router.openapi(createRoute({ ...route('get', '/patients/{patientId}/overview', 'episodes', 'What the patient page shows, in one read: the patient, their episodes, and the one in care with its assessment', patientOverviewSchema), request: { params: patientParams } }),
    async (c) => json(c, await getPatientOverview(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.var.now)));
  router.openapi(createRoute({ ...route('get', '/episodes/{episodeId}/overview', 'episodes', 'What an episode page shows, in one read: the case file, the assessment as of today, imaging in context, the red-flag items', episodeOverviewSchema), request: { params } }),
    async (c) => json(c, await getEpisodeOverview(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.var.now)));
  router.openapi(createRoute({ ...route('get', '/episodes/{episodeId}', 'episodes', 'The episode as a case file', caseFileResponseSchema), request: { params } }),
    async (c) => json(c, await getEpisode(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.var.now)));
  router.openapi(createRoute({ ...route('put', '/episodes/{episodeId}', 'episodes', 'Edit the episode (status, regions, ...) with the version read', caseFileResponseSchema), request: { params, body: jsonBody(episodeEditSchema) } }),
    async (c) => json(c, await editEpisode(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.req.valid('json'), c.var.now)));
  router.openapi(createRoute({ ...route('put', '/episodes/{episodeId}/intake', 'episodes', 'Record the intake: screens, red flags, irritability, prior treatments, imaging reports (with the episode version)', caseFileResponseSchema), request: { params, body: jsonBody(intakeEditSchema) } }),
    async (c) => json(c, await recordIntake(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.req.valid('json'), c.var.now)));
  router.openapi(createRoute({ ...route('put', '/episodes/{episodeId}/ongoing-care', 'episodes', 'Declare ongoing care with a reason and a review date (with the episode version)', caseFileResponseSchema), request: { params, body: jsonBody(ongoingCareEditSchema) } }),
    async (c) => json(c, await declareOngoingCare(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.req.valid('json'), c.var.now)));
  router.openapi(createRoute({ ...route('get', '/episodes/{episodeId}/assessment', 'episodes', 'The engine\'s assessment as of today or ?asOf=YYYY-MM-DD', assessmentSchema), request: { params, query: z.object({ asOf: asOfSchema.optional() }) } }),
    async (c) => json(c, await getAssessment(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.req.valid('query').asOf, c.var.now)));
  router.openapi(createRoute({ ...route('get', '/episodes/{episodeId}/imaging', 'episodes', 'The intake\'s imaging reports, each finding in age context and anything for the physician to review', z.array(imagingInContextSchema)), request: { params } }),
    async (c) => json(c, await getImagingContext(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.var.now)));
  return router;
}

