// Patient search (FHIR Patient search, issue 16): staff search their clinic's patients; a patient,
// or an app bound to one patient, finds only that patient. The store filters, counts and pages in
// SQL; every patient returned is a read of their demographics and leaves its audit row.
import type { PatientQuery, StoredPatient } from '../store/index.ts';
import { inClinic } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { boundPatientOf, canSearchPatients } from './policies/index.ts';

export type { DayRange, PatientQuery, TextMatch } from '../store/index.ts';

export interface PatientSearchResult {
  total: number;
  patients: StoredPatient[];
}

export async function searchPatients(deps: ServiceDeps, actor: Actor, query: PatientQuery, now: Date): Promise<PatientSearchResult> {
  const bound = boundPatientOf(actor);
  return inClinic(deps, actor, now, canSearchPatients(actor), 'search patients', async ({ scope, note }) => {
    const result = await scope.people.searchPatients({ ...query, onlyPatient: bound ?? query.onlyPatient });
    for (const patient of result.patients) note({ action: 'read', recordType: 'patient', recordId: patient.id, patientId: patient.id });
    if (result.patients.length === 0) note({ action: 'read', recordType: 'patient-search', recordId: actor.clinicId });
    return result;
  });
}
