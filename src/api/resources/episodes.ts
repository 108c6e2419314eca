// Episodes of care: open, read as a case file, edit, intake, ongoing care, and the assessment.
import { createRoute, z } from '@hono/zod-openapi';
import {
  asOfSchema, declareOngoingCare, editEpisode, episodeEditSchema, getAssessment, getEpisode, getImagingContext, intakeEditSchema, listEpisodes,
  newEpisodeSchema, ongoingCareEditSchema, openEpisode, recordIntake,
} from '../../services/index.ts';
import { idParam, newRouter } from '../env.ts';
import { json, jsonBody, route } from '../routes.ts';
import { assessmentSchema, caseFileResponseSchema, storedEpisodeSchema } from '../schemas.ts';

const patientParams = idParam('patientId');
const params = idParam('episodeId');

export function episodeRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/patients/{patientId}/episodes', 'episodes', 'A patient\'s episodes of care', z.array(storedEpisodeSchema)), request: { params: patientParams } }),
    async (c) => json(c, await listEpisodes(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.var.now)));
  router.openapi(createRoute({ ...route('post', '/patients/{patientId}/episodes', 'episodes', 'Open an episode of care (clinician)', caseFileResponseSchema), request: { params: patientParams, body: jsonBody(newEpisodeSchema) } }),
    async (c) => json(c, await openEpisode(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.req.valid('json'), c.var.now), 201));
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

const imagingInContextSchema = z.object({
  report: z.record(z.string(), z.unknown()).describe('The imaging report as recorded in the intake'),
  ageAtImaging: z.number(),
  context: z.object({
    findings: z.array(z.record(z.string(), z.unknown())).describe('Degenerative findings with level and age-matched prevalence among people without pain'),
    forPhysician: z.array(z.object({ code: z.string(), text: z.string() })).describe('Findings never put in the age frame: for the physician'),
    patientText: z.string(),
  }),
}).openapi('ImagingReportInContext');
