// Check-in notes read by the care team (issue 18, item 5): which have been read, and the patient page
// telling the API which notes a clinician has had on screen.
import { createRoute, z } from '@hono/zod-openapi';
import { checkInReadsInputSchema, listCheckInReads, markCheckInNotesRead } from '../../services/index.ts';
import { errorResponses, idParam, jsonResponse, newRouter } from '../env.ts';
import { json, jsonBody, route } from '../routes.ts';
import { checkInReadingSchema as readingSchema } from '../schemas.ts';

const params = idParam('episodeId');


const markedSchema = z.object({
  recorded: z.array(readingSchema).describe('The readings recorded now; a note read before keeps its first reading'),
  countsAsRead: z.boolean().describe('False when the reader is not on the patient\'s care team: the notes stay new for the team'),
  reason: z.string(),
}).openapi('CheckInNotesMarkedRead');

export function checkInReadRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/episodes/{episodeId}/check-in-reads', 'check-ins', 'Which check-in notes a clinician of the care team has read, by whom and when', z.array(readingSchema)), request: { params } }),
    async (c) => json(c, await listCheckInReads(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.var.now)));
  // Nothing new may come of it (notes read before), so it answers 200 rather than the 201 of a POST that creates.
  router.openapi(createRoute({
    ...route('post', '/episodes/{episodeId}/check-in-reads', 'check-ins', 'Mark check-in notes read: the clinician had them on screen (clinician of the care team)', markedSchema),
    responses: { 200: jsonResponse(markedSchema, 'OK'), ...errorResponses },
    request: { params, body: jsonBody(checkInReadsInputSchema) },
  }), async (c) => json(c, await markCheckInNotesRead(c.var.deps, c.var.actor, c.req.valid('param').episodeId, c.req.valid('json'), c.var.now)));
  return router;
}
