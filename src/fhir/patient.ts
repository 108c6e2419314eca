// Patient <-> case file `patient` (spec §3). The sex values of the record are FHIR's
// administrative genders, so they map one to one. The free-text contact becomes a telecom of system
// "other", because the record does not say whether it is a phone or an e-mail. The record keeps a
// name as one text; the resource also gives its parts, as US Core asks for a family name: the last
// word is the family name and the words before it the given names (the patient search in SQL,
// src/store/patient-search.ts, splits the same way).
import type { HumanName, Patient } from '@medplum/fhirtypes';
import type { CaseFileInput } from '../domain/index.ts';
import type { ExportContext } from './export-context.ts';
import type { Draft, ImportContext } from './import-context.ts';
import { ownRecordIdOf, recordIdentifier } from './record-ids.ts';

/** The name as FHIR's HumanName: the text as recorded, and its words split into given and family. */
export function humanName(text: string): HumanName {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  const family = words.at(-1);
  const given = words.slice(0, -1);
  return { text, ...(family === undefined ? {} : { family }), ...(given.length === 0 ? {} : { given }) };
}

export function patientToFhir(ctx: ExportContext): Patient {
  const patient = ctx.file.patient;
  return {
    resourceType: 'Patient',
    id: ctx.patientId,
    ...recordIdentifier(patient.id),
    ...(patient.name === undefined ? {} : { name: [humanName(patient.name)] }),
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
