// Clinics and their people: the seed that makes a clinic with its first admin (used by tests now,
// and later by `threshold demo`), and the admin's use-cases for users.
import { z } from 'zod';
import { AppError, validationError } from '../domain/errors.ts';
import type { User } from '../store/index.ts';
import { inClinic } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { hashPassword } from './passwords.ts';
import { canManageUsers } from './policies/index.ts';

export const newUserSchema = z.object({
  email: z.email().max(320),
  name: z.string().min(1).max(200),
  role: z.enum(['admin', 'clinician', 'patient']),
  password: z.string().min(12, 'at least 12 characters').max(1000),
  discipline: z.string().min(1).max(100).optional().describe('For clinicians: physical therapy, acupuncture, ...'),
  patientId: z.string().min(1).max(64).optional().describe('For a patient: their patient record (required for role patient)'),
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

/** A new clinic with its first admin. No actor: this is how a clinic comes to exist. */
export async function createClinic(deps: ServiceDeps, input: { name: string; admin: unknown }, now: Date): Promise<{ clinicId: string; admin: User }> {
  const admin = parseUser(input.admin);
  if (admin.role !== 'admin') throw new AppError('validation', 'the first user of a clinic is an admin', [{ path: 'admin.role', message: 'must be admin' }]);
  const passwordHash = await hashPassword(admin.password);
  const clinicId = deps.store.newId();
  const { password: _p, ...rest } = admin;
  const user = await deps.store.transaction(async (tx) => {
    await tx.global.insertClinic({ id: clinicId, name: input.name }, now);
    return tx.clinic(clinicId).people.insertUser({ ...rest, id: deps.store.newId(), passwordHash }, now);
  });
  return { clinicId, admin: user };
}

export async function createUser(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<User> {
  const user = parseUser(input);
  const passwordHash = await hashPassword(user.password);
  const { password: _p, ...rest } = user;
  return inClinic(deps, actor, now, canManageUsers(actor), 'manage users', async ({ scope, note }) => {
    if (user.patientId && !(await scope.people.getPatient(user.patientId))) {
      throw new AppError('validation', `no patient ${user.patientId} in this clinic`, [{ path: 'patientId', message: 'unknown patient' }]);
    }
    const created = await scope.people.insertUser({ ...rest, id: deps.store.newId(), passwordHash }, now);
    note({ action: 'create', recordType: 'user', recordId: created.id, patientId: created.patientId });
    return created;
  });
}

export async function listUsers(deps: ServiceDeps, actor: Actor, now: Date): Promise<User[]> {
  return inClinic(deps, actor, now, canManageUsers(actor), 'manage users', ({ scope }) => scope.people.listUsers());
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
