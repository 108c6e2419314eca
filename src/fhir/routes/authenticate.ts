// Who calls the FHIR endpoint: a Threshold sign-in (bearer token or cookie, exactly as /api/v1), or
// a SMART app's access token, which acts as its user through the same access gate, read-only and,
// for patient scopes, bound to the launch patient (src/services/smart/authorize-app.ts).
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../../api/env.ts';
import { requireSession } from '../../api/session.ts';
import { AppError } from '../../domain/index.ts';
import type { Actor } from '../../services/index.ts';

/** What the endpoint needs of a SMART authorization server. */
export interface FhirSmart {
  /** This FHIR endpoint's base as apps know it (the iss of an EHR launch, the aud of a token). */
  fhirBase: string;
  /** /.well-known/smart-configuration (SMART App Launch 2.0, "Conformance"). */
  configuration: Record<string, unknown>;
  oauth: { authorize: string; token: string };
  /** The actor of an app's access token; null when the token is not one, or no longer acts. */
  verifyAccessToken: (token: string) => Promise<Actor | null>;
}

const BEARER = /^Bearer\s+(\S+)$/i;

export function authenticateFhir(smart: FhirSmart | undefined): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const token = BEARER.exec(c.req.header('Authorization') ?? '')?.[1];
    if (smart === undefined || token === undefined) return requireSession(c, next);
    try {
      return await requireSession(c, next);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'unauthenticated') throw error;
    }
    const actor = await smart.verifyAccessToken(token);
    if (actor === null) throw new AppError('unauthenticated', 'the access token is not valid (expired, revoked, or its app was removed)');
    c.set('actor', actor);
    c.set('token', token);
    await next();
  };
}
