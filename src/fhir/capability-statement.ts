// The CapabilityStatement for /fhir/R4/metadata: exactly what the FHIR endpoint will support (spec §6):
// read of each mapped resource type, search by patient and by date where R4 defines a date parameter
// for the type, Patient/{id}/$everything, and transaction Bundles. Search parameter names and
// definitions are R4's own (checked against the R4 search parameters in a test).
import type { CapabilityStatement, CapabilityStatementRestResource, ResourceType } from '@medplum/fhirtypes';

/** Every resource type the mapping produces, in the order the endpoint lists them. */
export const supportedResourceTypes = [
  'Patient', 'Practitioner', 'CareTeam', 'EpisodeOfCare', 'Condition', 'Goal', 'Observation', 'QuestionnaireResponse',
  'Encounter', 'Procedure', 'CarePlan', 'ClinicalImpression', 'ServiceRequest', 'DiagnosticReport', 'Flag', 'DocumentReference',
] as const satisfies readonly ResourceType[];

/** When the statement's content last changed (a CapabilityStatement's `date`, not the time of the request). */
export const CAPABILITY_DATE = '2026-11-23';

const R4 = 'http://hl7.org/fhir/SearchParameter';
const clinicalPatient = { name: 'patient', type: 'reference', definition: `${R4}/clinical-patient` } as const;
const clinicalDate = { name: 'date', type: 'date', definition: `${R4}/clinical-date` } as const;

/** The search parameters each type supports: by patient, and by the R4 date parameter the type has. */
const searchParams: Partial<Record<ResourceType, CapabilityStatementRestResource['searchParam']>> = {
  CareTeam: [clinicalPatient, clinicalDate],
  EpisodeOfCare: [clinicalPatient, clinicalDate],
  Condition: [clinicalPatient],
  Goal: [clinicalPatient, { name: 'start-date', type: 'date', definition: `${R4}/Goal-start-date` }],
  Observation: [clinicalPatient, clinicalDate],
  QuestionnaireResponse: [
    { name: 'patient', type: 'reference', definition: `${R4}/QuestionnaireResponse-patient` },
    { name: 'authored', type: 'date', definition: `${R4}/QuestionnaireResponse-authored` },
  ],
  Encounter: [clinicalPatient, clinicalDate],
  Procedure: [clinicalPatient, clinicalDate],
  CarePlan: [clinicalPatient, clinicalDate],
  ClinicalImpression: [clinicalPatient, clinicalDate],
  ServiceRequest: [clinicalPatient, { name: 'authored', type: 'date', definition: `${R4}/ServiceRequest-authored` }],
  DiagnosticReport: [clinicalPatient, clinicalDate],
  Flag: [clinicalPatient, clinicalDate],
  DocumentReference: [clinicalPatient, { name: 'date', type: 'date', definition: `${R4}/DocumentReference-date` }],
};

function resourceEntry(type: ResourceType): CapabilityStatementRestResource {
  const params = searchParams[type];
  return {
    type,
    interaction: [{ code: 'read' }, ...(params === undefined ? [] : [{ code: 'search-type' as const }])],
    ...(params === undefined ? {} : { searchParam: params }),
    ...(type === 'Patient'
      ? { operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }] }
      : {}),
  };
}

export interface CapabilityOptions {
  /** The endpoint's base URL, e.g. https://clinic.example/fhir/R4. */
  baseUrl?: string;
  /** Threshold's version, e.g. from package.json. */
  softwareVersion?: string;
}

export function capabilityStatement(
  resourceTypes: readonly ResourceType[] = supportedResourceTypes, options: CapabilityOptions = {},
): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: CAPABILITY_DATE,
    publisher: 'Threshold',
    kind: 'instance',
    software: { name: 'Threshold', ...(options.softwareVersion === undefined ? {} : { version: options.softwareVersion }) },
    implementation: {
      description: 'Threshold FHIR R4 endpoint: chronic musculoskeletal pain care records',
      ...(options.baseUrl === undefined ? {} : { url: options.baseUrl }),
    },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [{
      mode: 'server',
      resource: resourceTypes.map(resourceEntry),
      interaction: [{ code: 'transaction' }],
    }],
  };
}
