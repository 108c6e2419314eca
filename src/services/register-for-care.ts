// "Register and start intake": a new patient and their first episode of care, in one transaction
// (issue 18). Either both are saved or neither is: a birth date after the start of care, a negative
// pain duration or a signed-in admin (who may not open care) leaves no patient behind. The checks
// that need both parts (the birth date before the start) are made before anything is written.
import { z } from 'zod';
import type { StoredCaseFile } from './case-file.ts';
import { inClinic, refreshSummary } from './access.ts';
import { loadStoredCaseFile } from './case-file.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { refuseDatesAfterToday } from './dates-after-today.ts';
import { emptyIntake, newEpisodeSchema } from './manage-episodes.ts';
import { newPatientSchema } from './manage-patients.ts';
import { parseInput } from './parse-input.ts';
import { canRegisterForCare } from './policies/index.ts';

export const registrationSchema = z.object({
  patient: newPatientSchema,
  episode: newEpisodeSchema,
}).superRefine((registration, ctx) => {
  if (registration.patient.birthDate > registration.episode.startDate) {
    ctx.addIssue({ code: 'custom', path: ['patient', 'birthDate'], message: 'the birth date must be on or before the day care starts' });
  }
});

export async function registerForCare(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<StoredCaseFile> {
  const { patient, episode } = parseInput(registrationSchema, input, 'registration');
  return inClinic(deps, actor, now, canRegisterForCare(actor), 'register a patient and open their care (a clinician does this)', async ({ scope, note, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday('patient', patient, today, now, 'patient.');
    refuseDatesAfterToday('episode', episode, today, now, 'episode.');
    const created = await scope.people.insertPatient({ ...patient, id: deps.store.newId() }, now);
    const stored = await scope.episodes.insert({
      ...episode, id: deps.store.newId(), patientId: created.id, statusSince: episode.startDate, intake: emptyIntake, ongoingCare: null,
    }, now);
    note({ action: 'create', recordType: 'patient', recordId: created.id, patientId: created.id });
    note({ action: 'create', recordType: 'episode', recordId: stored.id, patientId: created.id });
    await refreshSummary(deps, scope, await rules(), stored, now);
    return loadStoredCaseFile(scope, stored);
  });
}
