// Sign-in and sign-out (spec §7). A session is a random token: the client keeps the token (in an
// HTTP-only cookie or as a bearer token), the database keeps only its SHA-256, and each session has
// its own CSRF token that cookie-authenticated writes must echo in a header.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError, validationError } from '../domain/errors.ts';
import { textSchema } from '../domain/index.ts';
import type { Role } from '../store/index.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { verifyDecoy, verifyPassword } from './passwords.ts';

export const signInSchema = z.object({
  email: z.email().max(320),
  password: textSchema({ min: 1, max: 1000 }),
});
export type SignInInput = z.infer<typeof signInSchema>;

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: { id: string; clinicId: string; role: Role; name: string; email: string; patientId?: string | undefined };
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

/** `client` identifies the caller for rate limiting (its address), beside the email itself. */
export async function signIn(deps: ServiceDeps, input: unknown, now: Date, client: string): Promise<SignedIn> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'sign-in');
  const email = parsed.data.email.toLowerCase();
  const limitKeys = [`email:${email}`, `client:${client}`];
  deps.signInLimiter.check(limitKeys, now);

  const entry = await deps.store.transaction((tx) => tx.global.findSignIn(email));
  const user = entry ? await deps.store.transaction((tx) => tx.clinic(entry.clinicId).people.getUserWithHash(entry.userId)) : null;
  const valid = user ? await verifyPassword(user.passwordHash, parsed.data.password) : (await verifyDecoy(parsed.data.password), false);
  if (!user || !valid) {
    deps.signInLimiter.fail(limitKeys, now);
    throw new AppError('unauthenticated', 'the email or the password is not right');
  }
  deps.signInLimiter.succeed([`email:${email}`]);

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000);
  await deps.store.transaction(async (tx) => {
    await tx.global.insertSession({ tokenHash: hashToken(token), clinicId: user.clinicId, userId: user.id, csrfToken, expiresAt }, now);
    await tx.clinic(user.clinicId).audit.append([{ at: now, actorUserId: user.id, actorRole: user.role, action: 'sign-in', recordType: 'user', recordId: user.id }]);
  });
  return { token, csrfToken, expiresAt, user: { id: user.id, clinicId: user.clinicId, role: user.role, name: user.name, email: user.email, patientId: user.patientId } };
}

export interface AuthenticatedSession {
  actor: Actor;
  csrfToken: string;
}

/** The actor of a session token, or 401 when it is unknown or expired. */
export async function authenticate(deps: ServiceDeps, token: string, now: Date): Promise<AuthenticatedSession> {
  const session = await deps.store.global.findSessionUser(hashToken(token), now);
  if (!session) throw new AppError('unauthenticated', 'not signed in, or the session has expired: sign in again');
  return {
    actor: { userId: session.userId, clinicId: session.clinicId, role: session.role, patientId: session.patientId ?? undefined },
    csrfToken: session.csrfToken,
  };
}

export async function signOut(deps: ServiceDeps, actor: Actor, token: string, now: Date): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await tx.global.deleteSession(hashToken(token));
    await tx.clinic(actor.clinicId).audit.append([{ at: now, actorUserId: actor.userId, actorRole: actor.role, action: 'sign-out', recordType: 'user', recordId: actor.userId }]);
  });
}
