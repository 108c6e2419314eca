// Patients and their care teams.
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { idSchema, patientSchema, textSchema, versionSchema } from '../domain/index.ts';
import type { CareTeamMember, StoredPatient } from '../store/index.ts';
import { inClinic, onPatient } from './access.ts';
import { changedFields } from './audit-detail.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { refuseDatesAfterToday } from './dates-after-today.ts';
import { parseInput } from './parse-input.ts';
import { canListPatients, canRegisterPatient } from './policies/index.ts';

export const newPatientSchema = patientSchema.omit({ id: true });
export const patientEditSchema = newPatientSchema.extend({ version: versionSchema });
export const careTeamMemberSchema = z.object({
  userId: idSchema,
  discipline: textSchema({ min: 1, max: 100 }),
  lead: z.boolean().default(false),
});

export async function registerPatient(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<StoredPatient> {
  const patient = parseInput(newPatientSchema, input, 'patient');
  return inClinic(deps, actor, now, canRegisterPatient(actor), 'register patients', async ({ scope, note, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday('patient', patient, today, now);
    const created = await scope.people.insertPatient({ ...patient, id: deps.store.newId() }, now);
    note({ action: 'create', recordType: 'patient', recordId: created.id, patientId: created.id });
    return created;
  });
}

/** Every patient of the clinic, with their number of episodes: one registered but not yet in care is listed too. */
export async function listPatients(deps: ServiceDeps, actor: Actor, now: Date): Promise<(StoredPatient & { episodeCount: number })[]> {
  return inClinic(deps, actor, now, canListPatients(actor), 'list patients', async ({ scope, note }) => {
    const patients = await scope.people.listPatients();
    note({ action: 'read', recordType: 'patient-list', recordId: actor.clinicId });
    return patients;
  });
}

export async function getPatient(deps: ServiceDeps, actor: Actor, patientId: string, now: Date): Promise<StoredPatient> {
  return onPatient(deps, actor, now, patientId, 'read-demographics', async ({ patient, note }) => {
    note({ action: 'read', recordType: 'patient', recordId: patient.id, patientId: patient.id });
    return patient;
  });
}

export async function editPatient(deps: ServiceDeps, actor: Actor, patientId: string, input: unknown, now: Date): Promise<StoredPatient> {
  const { version, ...patient } = parseInput(patientEditSchema, input, 'patient');
  return onPatient(deps, actor, now, patientId, 'edit-demographics', async ({ scope, note, patient: before, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday('patient', patient, today, now);
    // A birth date after the start of an episode would make that episode's case file invalid.
    const firstStart = (await scope.episodes.listForPatient(patientId)).map((e) => e.startDate).sort()[0];
    if (firstStart !== undefined && patient.birthDate > firstStart) {
      throw new AppError('validation', `Invalid patient: birthDate: the birth date must be on or before the first episode's start (${firstStart})`,
        [{ path: 'birthDate', message: `The birth date must be on or before the start of care (${firstStart})` }]);
    }
    const updated = await scope.people.replacePatient(patientId, version, patient);
    note({ action: 'update', recordType: 'patient', recordId: patientId, patientId, detail: changedFields(before, updated) });
    return updated;
  });
}

export async function addCareTeamMember(deps: ServiceDeps, actor: Actor, patientId: string, input: unknown, now: Date): Promise<CareTeamMember> {
  const member = parseInput(careTeamMemberSchema, input, 'care team member');
  return onPatient(deps, actor, now, patientId, 'manage-care-team', async ({ scope, note }) => {
    const user = await scope.people.getUser(member.userId);
    if (!user || user.role !== 'clinician') {
      throw new AppError('validation', `no clinician ${member.userId} in this clinic`, [{ path: 'userId', message: 'must be a clinician of this clinic' }]);
    }
    note({ action: 'update', recordType: 'care-team', recordId: patientId, patientId });
    return scope.people.addCareTeamMember({ ...member, patientId });
  });
}

export async function getCareTeam(deps: ServiceDeps, actor: Actor, patientId: string, now: Date): Promise<CareTeamMember[]> {
  return onPatient(deps, actor, now, patientId, 'read-demographics', async ({ scope, note }) => {
    note({ action: 'read', recordType: 'care-team', recordId: patientId, patientId });
    return scope.people.careTeam(patientId);
  });
}
