// The questionnaires the intake offers (issue 5): the instrument list, and live scoring of a
// response before the clinician saves it as a measure. Staff only; no patient data, so no audit.
import { createRoute, z } from '@hono/zod-openapi';
import { textSchema } from '../../domain/index.ts';
import { listInstruments, scoreResponse } from '../../services/index.ts';
import { errorResponses, jsonResponse, newRouter } from '../env.ts';
import { json, jsonBody, route } from '../routes.ts';

const bandSchema = z.object({ code: z.string(), label: z.string() });

const instrumentSchema = z.object({
  code: z.string(), name: z.string(), reference: z.string(),
  items: z.array(z.object({
    id: z.string(), label: z.string().describe('A short topic, not the instrument\'s wording'), min: z.number(), max: z.number(),
    text: z.string().optional().describe('The item wording, only where it is bundled (free to embed)'),
    options: z.array(z.object({ value: z.number(), text: z.string() })).optional(),
  })),
  answerCount: z.object({ min: z.number(), max: z.number() }),
  direction: z.enum(['higher-is-better', 'higher-is-worse']),
  scoreRange: z.object({ min: z.number(), max: z.number() }),
  unit: z.enum(['points', 'percent']),
  bands: z.array(bandSchema),
  licence: z.object({ terms: z.string(), holder: z.string(), source: z.string() }),
  instructions: z.string().optional(),
}).openapi('Instrument');

const scoreSchema = z.object({
  instrument: z.string(), score: z.number(), band: z.string().optional(), subscales: z.record(z.string(), z.number()).optional(),
  answered: z.number(), missing: z.number(),
}).openapi('InstrumentScore');

const scoreRequest = z.object({
  answers: z.array(z.number().nullable()).max(100).describe('Raw answers in item order; null for an item left blank'),
}).openapi('InstrumentAnswers');

const codeParams = z.object({ code: textSchema({ min: 1, max: 40 }) });

export function instrumentRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/instruments', 'instruments', 'The questionnaires Threshold scores, with items and wording where bundled (staff)', z.array(instrumentSchema)) }),
    (c) => json(c, listInstruments(c.var.actor)));
  // Scoring saves nothing, so it answers 200 rather than the 201 of a POST that creates.
  router.openapi(createRoute({
    ...route('post', '/instruments/{code}/score', 'instruments', 'Score a response without saving it (staff)', scoreSchema),
    responses: { 200: jsonResponse(scoreSchema, 'OK'), ...errorResponses },
    request: { params: codeParams, body: jsonBody(scoreRequest) },
  }), (c) => json(c, scoreResponse(c.var.actor, c.req.valid('param').code, c.req.valid('json').answers)));
  return router;
}
