// Who is calling. A browser sends the HTTP-only session cookie and, on every state-changing request,
// the session's CSRF token in the X-CSRF-Token header (the cookie alone never authorises a write, so
// a forged cross-site form cannot act). Other clients send Authorization: Bearer <token>, which a
// browser never attaches by itself, so it needs no CSRF token.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../domain/errors.ts';
import { authenticate } from '../services/index.ts';
import type { ApiEnv } from './env.ts';

export const SESSION_COOKIE = 'threshold_session';
export const CSRF_HEADER = 'X-CSRF-Token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(c: Context): string | undefined {
  const header = c.req.header('Authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AppError('unauthenticated', 'the Authorization header must be "Bearer <token>"');
  return match[1];
}

export const requireSession: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const bearer = bearerToken(c);
  const token = bearer ?? getCookie(c, SESSION_COOKIE);
  if (!token) throw new AppError('unauthenticated', 'sign in first: POST /api/v1/auth/login');
  const session = await authenticate(c.var.deps, token, c.var.now);
  if (bearer === undefined && !safeMethods.has(c.req.method) && c.req.header(CSRF_HEADER) !== session.csrfToken) {
    throw new AppError('forbidden', `a signed-in browser request that changes data needs the ${CSRF_HEADER} header from sign-in`,
      [{ path: CSRF_HEADER, message: 'missing or wrong' }]);
  }
  c.set('actor', session.actor);
  c.set('token', token);
  c.set('sessionId', session.sessionId);
  c.set('csrfToken', session.csrfToken);
  await next();
};
