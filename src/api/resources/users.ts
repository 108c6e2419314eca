// The clinic's users, for its admin (issue 18 item 13, issue 15): list them with where each stands,
// add one (invited, unless a password is given), send an invitation again, deactivate or reactivate,
// and end every session of one.
import { createRoute, z } from '@hono/zod-openapi';
import { changeUser, createUser, listUsers, newUserSchema, resendInvitation } from '../../services/index.ts';
import { idParam, newRouter } from '../env.ts';
import { renderInvitation } from '../invitation-link.ts';
import { json, jsonBody, route } from '../routes.ts';
import { createdUserSchema, invitationSchema, userListingSchema } from '../schemas.ts';

const params = idParam('userId');

export function userRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/users', 'users', 'The clinic\'s users: status, open invitation, live sessions (admin)', z.array(userListingSchema)) }),
    async (c) => json(c, await listUsers(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({ ...route('post', '/users', 'users', 'Add a user (admin); without a password they are invited and the response carries the link', createdUserSchema), request: { body: jsonBody(newUserSchema) } }),
    async (c) => {
      const { invitation, ...user } = await createUser(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now);
      return json(c, { ...user, ...(invitation ? { invitation: renderInvitation(c, invitation) } : {}) }, 201);
    });
  router.openapi(createRoute({ ...route('post', '/users/{userId}/invitation', 'users', 'Send a new invitation, replacing the open one (admin; a clinician for a patient)', invitationSchema), request: { params } }),
    async (c) => json(c, renderInvitation(c, await resendInvitation(c.var.deps, c.var.actor, c.req.valid('param').userId, c.var.now)), 201));
  for (const [action, change, summary] of [
    ['deactivate', 'deactivate', 'Deactivate: no more sign-ins, sessions ended, invitation revoked; records stay (admin)'],
    ['reactivate', 'reactivate', 'Reactivate a deactivated user (admin)'],
  ] as const) {
    router.openapi(createRoute({ ...route('post', `/users/{userId}/${action}`, 'users', summary, userListingSchema), request: { params } }),
      async (c) => json(c, await changeUser(c.var.deps, c.var.actor, c.req.valid('param').userId, change, c.var.now), 201));
  }
  router.openapi(createRoute({ ...route('delete', '/users/{userId}/sessions', 'users', 'End every session of the user (admin)', null), request: { params } }),
    async (c) => {
      await changeUser(c.var.deps, c.var.actor, c.req.valid('param').userId, 'end-sessions', c.var.now);
      return c.body(null, 204) as never;
    });
  return router;
}
