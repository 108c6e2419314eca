// Clinics and their people: the seed that makes a clinic with its first admin, and the admin's
// use-cases for users (issue 15, issue 18 item 13): list them with where each stands (active,
// invited, deactivated, locked), add one (invited, or with a password for scripts and the demo),
// deactivate and reactivate, and end a user's sessions.
import { z } from 'zod';
import { AppError, validationError } from '../domain/errors.ts';
import { idSchema, textSchema } from '../domain/index.ts';
import type { User } from '../store/index.ts';
import { inClinic } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { canonicalTimeZone, timeZoneSchema } from './clinic-day.ts';
import { issueInvitation, passwordSchema, type IssuedInvitation } from './invitations.ts';
import { parseId, parseInput } from './parse-input.ts';
import { hashPassword } from './passwords.ts';
import { canManageUsers } from './policies/index.ts';

export const newUserSchema = z.object({
  email: z.email().max(320),
  name: textSchema({ min: 1, max: 200 }),
  role: z.enum(['admin', 'clinician', 'patient']),
  password: passwordSchema.optional().describe('Without one, the user is invited: the response carries their invitation link'),
  discipline: textSchema({ min: 1, max: 100 }).optional().describe('For clinicians: physical therapy, acupuncture, ...'),
  patientId: idSchema.optional().describe('For a patient: their patient record (required for role patient)'),
});
export type NewUser = z.infer<typeof newUserSchema>;

function parseUser(input: unknown): NewUser {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'user');
  const user = parsed.data;
  if (user.role === 'patient' && !user.patientId) throw new AppError('validation', 'a patient user needs patientId', [{ path: 'patientId', message: 'required for role patient' }]);
  if (user.role !== 'patient' && user.patientId) throw new AppError('validation', 'only a patient user has a patientId', [{ path: 'patientId', message: 'only for role patient' }]);
  return user;
}

/**
 * A new clinic with its first admin. No actor: this is how a clinic comes to exist. Its day is the
 * server's time zone unless one is given (the admin can change it later).
 */
export async function createClinic(deps: ServiceDeps, input: { name: string; admin: unknown; timeZone?: string }, now: Date): Promise<{ clinicId: string; admin: User }> {
  const timeZone = parseInput(timeZoneSchema, input.timeZone ?? deps.serverTimeZone, 'clinic time zone');
  const admin = parseUser(input.admin);
  if (admin.role !== 'admin') throw new AppError('validation', 'the first user of a clinic is an admin', [{ path: 'admin.role', message: 'must be admin' }]);
  if (admin.password === undefined) throw new AppError('validation', 'the first admin of a clinic needs a password', [{ path: 'admin.password', message: 'required' }]);
  const passwordHash = await hashPassword(admin.password);
  const clinicId = deps.store.newId();
  const { password: _p, ...rest } = admin;
  const user = await deps.store.transaction(async (tx) => {
    await tx.global.insertClinic({ id: clinicId, name: input.name, timeZone: canonicalTimeZone(timeZone) ?? timeZone }, now);
    return tx.clinic(clinicId).people.insertUser({ ...rest, id: deps.store.newId(), passwordHash }, now);
  });
  return { clinicId, admin: user };
}

/** A user as created: with their invitation when they were given no password. */
export interface CreatedUser extends User {
  invitation?: IssuedInvitation;
}

export async function createUser(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<CreatedUser> {
  const user = parseUser(input);
  const passwordHash = user.password === undefined ? null : await hashPassword(user.password);
  const { password: _p, ...rest } = user;
  return inClinic(deps, actor, now, canManageUsers(actor), 'manage users', async ({ scope, note }) => {
    if (user.patientId && !(await scope.people.getPatient(user.patientId))) {
      throw new AppError('validation', `no patient ${user.patientId} in this clinic`, [{ path: 'patientId', message: 'unknown patient' }]);
    }
    if (user.patientId && (await scope.people.getUserOfPatient(user.patientId))) {
      throw new AppError('conflict', 'this patient already has a sign-in', [{ path: 'patientId', message: 'already has a sign-in' }]);
    }
    const created = await scope.people.insertUser({ ...rest, id: deps.store.newId(), passwordHash }, now);
    note({ action: 'create', recordType: 'user', recordId: created.id, patientId: created.patientId });
    if (passwordHash !== null) return created;
    return { ...created, invitation: await issueInvitation(deps, scope, actor, created, now) };
  });
}

/** A user on the admin's list: where they stand, their open invitation, how many sessions are live. */
export interface UserListing extends User {
  invitationExpiresAt?: Date;
  liveSessions: number;
}

export async function listUsers(deps: ServiceDeps, actor: Actor, now: Date): Promise<UserListing[]> {
  return inClinic(deps, actor, now, canManageUsers(actor), 'manage users', async ({ scope }) => {
    const users = await scope.people.listUsers();
    const ids = users.map((u) => u.id);
    const [invitations, sessions] = await Promise.all([scope.invitations.openFor(ids, now), scope.sessions.countLive(ids, now)]);
    return users.map((user) => {
      const invitation = invitations.get(user.id);
      const locked = user.lockedUntil && user.lockedUntil > now ? { lockedUntil: user.lockedUntil } : {};
      const { lockedUntil: _l, ...rest } = user;
      return { ...rest, ...locked, ...(invitation ? { invitationExpiresAt: invitation.expiresAt } : {}), liveSessions: sessions.get(user.id) ?? 0 };
    });
  });
}

type UserChange = 'deactivate' | 'reactivate' | 'end-sessions';

/**
 * Deactivate a user (they can no longer sign in; their sessions end, their invitation is revoked;
 * their records and audit trail stay), reactivate one, or end every session of one. An admin cannot
 * deactivate themself: a clinic must not lose its last way in by accident.
 */
export async function changeUser(deps: ServiceDeps, actor: Actor, userId: string, change: UserChange, now: Date): Promise<UserListing> {
  parseId(userId, 'userId');
  const changed = await inClinic(deps, actor, now, canManageUsers(actor), 'manage users', async ({ scope }) => {
    const user = await scope.people.getUser(userId);
    if (!user) throw new AppError('not-found', `no user ${userId}`);
    if (change === 'deactivate' && user.id === actor.userId) throw new AppError('conflict', 'you cannot deactivate your own account');
    if (change !== 'end-sessions') {
      await scope.people.setDeactivated(userId, change === 'deactivate' ? now : null);
    }
    if (change !== 'reactivate') await scope.sessions.endAll(userId);
    if (change === 'deactivate') await scope.invitations.revokeOpen(userId, now);
    await scope.audit.append([{ at: now, actorUserId: actor.userId, actorRole: actor.role, action: change, recordType: 'user', recordId: userId, patientId: user.patientId }]);
    return user;
  });
  deps.sessionCache.forgetUser(actor.clinicId, userId);
  const listing = (await listUsers(deps, actor, now)).find((u) => u.id === changed.id);
  if (!listing) throw new AppError('not-found', `no user ${userId}`);
  return listing;
}

/**
 * A member of the clinic's staff by id, as anyone of the clinic may know them (a name on a care
 * team, a SMART app's fhirUser): not patient data; patients and their sign-ins are not found here.
 */
export async function getStaffMember(deps: ServiceDeps, actor: Actor, userId: string, now: Date): Promise<{ id: string; name: string }> {
  return inClinic(deps, actor, now, 'allow', 'staff', async ({ scope }) => {
    const user = await scope.people.getUser(userId);
    if (!user || user.role === 'patient') throw new AppError('not-found', `no practitioner ${userId}`);
    return { id: user.id, name: user.name };
  });
}
