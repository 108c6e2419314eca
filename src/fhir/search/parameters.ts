// The one table of search parameters: the CapabilityStatement lists it, the query parser reads each
// parameter's type from it, and each entry says which element it reads, so what the statement
// promises is what the search does. Names and definitions are R4's own (checked against the R4
// search parameters in capability-statement.test.ts); Patient's follow US Core's patient search.
import type { ResourceType } from '@medplum/fhirtypes';

const R4 = 'http://hl7.org/fhir/SearchParameter';

/**
 * What a parameter reads. Patient's parameters are answered by the store in SQL (`patient-field`);
 * the others run over one patient's resources (search/resources.ts): `patient` names whose they are,
 * `date` a date range of the resource, `concept` a CodeableConcept element matched as a token.
 */
export type ParameterReads =
  | { kind: 'patient-field'; field: 'id' | 'name' | 'family' | 'given' | 'birthDate' | 'sex' | 'identifier' }
  | { kind: 'patient' }
  | { kind: 'date'; element: 'clinical' | 'start-date' | 'authored' }
  | { kind: 'concept'; element: 'code' | 'category' };

export interface SearchParameter {
  name: string;
  type: 'string' | 'token' | 'date' | 'reference';
  definition: string;
  documentation?: string;
  reads: ParameterReads;
}

const patientOf = (definition = `${R4}/clinical-patient`): SearchParameter => ({ name: 'patient', type: 'reference', definition, reads: { kind: 'patient' } });
const clinicalDate: SearchParameter = { name: 'date', type: 'date', definition: `${R4}/clinical-date`, reads: { kind: 'date', element: 'clinical' } };

const patientParameters: SearchParameter[] = [
  { name: '_id', type: 'token', definition: `${R4}/Resource-id`, reads: { kind: 'patient-field', field: 'id' } },
  {
    name: 'name', type: 'string', definition: `${R4}/Patient-name`, reads: { kind: 'patient-field', field: 'name' },
    documentation: 'Any part of the name starts with the value (case and accents ignored); :contains and :exact are supported.',
  },
  {
    name: 'family', type: 'string', definition: `${R4}/individual-family`, reads: { kind: 'patient-field', field: 'family' },
    documentation: 'Threshold keeps a name as one text; its last word is the family name.',
  },
  {
    name: 'given', type: 'string', definition: `${R4}/individual-given`, reads: { kind: 'patient-field', field: 'given' },
    documentation: 'Threshold keeps a name as one text; the words before the last are the given names.',
  },
  { name: 'birthdate', type: 'date', definition: `${R4}/individual-birthdate`, reads: { kind: 'patient-field', field: 'birthDate' } },
  { name: 'gender', type: 'token', definition: `${R4}/individual-gender`, reads: { kind: 'patient-field', field: 'sex' } },
  {
    name: 'identifier', type: 'token', definition: `${R4}/Patient-identifier`, reads: { kind: 'patient-field', field: 'identifier' },
    documentation: 'The Threshold record id (system https://threshold.local/fhir/NamingSystem/record-id).',
  },
];

/** Every searchable type and its parameters, in the order the statement lists them. */
export const searchParameters: Partial<Record<ResourceType, readonly SearchParameter[]>> = {
  Patient: patientParameters,
  CareTeam: [patientOf(), clinicalDate],
  EpisodeOfCare: [patientOf(), clinicalDate],
  Condition: [patientOf()],
  Goal: [patientOf(), { name: 'start-date', type: 'date', definition: `${R4}/Goal-start-date`, reads: { kind: 'date', element: 'start-date' } }],
  Observation: [
    patientOf(),
    clinicalDate,
    {
      name: 'code', type: 'token', definition: `${R4}/clinical-code`, reads: { kind: 'concept', element: 'code' },
      documentation: 'LOINC for measures and pain, the Threshold code system for the rest; system|code, code or |code.',
    },
    { name: 'category', type: 'token', definition: `${R4}/Observation-category`, reads: { kind: 'concept', element: 'category' } },
  ],
  QuestionnaireResponse: [
    patientOf(`${R4}/QuestionnaireResponse-patient`),
    { name: 'authored', type: 'date', definition: `${R4}/QuestionnaireResponse-authored`, reads: { kind: 'date', element: 'authored' } },
  ],
  Encounter: [patientOf(), clinicalDate],
  Procedure: [patientOf(), clinicalDate],
  CarePlan: [patientOf(), clinicalDate],
  ClinicalImpression: [patientOf(), clinicalDate],
  ServiceRequest: [patientOf(), { name: 'authored', type: 'date', definition: `${R4}/ServiceRequest-authored`, reads: { kind: 'date', element: 'authored' } }],
  DiagnosticReport: [patientOf(), clinicalDate],
  Flag: [patientOf(), clinicalDate],
  // The documents made of an episode (issue 14), by when each was made.
  DocumentReference: [patientOf(), { name: 'date', type: 'date', definition: `${R4}/DocumentReference-date`, reads: { kind: 'date', element: 'clinical' } }],
};

/** `_include` values each type supports. */
export const searchIncludes: Partial<Record<ResourceType, readonly string[]>> = {
  Observation: ['Observation:patient'],
};

/** What `_sort` may name per type (with "-" for descending): the type's date parameter, or Patient's fields. */
export function sortableOf(type: ResourceType): string[] {
  if (type === 'Patient') return ['_id', 'name', 'family', 'birthdate'];
  return (searchParameters[type] ?? []).filter((p) => p.type === 'date').map((p) => p.name);
}

export function parametersOf(type: string): readonly SearchParameter[] | undefined {
  return searchParameters[type as ResourceType];
}
