// SMART App Launch 2.0 over HTTP (issue 16): the authorization server, its consent calls, and what
// the FHIR endpoint needs of it. One Node request listener dispatches: the consent calls to their
// routes, the rest of /oauth to oidc-provider, everything else to the API (which serves the web app,
// and with it the consent page).
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { FhirSmart } from '../fhir/routes/authenticate.ts';
import type { ServiceDeps } from '../services/index.ts';
import { createSmartServer, OAUTH_PATH, OAUTH_ROUTES, type SmartServer } from './authorization-server.ts';
import { INTERACTION_PATH, interactionRoutes } from './interactions.ts';
import { smartConfiguration } from './smart-configuration.ts';

export interface Smart {
  server: SmartServer;
  /** For the FHIR endpoint: the configuration document and the check of app tokens. */
  fhir: FhirSmart;
  /** The server's request listener, with `api` for every request that is not the authorization server's. */
  listener: (api: RequestListener) => RequestListener;
}

export interface SmartOptions {
  deps: ServiceDeps;
  publicUrl: string;
  tokenMinutes: number;
  secureCookies: boolean;
  clock: () => Date;
  log: (error: unknown) => void;
}

const CONSENT_CALL = new RegExp(`^${INTERACTION_PATH}/[^/]+/(details|decision)$`);

export async function createSmart(options: SmartOptions): Promise<Smart> {
  const server = await createSmartServer(options);
  const interactions = getRequestListener(interactionRoutes({ deps: options.deps, smart: server, clock: options.clock, log: options.log }).fetch);
  return {
    server,
    fhir: {
      fhirBase: server.fhirBase,
      configuration: smartConfiguration(server),
      oauth: { authorize: `${server.issuer}${OAUTH_ROUTES.authorization}`, token: `${server.issuer}${OAUTH_ROUTES.token}` },
      verifyAccessToken: server.verifyAccessToken,
    },
    listener: (api) => (req: IncomingMessage, res: ServerResponse) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (CONSENT_CALL.test(path)) return void interactions(req, res);
      // The consent page itself is the web app's (the API listener serves it, as any page).
      if (path.startsWith(`${INTERACTION_PATH}/`)) return void api(req, res);
      if (path === OAUTH_PATH || path.startsWith(`${OAUTH_PATH}/`)) return server.handle(req, res);
      return void api(req, res);
    },
  };
}
