// An invitation as the API hands it over: with the link to the web app's page where the person sets
// their password. The token goes in the link's fragment (after #), which a browser never sends to a
// server, so it stays out of access logs and Referer headers.
import type { Context } from 'hono';
import type { IssuedInvitation } from '../services/index.ts';

export const WELCOME_PATH = '/welcome';

export function invitationLink(c: Context, token: string): string {
  return `${new URL(c.req.url).origin}${WELCOME_PATH}#${token}`;
}

export function renderInvitation(c: Context, invitation: IssuedInvitation): Record<string, unknown> {
  return { ...invitation, expiresAt: invitation.expiresAt.toISOString(), link: invitationLink(c, invitation.token) };
}
