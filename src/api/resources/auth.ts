// Sign-in, sign-out and "who am I".
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { signIn, signInSchema, signOut } from '../../services/index.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter, security } from '../env.ts';
import { requireSession, SESSION_COOKIE } from '../session.ts';
import type { Context } from 'hono';

const signedInSchema = z.object({
  token: z.string().describe('Send as "Authorization: Bearer <token>" (clients other than the web app)'),
  csrfToken: z.string().describe('The web app sends it as X-CSRF-Token on every change'),
  expiresAt: z.string(),
  user: z.object({
    id: z.string(), clinicId: z.string(), role: z.enum(['admin', 'clinician', 'patient']), name: z.string(), email: z.string(),
    patientId: z.string().optional(),
  }),
}).openapi('SignedIn');

const login = createRoute({
  method: 'post', path: '/login', tags: ['auth'], summary: 'Sign in with email and password',
  description: 'Sets an HTTP-only, same-site session cookie and returns the token for bearer use. Rate-limited per email and client.',
  request: { body: jsonBody(signInSchema) },
  responses: {
    200: jsonResponse(signedInSchema, 'Signed in'),
    400: errorResponses[400], 401: errorResponses[401],
    429: jsonResponse(errorResponses[400].content['application/json'].schema, 'Too many failed sign-ins; see Retry-After'),
  },
});

const logout = createRoute({
  method: 'post', path: '/logout', tags: ['auth'], summary: 'Sign out (ends the session)', security,
  responses: { 204: { description: 'Signed out' }, 401: errorResponses[401], 403: errorResponses[403] },
});

const me = createRoute({
  method: 'get', path: '/me', tags: ['auth'], summary: 'The signed-in user, and the CSRF token for the web app', security,
  responses: {
    200: jsonResponse(z.object({ userId: z.string(), clinicId: z.string(), role: z.string(), patientId: z.string().optional(), csrfToken: z.string() }), 'The session'),
    401: errorResponses[401],
  },
});

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

export function authRoutes(options: { secureCookies: boolean }): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(login, async (c) => {
    const session = await signIn(c.var.deps, c.req.valid('json'), c.var.now, clientAddress(c));
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true, sameSite: 'Strict', path: '/', secure: options.secureCookies, expires: session.expiresAt,
    });
    return c.json({ ...session, expiresAt: session.expiresAt.toISOString() }, 200);
  });
  router.use('/logout', requireSession);
  router.openapi(logout, async (c) => {
    await signOut(c.var.deps, c.var.actor, c.var.token, c.var.now);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  router.use('/me', requireSession);
  router.openapi(me, (c) => c.json({ ...c.var.actor, patientId: c.var.actor.patientId, csrfToken: c.var.csrfToken }, 200));
  return router;
}

