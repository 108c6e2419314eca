// The clinic's SMART apps (issue 16): registered and edited by the admin, listed for staff (the
// patient page's "Launch app" menu), and launched on a patient by a clinician (an EHR launch: the
// answer is the URL that opens the app with iss and launch).
import { createRoute, z } from '@hono/zod-openapi';
import type { FhirSmart } from '../../fhir/routes/authenticate.ts';
import { AppError } from '../../domain/errors.ts';
import { editApp, launchApp, listApps, registerApp, removeApp, smartAppEditSchema, smartAppSchema, smartScopes } from '../../services/index.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter, security } from '../env.ts';
import { json, route } from '../routes.ts';

const appSchema = z.object({
  id: z.string().describe('The OAuth client_id'),
  name: z.string(),
  redirectUris: z.array(z.string()),
  scopes: z.array(z.enum(smartScopes)),
  launchUrl: z.string().optional(),
  version: z.number().int(),
}).openapi('SmartApp');

const launchSchema = z.object({
  launch: z.string().describe('The launch id the app passes back when it asks for authorization'),
  url: z.string().describe('Open this: the app\'s launch URL with iss (this FHIR server) and launch'),
}).openapi('SmartLaunch');

const params = idParam('appId');

export function appRoutes(smart: FhirSmart | undefined): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/apps', 'apps', 'The clinic\'s SMART apps (staff)', z.array(appSchema)) }),
    async (c) => json(c, await listApps(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({ ...route('post', '/apps', 'apps', 'Register a SMART app (admin)', appSchema), request: { body: jsonBody(smartAppSchema) } }),
    async (c) => json(c, await registerApp(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now), 201));
  router.openapi(createRoute({ ...route('put', '/apps/{appId}', 'apps', 'Edit a SMART app (admin, with the version read)', appSchema), request: { params, body: jsonBody(smartAppEditSchema) } }),
    async (c) => json(c, await editApp(c.var.deps, c.var.actor, c.req.valid('param').appId, c.req.valid('json'), c.var.now)));
  router.openapi(createRoute({
    method: 'delete', path: '/apps/{appId}', tags: ['apps'], summary: 'Remove a SMART app (admin): its tokens stop working at once', security,
    request: { params }, responses: { 204: { description: 'Removed' }, ...errorResponses },
  }), async (c) => {
    await removeApp(c.var.deps, c.var.actor, c.req.valid('param').appId, c.var.now);
    return c.body(null, 204);
  });
  router.openapi(createRoute({
    method: 'post', path: '/apps/{appId}/launches', tags: ['apps'], summary: 'Launch an app on a patient (EHR launch, clinician)', security,
    request: { params, body: jsonBody(z.object({ patientId: z.string().min(1).max(64) })) },
    responses: { 201: jsonResponse(launchSchema, 'The launch'), ...errorResponses },
  }), async (c) => {
    if (smart === undefined) throw new AppError('not-found', 'this server has no SMART authorization server');
    const { launch, app } = await launchApp(c.var.deps, c.var.actor, c.req.valid('param').appId, c.req.valid('json').patientId, c.var.now);
    const url = new URL(app.launchUrl ?? '');
    url.searchParams.set('iss', smart.fhirBase);
    url.searchParams.set('launch', launch);
    return c.json({ launch, url: url.toString() }, 201);
  });
  return router;
}
