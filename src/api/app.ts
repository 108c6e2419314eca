// The HTTP API /api/v1 as a Hono app. It is a factory: tests call app.request(...) in-process and
// src/server.ts serves it. Every request gets the clock read once and the use-case dependencies;
// every route except sign-in and the OpenAPI document needs a session.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ServiceDeps } from '../services/index.ts';
import type { ApiEnv } from './env.ts';
import { limitBody, MAX_API_BODY_BYTES } from './body-limit.ts';
import { renderError, validationHook } from './errors.ts';
import { securityHeaders } from './security-headers.ts';
import { authRoutes } from './resources/auth.ts';
import { checkInReadRoutes } from './resources/check-in-reads.ts';
import { clinicRoutes } from './resources/clinic.ts';
import { clinicSettingsRoutes } from './resources/clinic-settings.ts';
import { documentRoutes } from './resources/documents.ts';
import { episodeRoutes } from './resources/episodes.ts';
import { instrumentRoutes } from './resources/instruments.ts';
import { peopleRoutes } from './resources/people.ts';
import { programmeRoutes } from './resources/programme.ts';
import { recordRoutes } from './resources/records.ts';
import { userRoutes } from './resources/users.ts';
import { SESSION_COOKIE, requireSession } from './session.ts';
import { AppError } from '../domain/errors.ts';
import type { BulkExporter } from '../fhir/bulk/exporter.ts';
import type { FhirSmart } from '../fhir/routes/authenticate.ts';
import { fhirCors, fhirRoutes } from '../fhir/routes/index.ts';
import { appRoutes } from './resources/apps.ts';

export interface ApiOptions {
  deps: ServiceDeps;
  secureCookies: boolean;
  /** The clock, read once per request (tests pass a fixed one). */
  clock?: () => Date;
  /** Where unexpected errors are reported (500s). */
  log?: (error: unknown) => void;
  /** Bulk Data export at /fhir/R4/$export (src/fhir/bulk): absent, the endpoint does not offer it. */
  bulk?: BulkExporter;
  /** SMART App Launch (src/smart): app tokens at /fhir/R4 and the SMART configuration. */
  smart?: FhirSmart;
}

export function createApi(options: ApiOptions): OpenAPIHono<ApiEnv> {
  const clock = options.clock ?? ((): Date => new Date());
  const log = options.log ?? ((error: unknown): void => console.error(error));
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  app.use('*', securityHeaders({ https: options.secureCookies }));
  app.onError((error, c) => renderError(c, error, log));
  app.notFound((c) => renderError(c, new AppError('not-found', `no route ${c.req.method} ${c.req.path}`), log));
  app.use('/api/v1/*', limitBody(MAX_API_BODY_BYTES));
  app.use('/api/v1/*', async (c, next) => {
    c.set('now', clock());
    c.set('deps', options.deps);
    const ended = options.deps.activity.begin();
    try {
      await next();
    } finally {
      ended();
    }
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'The token from sign-in' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The web app\'s session cookie; changes also need the X-CSRF-Token header',
  });
  // The document is the same for the server's life (every route is registered before the first
  // request), so it is made once, on the first request: made afresh it took about 70 ms of CPU per
  // request (bench/api/cpu.ts, GET /api/v1/openapi.json).
  let openApiDocument: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument ??= app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'Threshold API', version: '1', description: 'Care progression for chronic musculoskeletal pain. Errors are { error: { code, message, details } }.' },
  })));
  app.route('/api/v1/auth', authRoutes({ secureCookies: options.secureCookies }));
  app.use('/api/v1/*', requireSession);
  app.route('/api/v1', userRoutes());
  app.route('/api/v1', peopleRoutes());
  app.route('/api/v1', episodeRoutes());
  app.route('/api/v1', recordRoutes());
  app.route('/api/v1', checkInReadRoutes());
  app.route('/api/v1', clinicRoutes());
  app.route('/api/v1', clinicSettingsRoutes());
  app.route('/api/v1', documentRoutes());
  app.route('/api/v1', instrumentRoutes());
  app.route('/api/v1', programmeRoutes());
  app.route('/api/v1', appRoutes(options.smart));
  const smart = options.smart;
  // SMART App Launch: the configuration at the server's root too, where some clients look first.
  if (smart !== undefined) app.get('/.well-known/smart-configuration', fhirCors, (c) => c.json(smart.configuration));
  app.route('/fhir/R4', fhirRoutes({ deps: options.deps, clock, log, bulk: options.bulk, smart: options.smart }));
  return app;
}
