// The FHIR R4 endpoint /fhir/R4 (spec §6, issue 16): the CapabilityStatement, read and search of the
// mapped resources, Patient/{id}/$everything, import of a transaction Bundle, Bulk Data export, and
// SMART's configuration. Same sessions (bearer or cookie with the CSRF header for writes) as
// /api/v1, or a SMART app's access token; every read and write is a use-case, so it passes the one
// access gate (clinic scope, policy, audit). Browsers of other origins may call it (CORS): its
// credentials are bearer tokens, which a browser never sends by itself. Handlers only translate: FHIR request
// -> use-case -> mapper -> FHIR response; errors are OperationOutcomes (respond.ts).
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ResourceType } from '@medplum/fhirtypes';
import { AppError } from '../../domain/index.ts';
import type { ApiEnv } from '../../api/env.ts';
import { limitBody, MAX_FHIR_BODY_BYTES } from '../../api/body-limit.ts';
import {
  exportEpisodeHistory, exportPatientHistory, getPatient, getStaffMember, importPatientHistory, type ServiceDeps,
} from '../../services/index.ts';
import { capabilityStatement, supportedResourceTypes } from '../capability-statement.ts';
import { caseFileFromBundle, episodeResources, patientResource, patientResources, searchsetBundle } from './patient-bundles.ts';
import type { BulkExporter } from '../bulk/exporter.ts';
import { practitionerResource } from '../care-team.ts';
import { fhirId } from '../ids.ts';
import { authenticateFhir, type FhirSmart } from './authenticate.ts';
import { bulkRoutes } from './bulk.ts';
import { fhirResponse, renderFhirError } from './respond.ts';
import { baseUrlOf, searchType } from './search.ts';

export interface FhirOptions {
  deps: ServiceDeps;
  clock: () => Date;
  log: (error: unknown) => void;
  /** Bulk Data export, when the server offers it (it needs a folder for the files). */
  bulk?: BulkExporter | undefined;
  /** SMART App Launch, when an authorization server is wired (src/smart). */
  smart?: FhirSmart | undefined;
}

/** Headers a cross-origin FHIR client sends and reads (a SMART app in the browser, a Bulk Data client). */
export const fhirCors = cors({
  origin: '*',
  allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'Prefer'],
  allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
  exposeHeaders: ['Content-Location', 'Location', 'X-Progress', 'Retry-After', 'Expires'],
});

/** What this endpoint serves: every mapped type (Practitioner by read only: a SMART app's fhirUser). */
export const servedResourceTypes: readonly ResourceType[] = supportedResourceTypes;
const PRACTITIONER_PREFIX = 'practitioner-';

// Resource ids of an episode's records start with the episode's id (ids.ts), a store UUID.
const EPISODE_PREFIX = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:-|$)/;

function servedType(type: string): ResourceType {
  const found = servedResourceTypes.find((t) => t === type);
  if (found === undefined) throw new AppError('not-found', `the resource type ${type} is not served here (see /fhir/R4/metadata)`);
  return found;
}

export function fhirRoutes(options: FhirOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.onError((error, c) => renderFhirError(c, error, options.log));
  app.use('*', fhirCors);
  app.use('*', limitBody(MAX_FHIR_BODY_BYTES));
  app.use('*', async (c, next) => {
    c.set('now', options.clock());
    c.set('deps', options.deps);
    await next();
  });

  // Public, as FHIR clients expect: it says what the server does and holds no patient data.
  app.get('/metadata', (c) => fhirResponse(c, capabilityStatement(servedResourceTypes, {
    baseUrl: baseUrlOf(c.req.url), bulkExport: options.bulk !== undefined, ...(options.smart === undefined ? {} : { oauth: options.smart.oauth }),
  })));
  const smart = options.smart;
  if (smart !== undefined) app.get('/.well-known/smart-configuration', (c) => c.json(smart.configuration));

  app.use('*', authenticateFhir(options.smart));
  // Before the read and search routes, which would take "$export" for a type or an id.
  if (options.bulk !== undefined) bulkRoutes(app, options.bulk);

  app.post('/', async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/(fhir\+)?json\b/.test(type)) {
      throw new AppError('validation', 'send the Bundle as application/fhir+json', [{ path: 'Content-Type', message: 'expected application/fhir+json' }]);
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch (error) {
      throw new AppError('validation', `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`, [{ path: '(body)', message: 'not JSON' }]);
    }
    const caseFile = caseFileFromBundle(body, true);
    const imported = await importPatientHistory(c.var.deps, c.var.actor, caseFile, c.var.now);
    // One response entry per request entry, in order (R4 transaction-response). The records are
    // stored under new ids: the Patient and the EpisodeOfCare say where; the other resources were
    // read into the episode's records and are found through them ($everything).
    const entries = (body as { entry?: { resource?: { resourceType?: string } }[] }).entry ?? [];
    return fhirResponse(c, {
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: entries.map((entry) => {
        const resourceType = entry.resource?.resourceType;
        if (resourceType === 'Patient') return { response: { status: '201 Created', location: `Patient/${imported.patientId}` } };
        if (resourceType === 'EpisodeOfCare') return { response: { status: '201 Created', location: `EpisodeOfCare/${imported.episodeId}` } };
        return { response: { status: '200 OK' } };
      }),
    });
  });

  app.get('/Patient/:id/:operation', async (c) => {
    if (c.req.param('operation') !== '$everything') throw new AppError('not-found', `no operation ${c.req.param('operation')} on Patient`);
    const history = await exportPatientHistory(c.var.deps, c.var.actor, c.req.param('id'), c.var.now);
    const base = baseUrlOf(c.req.url);
    return fhirResponse(c, searchsetBundle(patientResources(history, base), base, c.req.url));
  });

  app.get('/:type/:id', async (c) => {
    const type = servedType(c.req.param('type'));
    const id = c.req.param('id');
    if (type === 'Patient') return fhirResponse(c, patientResource(await getPatient(c.var.deps, c.var.actor, id, c.var.now)));
    if (type === 'Practitioner') {
      if (!id.startsWith(PRACTITIONER_PREFIX)) throw new AppError('not-found', `no Practitioner/${id}`);
      const member = await getStaffMember(c.var.deps, c.var.actor, id.slice(PRACTITIONER_PREFIX.length), c.var.now);
      if (fhirId(`${PRACTITIONER_PREFIX}${member.id}`) !== id) throw new AppError('not-found', `no Practitioner/${id}`);
      return fhirResponse(c, practitionerResource(id, member));
    }
    const episodeId = EPISODE_PREFIX.exec(id)?.[1];
    if (episodeId === undefined) throw new AppError('not-found', `no ${type}/${id}`);
    const history = await exportEpisodeHistory(c.var.deps, c.var.actor, episodeId, c.var.now);
    const found = (episodeResources(history, baseUrlOf(c.req.url)).entry ?? [])
      .find((entry) => entry.resource?.resourceType === type && entry.resource.id === id)?.resource;
    if (found === undefined) throw new AppError('not-found', `no ${type}/${id}`);
    return fhirResponse(c, found);
  });

  app.get('/:type', async (c) => fhirResponse(c, await searchType(c, servedType(c.req.param('type')))));

  app.all('*', (c) => {
    throw new AppError('not-found', `no FHIR interaction ${c.req.method} ${c.req.path}`);
  });
  return app;
}
