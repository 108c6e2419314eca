// The two calls of the consent screen (the web app's page at /oauth/interaction/:uid): what the app
// asks for, and the user's decision. The user is whoever is signed in to Threshold (the session
// cookie, and the CSRF header for the decision, exactly as the web app's other calls); the pending
// authorization is oidc-provider's interaction, found by its cookie on the raw Node request. An
// allowed request becomes a grant of the scopes the clinic allows, bound to the launch patient.
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { errors as oidcErrors } from 'oidc-provider';
import { z } from 'zod';
import { renderError } from '../api/errors.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../api/session.ts';
import { AppError, validationError } from '../domain/errors.ts';
import {
  approveAuthorization, authenticate, describeAuthorization, type Actor, type AuthorizationRequest, type ServiceDeps,
} from '../services/index.ts';
import { GRANT_CONTEXT, OIDC_SCOPES, RESOURCE_SCOPES, type SmartServer } from './authorization-server.ts';

type Env = { Bindings: HttpBindings };

/** Where the consent screen lives: the web app serves the page, these routes its two calls. */
export const INTERACTION_PATH = '/oauth/interaction';

const decisionSchema = z.object({
  allow: z.boolean(),
  patientId: z.string().min(1).max(64).optional(),
});

export interface InteractionOptions {
  deps: ServiceDeps;
  smart: SmartServer;
  clock: () => Date;
  log: (error: unknown) => void;
}

export function interactionRoutes({ deps, smart, clock, log }: InteractionOptions): Hono<Env, Record<string, never>, typeof INTERACTION_PATH> {
  const app = new Hono<Env>().basePath(INTERACTION_PATH);
  app.onError((error, c) => renderError(c, error instanceof oidcErrors.SessionNotFound
    ? new AppError('not-found', 'this authorization request has expired or was finished: start again from the app')
    : error, log));

  const signedIn = async (c: Context<Env>, write: boolean): Promise<Actor> => {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) throw new AppError('unauthenticated', 'sign in to Threshold first');
    const session = await authenticate(deps, token, clock());
    if (write && c.req.header(CSRF_HEADER) !== session.csrfToken) {
      throw new AppError('forbidden', `the decision needs the ${CSRF_HEADER} header from sign-in`, [{ path: CSRF_HEADER, message: 'missing or wrong' }]);
    }
    return session.actor;
  };

  /** The pending authorization of this browser, as the services read it. */
  const pending = async (c: Context<Env>): Promise<AuthorizationRequest> => {
    const details = await smart.provider.interactionDetails(c.env.incoming, c.env.outgoing);
    if (details.uid !== c.req.param('uid')) throw new AppError('not-found', 'this authorization request belongs to another window: start again from the app');
    const param = (name: string): string | undefined => {
      const value = details.params[name];
      return typeof value === 'string' ? value : undefined;
    };
    return { clientId: param('client_id') ?? '', scopes: (param('scope') ?? '').split(' '), launch: param('launch') };
  };

  app.get('/:uid/details', async (c) => {
    const actor = await signedIn(c, false);
    return c.json(await describeAuthorization(deps, actor, await pending(c), clock()));
  });

  app.post('/:uid/decision', async (c) => {
    const actor = await signedIn(c, true);
    const parsed = decisionSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw validationError(parsed.error, 'decision');
    const decision = parsed.data;
    const request = await pending(c);
    const { incoming, outgoing } = c.env;
    if (!decision.allow) {
      const redirectTo = await smart.provider.interactionResult(incoming, outgoing,
        { error: 'access_denied', error_description: 'the user did not allow the app' }, { mergeWithLastSubmission: false });
      return c.json({ redirectTo });
    }
    const approved = await approveAuthorization(deps, actor, request, { patientId: decision.patientId }, clock());
    const grant = new smart.provider.Grant({ accountId: approved.accountId, clientId: request.clientId });
    const oidc = approved.scopes.filter((s) => (OIDC_SCOPES as readonly string[]).includes(s));
    const resource = approved.scopes.filter((s) => (RESOURCE_SCOPES as readonly string[]).includes(s));
    if (oidc.length > 0) grant.addOIDCScope(oidc.join(' '));
    if (resource.length > 0) grant.addResourceScope(smart.fhirBase, resource.join(' '));
    const grantId = await grant.save();
    if (approved.patientId !== undefined) await smart.storage.upsert(GRANT_CONTEXT, grantId, { patientId: approved.patientId }, grant.exp === undefined ? null : new Date(grant.exp * 1000));
    const redirectTo = await smart.provider.interactionResult(incoming, outgoing,
      { login: { accountId: approved.accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
    return c.json({ redirectTo });
  });
  return app;
}
