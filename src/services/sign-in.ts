// Sign-in and sign-out (spec §7). A session is a random token naming its clinic (tokens.ts): the
// client keeps it (in an HTTP-only cookie or as a bearer token), the database keeps only its SHA-256,
// and each session has its own CSRF token that cookie-authenticated writes must echo in a header.
// Two brakes on guessing: the rate limit per email and per client address (sign-in-limiter.ts, in
// memory), and a lockout per account (kept with the user, so it holds across restarts and servers):
// after `signInLockout.failures` failures in a row the account refuses every password for
// `signInLockout.minutes`; a password set from an invitation clears it.
import { z } from 'zod';
import { AppError, validationError } from '../domain/errors.ts';
import { textSchema } from '../domain/index.ts';
import type { ClinicScope, Role, UserSignIn } from '../store/index.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { verifyDecoy, verifyPassword } from './passwords.ts';
import { clinicOfToken, hashToken, newSecret, newToken } from './tokens.ts';

export { hashToken } from './tokens.ts';

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

/** Where a sign-in comes from: the address for rate limiting, the browser to tell sessions apart. */
export interface SignInClient {
  address: string;
  userAgent?: string | undefined;
}

const WRONG = 'the email or the password is not right';

/** `client.address` identifies the caller for rate limiting, beside the email itself. */
export async function signIn(deps: ServiceDeps, input: unknown, now: Date, client: SignInClient): Promise<SignedIn> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'sign-in');
  const email = parsed.data.email.toLowerCase();
  const limitKeys = [`email:${email}`, `client:${client.address}`];
  deps.signInLimiter.check(limitKeys, now);

  const entry = await deps.store.transaction((tx) => tx.global.findSignIn(email));
  const user = entry ? await deps.store.transaction((tx) => tx.clinic(entry.clinicId).people.getUserSignIn(entry.userId)) : null;
  if (user?.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError('locked', `this account is locked after too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask the clinic for a new invitation`,
      [{ path: 'retryAfterSeconds', message: String(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000)) }]);
  }
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, parsed.data.password) : (await verifyDecoy(parsed.data.password), false);
  if (!user || !valid) {
    deps.signInLimiter.fail(limitKeys, now);
    if (user) await countFailure(deps, user, now);
    throw new AppError('unauthenticated', WRONG);
  }
  // Only someone who knows the password learns that the account is deactivated.
  if (user.status === 'deactivated') throw new AppError('unauthenticated', 'this account has been deactivated: ask the clinic\'s admin');
  deps.signInLimiter.succeed([`email:${email}`]);
  return deps.store.transaction(async (tx) => {
    const scope = tx.clinic(user.clinicId);
    if (user.failedSignIns > 0) await scope.people.clearFailedSignIns(user.id);
    return startSession(deps, scope, user, now, client);
  });
}

/** A failed password: counted on the account, which locks at the limit; both audited. */
async function countFailure(deps: ServiceDeps, user: UserSignIn, now: Date): Promise<void> {
  const lockUntil = new Date(now.getTime() + deps.signInLockout.minutes * 60_000);
  await deps.store.transaction(async (tx) => {
    const scope = tx.clinic(user.clinicId);
    const { locked } = await scope.people.countFailedSignIn(user.id, deps.signInLockout.failures, lockUntil);
    const event = { at: now, actorUserId: user.id, actorRole: user.role, recordType: 'user', recordId: user.id };
    await scope.audit.append([{ ...event, action: 'sign-in-failed' }, ...(locked ? [{ ...event, action: 'locked' as const }] : [])]);
  });
}

/** A new session for a user who has proved who they are (a password, or an invitation just used). */
export async function startSession(deps: ServiceDeps, scope: ClinicScope, user: Omit<UserSignIn, 'passwordHash' | 'failedSignIns'>, now: Date, client: SignInClient): Promise<SignedIn> {
  const token = newToken(user.clinicId);
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000);
  await scope.sessions.deleteExpired(user.id, now);
  await scope.sessions.insert({
    id: deps.store.newId(), userId: user.id, tokenHash: hashToken(token), csrfToken, expiresAt,
    client: client.userAgent ? client.userAgent.slice(0, 200) : null,
  }, now);
  await scope.audit.append([{ at: now, actorUserId: user.id, actorRole: user.role, action: 'sign-in', recordType: 'user', recordId: user.id }]);
  return { token, csrfToken, expiresAt, user: { id: user.id, clinicId: user.clinicId, role: user.role, name: user.name, email: user.email, patientId: user.patientId } };
}

export interface AuthenticatedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
}

const SIGNED_OUT = 'not signed in, or the session has expired: sign in again';

/** The actor of a session token, or 401 when it is unknown, expired, ended or its user deactivated. */
export async function authenticate(deps: ServiceDeps, token: string, now: Date): Promise<AuthenticatedSession> {
  const tokenHash = hashToken(token);
  const cached = deps.sessionCache.get(tokenHash, now);
  if (cached) return cached;
  const clinicId = clinicOfToken(token);
  if (clinicId === null) throw new AppError('unauthenticated', SIGNED_OUT);
  const session = await deps.store.singleStatement(clinicId).findSession(tokenHash, now);
  if (!session) throw new AppError('unauthenticated', SIGNED_OUT);
  const found = {
    actor: { userId: session.userId, clinicId: session.clinicId, role: session.role, patientId: session.patientId ?? undefined },
    sessionId: session.sessionId, csrfToken: session.csrfToken, expiresAt: session.expiresAt,
  };
  deps.sessionCache.put(tokenHash, found, now);
  return found;
}

export async function signOut(deps: ServiceDeps, actor: Actor, sessionId: string, now: Date): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const scope = tx.clinic(actor.clinicId);
    await scope.sessions.end(actor.userId, sessionId);
    await scope.audit.append([{ at: now, actorUserId: actor.userId, actorRole: actor.role, action: 'sign-out', recordType: 'user', recordId: actor.userId }]);
  });
  deps.sessionCache.forgetUser(actor.clinicId, actor.userId);
}
