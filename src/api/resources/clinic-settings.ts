// The clinic itself (name and time zone: its day, spec §4a.6) and its own settings (spec §4a.5):
// read by staff, changed by the admin with the version read, every change logged; and the preview of
// a proposed change, measured on simulated episodes off the request path (POST starts it, GET polls).
import { createRoute, z } from '@hono/zod-openapi';
import {
  cancelSettingsPreview, changeClinicSettings, clinicEditSchema, editClinic, getClinic, getClinicSettings,
  getLatestSettingsPreview, listClinicChanges, previewCancelSchema, settingsEditSchema, settingsPreviewSchema, startSettingsPreview,
} from '../../services/index.ts';
import { errorResponses, jsonResponse, newRouter, security } from '../env.ts';
import { json, jsonBody, route } from '../routes.ts';

const clinicSchema = z.object({
  id: z.string(), name: z.string(),
  timeZone: z.string().describe('IANA time zone: "today", as-of defaults, overdue checkpoints and check-in days are dates in it'),
  today: z.string().describe('Today in the clinic\'s time zone (YYYY-MM-DD)'),
  version: z.number().int().describe('Send it back with an edit: a stale version is refused with 409'),
}).openapi('Clinic');

const settingValues = z.record(z.string(), z.number());
const clinicSettingsSchema = z.object({
  version: z.number().int().describe('Send it back with a change: a stale version is refused with 409'),
  values: settingValues.describe('Every setting\'s value in use by this clinic\'s assessments (the default where not overridden)'),
  overrides: settingValues.describe('Only the settings where this clinic differs from the default'),
  catalogue: z.array(z.object({
    key: z.string(), default: z.number(), unit: z.string(), min: z.number(), max: z.number(), rationale: z.string(), source: z.string(),
  })).describe('Every setting: its default, unit, allowed range, rationale and source (src/domain/settings/catalogue.ts)'),
}).openapi('ClinicSettings');

const clinicChangeSchema = z.object({
  seq: z.number(), at: z.string(), actorUserId: z.string(), kind: z.enum(['setting', 'clinic']), key: z.string(),
  oldValue: z.union([z.number(), z.string()]), newValue: z.union([z.number(), z.string()]),
  version: z.number().int().describe('The settings version the change made (kind setting), or the clinic version (kind clinic)'),
}).openapi('ClinicChange');

const figuresSchema = z.object({
  episodes: z.number(),
  plateau: z.object({
    sensitivity: z.number().nullable(), definable: z.number(), specificity: z.number().nullable(), negatives: z.number(),
    medianDelayDays: z.number().nullable(),
  }),
  flares: z.object({ correct: z.number().nullable(), matched: z.number() }),
});
const previewRunSchema = z.object({ overrides: settingValues, figures: figuresSchema.nullable() });
const previewSchema = z.object({
  id: z.string(), status: z.enum(['running', 'done', 'failed', 'cancelled']), startedAt: z.string(), finishedAt: z.string().nullable(),
  startedBy: z.string(), episodes: z.number().int(), done: z.number().int(), total: z.number().int(), settingsVersion: z.number().int(),
  current: previewRunSchema, proposed: previewRunSchema, error: z.string().nullable(),
}).openapi('SettingsPreview', { description: 'The accuracy measurement (src/accuracy) under the clinic\'s current values and the proposed ones, side by side' });

const changesQuery = z.object({
  limit: z.string().regex(/^\d+$/).optional().describe('How many, 1-500 (default 100)'),
  before: z.string().regex(/^\d+$/).optional().describe('Only changes older than this sequence number'),
});

export function clinicSettingsRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/clinic', 'clinic', 'The clinic: name, time zone and today in it (everyone in the clinic)', clinicSchema) }),
    async (c) => json(c, await getClinic(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({ ...route('put', '/clinic', 'clinic', 'Change the clinic\'s name and time zone, with the version read (admin)', clinicSchema), request: { body: jsonBody(clinicEditSchema) } }),
    async (c) => json(c, await editClinic(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now)));

  router.openapi(createRoute({ ...route('get', '/clinic/settings', 'clinic settings', 'The clinic\'s settings: version, values in use, overrides and the catalogue (clinician, admin)', clinicSettingsSchema) }),
    async (c) => json(c, await getClinicSettings(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({
    ...route('put', '/clinic/settings', 'clinic settings', 'Change some settings, with the version read (admin). Out of range: 400 naming the setting; stale: 409; nothing changes on an error', clinicSettingsSchema),
    request: { body: jsonBody(settingsEditSchema) },
  }), async (c) => json(c, await changeClinicSettings(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now)));
  router.openapi(createRoute({
    ...route('get', '/clinic/settings/changes', 'clinic settings', 'Every change to the clinic\'s settings, name and time zone: who, when, old and new value; newest first (admin)', z.array(clinicChangeSchema)),
    request: { query: changesQuery },
  }), async (c) => json(c, await listClinicChanges(c.var.deps, c.var.actor, c.req.valid('query'), c.var.now)));

  // One preview per clinic at a time, so the clinic's preview is one resource: start, read, cancel.
  router.openapi(createRoute({
    method: 'post', path: '/clinic/settings/preview', tags: ['clinic settings'], security,
    summary: 'Start measuring what a proposed change would do, on simulated episodes, off the request path (admin; 409 while one runs)',
    request: { body: jsonBody(settingsPreviewSchema) },
    responses: { 202: jsonResponse(previewSchema, 'Started: poll GET /clinic/settings/preview'), ...errorResponses },
  }), async (c) => json(c, await startSettingsPreview(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now), 202));
  router.openapi(createRoute({ ...route('get', '/clinic/settings/preview', 'clinic settings', 'The clinic\'s latest preview, running (with its progress) or finished (with its figures), or null (admin)', previewSchema.nullable()) }),
    async (c) => json(c, await getLatestSettingsPreview(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({
    ...route('post', '/clinic/settings/preview/cancel', 'clinic settings', 'Cancel the preview with this id if it is still running (admin)', previewSchema),
    request: { body: jsonBody(previewCancelSchema) },
    responses: { 200: jsonResponse(previewSchema, 'The preview, cancelled if it was running'), ...errorResponses },
  }), async (c) => json(c, await cancelSettingsPreview(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now)));
  return router;
}
