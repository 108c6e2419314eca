// Invitations (issue 15): how a person gets in. A clinician invites a patient from the patient's page
// (their sign-in is made, with no password); an admin invites staff, and sends anyone a new one (a
// forgotten password, a lockout). The link holds a single-use token that expires; only its hash is
// stored, and a new invitation replaces the open ones. Whoever holds the link sets their own password
// with it, which ends every other session of theirs, clears any lockout, and signs them in.
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { textSchema } from '../domain/index.ts';
import type { ClinicScope, User } from '../store/index.ts';
import { enforceAudited, inClinic, onPatient } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseId, parseInput } from './parse-input.ts';
import { hashPassword } from './passwords.ts';
import { canInviteUser } from './policies/index.ts';
import { startSession, type SignedIn, type SignInClient } from './sign-in.ts';
import { clinicOfToken, hashToken, newToken } from './tokens.ts';

export const passwordSchema = textSchema({ max: 1000 }).min(12, 'at least 12 characters');

export interface IssuedInvitation {
  userId: string;
  email: string;
  name: string;
  /** The secret for the link: shown once, to hand to the person; never stored. */
  token: string;
  expiresAt: Date;
}

/** A new invitation for a user, replacing their open ones, audited. Call it inside the gate's transaction. */
export async function issueInvitation(deps: ServiceDeps, scope: ClinicScope, actor: Actor, user: User, now: Date): Promise<IssuedInvitation> {
  if (user.status === 'deactivated') throw new AppError('conflict', `${user.email} is deactivated: reactivate the account before inviting them`);
  const token = newToken(scope.clinicId);
  const expiresAt = new Date(now.getTime() + deps.invitationHours * 3_600_000);
  await scope.invitations.replace({ id: deps.store.newId(), userId: user.id, tokenHash: hashToken(token), createdBy: actor.userId, expiresAt }, now);
  await scope.audit.append([{ at: now, actorUserId: actor.userId, actorRole: actor.role, action: 'invite', recordType: 'user', recordId: user.id, patientId: user.patientId }]);
  return { userId: user.id, email: user.email, name: user.name, token, expiresAt };
}

export const patientInvitationSchema = z.object({
  email: z.email().max(320).describe('Where the patient reads their link; also their sign-in'),
});

/**
 * Invite a patient: their sign-in is made (no password yet) on the first invitation; later ones
 * replace the open link. A patient's sign-in keeps the email it was made with.
 */
export async function invitePatient(deps: ServiceDeps, actor: Actor, patientId: string, input: unknown, now: Date): Promise<IssuedInvitation> {
  const { email } = parseInput(patientInvitationSchema, input, 'invitation');
  return onPatient(deps, actor, now, patientId, 'invite', async ({ scope, patient, note }) => {
    let user = await scope.people.getUserOfPatient(patientId);
    if (user && user.email !== email.toLowerCase()) {
      throw new AppError('conflict', `this patient signs in as ${user.email}: send the invitation again to that address, or ask the admin`,
        [{ path: 'email', message: `the patient's sign-in is ${user.email}` }]);
    }
    if (!user) {
      user = await scope.people.insertUser({ id: deps.store.newId(), email, name: patient.name ?? email, role: 'patient', patientId, passwordHash: null }, now);
      note({ action: 'create', recordType: 'user', recordId: user.id, patientId });
    }
    return issueInvitation(deps, scope, actor, user, now);
  });
}

/** Send a user a new invitation (the open one is replaced): for a first sign-in, a forgotten password or a lockout. */
export async function resendInvitation(deps: ServiceDeps, actor: Actor, userId: string, now: Date): Promise<IssuedInvitation> {
  parseId(userId, 'userId');
  return inClinic(deps, actor, now, actor.role === 'patient' ? 'deny' : 'allow', 'invite users', async ({ scope }) => {
    const user = await scope.people.getUser(userId);
    if (!user) throw new AppError('not-found', `no user ${userId}`);
    enforceAudited(canInviteUser(actor, user), 'invite staff (an admin\'s)', { recordType: 'user', recordId: user.id, patientId: user.patientId });
    return issueInvitation(deps, scope, actor, user, now);
  });
}

export const invitationTokenSchema = z.object({ token: textSchema({ min: 1, max: 200 }) });
export const acceptInvitationSchema = invitationTokenSchema.extend({ password: passwordSchema });

const NOT_VALID = 'this invitation link is not valid: it has expired, been used, or been replaced by a newer one; ask the clinic for a new one';

async function openInvitation(scope: ClinicScope, token: string, now: Date): Promise<{ id: string; user: User; expiresAt: Date }> {
  const invitation = await scope.invitations.findOpen(hashToken(token), now);
  const user = invitation ? await scope.people.getUser(invitation.userId) : null;
  if (!invitation || !user || user.status === 'deactivated') throw new AppError('not-found', NOT_VALID, [{ path: 'token', message: 'not a valid invitation' }]);
  return { id: invitation.id, user, expiresAt: invitation.expiresAt };
}

export interface InvitationView {
  name: string;
  email: string;
  role: User['role'];
  expiresAt: Date;
}

/** Who an invitation is for, so the page can greet them (no sign-in: the token is the credential). */
export async function readInvitation(deps: ServiceDeps, input: unknown, now: Date): Promise<InvitationView> {
  const { token } = parseInput(invitationTokenSchema, input, 'invitation');
  const clinicId = clinicOfToken(token);
  if (clinicId === null) throw new AppError('not-found', NOT_VALID, [{ path: 'token', message: 'not a valid invitation' }]);
  const { user, expiresAt } = await deps.store.transaction((tx) => openInvitation(tx.clinic(clinicId), token, now));
  return { name: user.name, email: user.email, role: user.role, expiresAt };
}

/** Set the password with an invitation: it is used up, every other session ends, and the person is signed in. */
export async function acceptInvitation(deps: ServiceDeps, input: unknown, now: Date, client: SignInClient): Promise<SignedIn> {
  const { token, password } = parseInput(acceptInvitationSchema, input, 'invitation');
  const clinicId = clinicOfToken(token);
  if (clinicId === null) throw new AppError('not-found', NOT_VALID, [{ path: 'token', message: 'not a valid invitation' }]);
  const passwordHash = await hashPassword(password);
  const signedIn = await deps.store.transaction(async (tx) => {
    const scope = tx.clinic(clinicId);
    const { id, user } = await openInvitation(scope, token, now);
    // Used in the same transaction as the password: a link clicked twice at once sets it once.
    if (!(await scope.invitations.use(id, now))) throw new AppError('not-found', NOT_VALID, [{ path: 'token', message: 'not a valid invitation' }]);
    await scope.people.setPassword(user.id, passwordHash);
    await scope.sessions.endAll(user.id);
    await scope.audit.append([{ at: now, actorUserId: user.id, actorRole: user.role, action: 'set-password', recordType: 'user', recordId: user.id, patientId: user.patientId }]);
    return startSession(deps, scope, user, now, client);
  });
  deps.sessionCache.forgetUser(clinicId, signedIn.user.id);
  return signedIn;
}
