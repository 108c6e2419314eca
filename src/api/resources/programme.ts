// The active phase over HTTP (spec §4b): the exercise library (built-in and the clinic's own) and an
// episode's programme, read whole and changed by new versions. Movement assessments are simple
// records (records.ts); the programme's log arrives with the check-in.
import { createRoute, z } from '@hono/zod-openapi';
import { exerciseSchema } from '../../domain/index.ts';
import {
  addClinicExercise, changeProgramme, exerciseQuerySchema, getProgramme, listExercises, programmeChangeSchema,
} from '../../services/index.ts';
import { idParam, newRouter } from '../env.ts';
import { json, jsonBody, route } from '../routes.ts';
import { libraryExerciseSchema, programmeSchema, storedProgrammeVersionSchema } from '../schemas.ts';

const episodeParams = idParam('episodeId');

export function programmeRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/exercises', 'exercises', 'The exercise library: built-in and the clinic\'s own, filtered by kind (pattern), ladder or words', z.array(libraryExerciseSchema)), request: { query: exerciseQuerySchema } }),
    async (c) => json(c, await listExercises(c.var.deps, c.var.actor, c.req.valid('query'), c.var.now)));
  router.openapi(createRoute({ ...route('post', '/exercises', 'exercises', 'Add an exercise of the clinic\'s own (same shape as the library\'s)', libraryExerciseSchema), request: { body: jsonBody(exerciseSchema) } }),
    async (c) => json(c, await addClinicExercise(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now), 201));
  router.openapi(createRoute({ ...route('get', '/episodes/{episodeId}/programme', 'programme', 'The exercise programme: every version and the exercises it names', programmeSchema), request: { params: episodeParams } }),
    async (c) => json(c, await getProgramme(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.var.now)));
  router.openapi(createRoute({ ...route('post', '/episodes/{episodeId}/programme', 'programme', 'Change the programme: a new version with its date and reason (send basedOn, the number of versions read)', storedProgrammeVersionSchema), request: { params: episodeParams, body: jsonBody(programmeChangeSchema) } }),
    async (c) => json(c, await changeProgramme(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.req.valid('json'), c.var.now), 201));
  return router;
}
