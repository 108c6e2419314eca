// Patient <-> case file `patient` (spec §3). The sex values of the record are FHIR's
// administrative genders, so they map one to one. The free-text contact becomes a telecom of system
// "other", because the record does not say whether it is a phone or an e-mail.
import type { Patient } from '@medplum/fhirtypes';
import type { CaseFileInput } from '../domain/index.ts';
import type { ExportContext } from './export-context.ts';
import type { Draft, ImportContext } from './import-context.ts';
import { ownRecordIdOf, recordIdentifier } from './record-ids.ts';

export function patientToFhir(ctx: ExportContext): Patient {
  const patient = ctx.file.patient;
  return {
    resourceType: 'Patient',
    id: ctx.patientId,
    ...recordIdentifier(patient.id),
    ...(patient.name === undefined ? {} : { name: [{ text: patient.name }] }),
    gender: patient.sex,
    birthDate: patient.birthDate,
    ...(patient.contact === undefined ? {} : { telecom: [{ system: 'other', value: patient.contact }] }),
  };
}

function nameOf(resource: Patient): string | undefined {
  const name = resource.name?.[0];
  if (name === undefined) return undefined;
  return name.text ?? ([...(name.given ?? []), name.family].filter((part) => part !== undefined).join(' ') || undefined);
}

/** The one Patient of the bundle, as the case file's `patient`. */
export function readPatient(ctx: ImportContext): Draft<CaseFileInput['patient']> | undefined {
  const patients = ctx.ofType('Patient');
  if (patients.length !== 1) {
    ctx.bundleProblem(`a case file holds one patient: the bundle has ${patients.length} Patient resources`);
    return undefined;
  }
  const [entry] = patients;
  if (entry === undefined) return undefined;
  ctx.origin('patient', entry);
  const resource = entry.resource;
  return {
    id: ownRecordIdOf(resource),
    name: nameOf(resource),
    birthDate: resource.birthDate,
    sex: resource.gender,
    contact: resource.telecom?.[0]?.value,
  };
}
