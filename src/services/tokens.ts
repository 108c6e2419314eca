// Secret tokens (sessions, invitations). A token is "<clinic id>.<256 random bits>": the clinic it
// names is where its hash is looked up (a router query on Citus: no table outside the clinic is
// read), and only the SHA-256 of the whole token is stored, so a copy of the database holds no
// usable token.
import { createHash, randomBytes } from 'node:crypto';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A random secret with no clinic in it (the CSRF token). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export const newToken = (clinicId: string): string => `${clinicId}.${newSecret()}`;

/** The clinic a token names, or null for anything that is not a token of ours. */
export function clinicOfToken(token: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0 || dot > 64 || token.length - dot - 1 !== 43 || !/^[A-Za-z0-9_-]+$/.test(token.slice(dot + 1))) return null;
  return token.slice(0, dot);
}
