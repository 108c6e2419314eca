// Signing in and out, "who am I", invitations taken up (no session needed: the link's token is the
// credential), and a person's own sessions.
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import {
  acceptInvitation, acceptInvitationSchema, endMySession, invitationTokenSchema, listMySessions, readInvitation, signIn, signInSchema, signOut,
  type SignedIn, type SignInClient,
} from '../../services/index.ts';
import { errorResponses, idParam, jsonBody, jsonResponse, newRouter, security, type ApiEnv } from '../env.ts';
import { json, route } from '../routes.ts';
import { requireSession, SESSION_COOKIE } from '../session.ts';

const signedInSchema = z.object({
  token: z.string().describe('Send as "Authorization: Bearer <token>" (clients other than the web app)'),
  csrfToken: z.string().describe('The web app sends it as X-CSRF-Token on every change'),
  expiresAt: z.string(),
  user: z.object({
    id: z.string(), clinicId: z.string(), role: z.enum(['admin', 'clinician', 'patient']), name: z.string(), email: z.string(),
    patientId: z.string().optional(),
  }),
}).openapi('SignedIn');

const refused = (description: string): ReturnType<typeof jsonResponse> => jsonResponse(errorResponses[400].content['application/json'].schema, description);

const login = createRoute({
  method: 'post', path: '/login', tags: ['auth'], summary: 'Sign in with email and password',
  description: 'Sets an HTTP-only, same-site session cookie and returns the token for bearer use. Rate-limited per email and client; an account locks after repeated failures.',
  request: { body: jsonBody(signInSchema) },
  responses: {
    200: jsonResponse(signedInSchema, 'Signed in'),
    400: errorResponses[400], 401: errorResponses[401],
    423: refused('The account is locked after too many failed sign-ins; see Retry-After'),
    429: refused('Too many failed sign-ins; see Retry-After'),
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

const invitationViewSchema = z.object({
  name: z.string(), email: z.string(), role: z.enum(['admin', 'clinician', 'patient']), expiresAt: z.string(),
}).openapi('InvitationView');

const readInvitationRoute = createRoute({
  method: 'post', path: '/invitation', tags: ['auth'], summary: 'Who an invitation is for (the token is sent in the body, never in a URL)',
  request: { body: jsonBody(invitationTokenSchema) },
  responses: { 200: jsonResponse(invitationViewSchema, 'The invitation'), 400: errorResponses[400], 404: errorResponses[404] },
});

const acceptInvitationRoute = createRoute({
  method: 'post', path: '/invitation/accept', tags: ['auth'], summary: 'Set your password with an invitation: signs you in and ends your other sessions',
  request: { body: jsonBody(acceptInvitationSchema) },
  responses: { 200: jsonResponse(signedInSchema, 'Password set, signed in'), 400: errorResponses[400], 404: errorResponses[404] },
});

const sessionSchema = z.object({
  id: z.string(), client: z.string().nullable().describe('The browser or app that signed in'), createdAt: z.string(), expiresAt: z.string(),
  current: z.boolean().describe('The session this request came with'),
}).openapi('MySession');

function clientOf(c: Context): SignInClient {
  let address = 'in-process';
  try {
    address = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket
  }
  return { address, userAgent: c.req.header('User-Agent') };
}

function signedIn(c: Context<ApiEnv>, session: SignedIn, secureCookies: boolean): Response {
  setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secureCookies, expires: session.expiresAt });
  return c.json({ ...session, expiresAt: session.expiresAt.toISOString() }, 200);
}

export function authRoutes(options: { secureCookies: boolean }): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(login, async (c) => signedIn(c, await signIn(c.var.deps, c.req.valid('json'), c.var.now, clientOf(c)), options.secureCookies) as never);
  router.openapi(readInvitationRoute, async (c) => {
    const invitation = await readInvitation(c.var.deps, c.req.valid('json'), c.var.now);
    return c.json({ ...invitation, expiresAt: invitation.expiresAt.toISOString() }, 200);
  });
  router.openapi(acceptInvitationRoute, async (c) => signedIn(c, await acceptInvitation(c.var.deps, c.req.valid('json'), c.var.now, clientOf(c)), options.secureCookies) as never);

  router.use('/logout', requireSession);
  router.openapi(logout, async (c) => {
    await signOut(c.var.deps, c.var.actor, c.var.sessionId, c.var.now);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  router.use('/me', requireSession);
  router.openapi(me, (c) => c.json({ ...c.var.actor, patientId: c.var.actor.patientId, csrfToken: c.var.csrfToken }, 200));

  router.use('/sessions', requireSession);
  router.use('/sessions/*', requireSession);
  router.openapi(createRoute({ ...route('get', '/sessions', 'auth', 'Your sessions: where you are signed in', z.array(sessionSchema)) }),
    async (c) => json(c, await listMySessions(c.var.deps, c.var.actor, c.var.sessionId, c.var.now)));
  router.openapi(createRoute({ ...route('delete', '/sessions/{sessionId}', 'auth', 'End one of your sessions (this one too: that signs you out)', null), request: { params: idParam('sessionId') } }),
    async (c) => {
      await endMySession(c.var.deps, c.var.actor, c.req.valid('param').sessionId, c.var.now);
      return c.body(null, 204) as never;
    });
  return router;
}
