// The CapabilityStatement for /fhir/R4/metadata: exactly what the FHIR endpoint supports (spec §6,
// issue 16): read of each mapped resource type; search with the parameters of the one table the
// search itself reads (search/parameters.ts), with _include where the table has it; Patient/{id}/
// $everything; transaction Bundles; Bulk Data export (system and Patient level) when the endpoint
// offers it; and, when an authorization server is wired, SMART App Launch's security section.
import type {
  CapabilityStatement, CapabilityStatementRest, CapabilityStatementRestResource, CapabilityStatementRestResourceOperation, ResourceType,
} from '@medplum/fhirtypes';
import { searchIncludes, searchParameters } from './search/parameters.ts';

/** Every resource type the mapping produces, in the order the endpoint lists them. */
export const supportedResourceTypes = [
  'Patient', 'Practitioner', 'CareTeam', 'EpisodeOfCare', 'Condition', 'Goal', 'Observation', 'QuestionnaireResponse',
  'Encounter', 'Procedure', 'CarePlan', 'ClinicalImpression', 'ServiceRequest', 'DiagnosticReport', 'Flag', 'DocumentReference',
] as const satisfies readonly ResourceType[];

/** When the statement's content last changed (a CapabilityStatement's `date`, not the time of the request). */
export const CAPABILITY_DATE = '2026-12-07';

const BULK = 'http://hl7.org/fhir/uv/bulkdata';
const everything: CapabilityStatementRestResourceOperation = { name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' };
const patientExport: CapabilityStatementRestResourceOperation = { name: 'export', definition: `${BULK}/OperationDefinition/patient-export` };

export interface CapabilityOptions {
  /** The endpoint's base URL, e.g. https://clinic.example/fhir/R4. */
  baseUrl?: string;
  /** Threshold's version, e.g. from package.json. */
  softwareVersion?: string;
  /** Bulk Data export ($export) is offered. */
  bulkExport?: boolean;
  /** The authorization server's endpoints, when SMART App Launch is offered. */
  oauth?: { authorize: string; token: string };
}

function resourceEntry(type: ResourceType, options: CapabilityOptions): CapabilityStatementRestResource {
  const params = searchParameters[type];
  const includes = searchIncludes[type];
  const operations = type === 'Patient' ? [everything, ...(options.bulkExport === true ? [patientExport] : [])] : [];
  return {
    type,
    interaction: [{ code: 'read' }, ...(params === undefined ? [] : [{ code: 'search-type' as const }])],
    ...(params === undefined ? {} : {
      searchParam: params.map((p) => ({ name: p.name, type: p.type, definition: p.definition, ...(p.documentation === undefined ? {} : { documentation: p.documentation }) })),
    }),
    ...(includes === undefined ? {} : { searchInclude: [...includes] }),
    ...(operations.length === 0 ? {} : { operation: operations }),
  };
}

/** SMART App Launch 2.0 §"Capability Statement": the service coding and the oauth-uris extension. */
function security(oauth: NonNullable<CapabilityOptions['oauth']>): CapabilityStatementRest['security'] {
  return {
    service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] }],
    extension: [{
      url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
      extension: [{ url: 'authorize', valueUri: oauth.authorize }, { url: 'token', valueUri: oauth.token }],
    }],
  };
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
    ...(options.bulkExport === true ? { instantiates: [`${BULK}/CapabilityStatement/bulk-data`] } : {}),
    software: { name: 'Threshold', ...(options.softwareVersion === undefined ? {} : { version: options.softwareVersion }) },
    implementation: {
      description: 'Threshold FHIR R4 endpoint: chronic musculoskeletal pain care records',
      ...(options.baseUrl === undefined ? {} : { url: options.baseUrl }),
    },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [{
      mode: 'server',
      ...(options.oauth === undefined ? {} : { security: security(options.oauth) }),
      resource: resourceTypes.map((type) => resourceEntry(type, options)),
      interaction: [{ code: 'transaction' }],
      ...(options.bulkExport === true ? { operation: [{ name: 'export', definition: `${BULK}/OperationDefinition/export` }] } : {}),
    }],
  };
}
