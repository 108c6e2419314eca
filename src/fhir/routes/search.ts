// GET /fhir/R4/{type}?...: search as the parameter table allows (search/parameters.ts). Patient
// search runs in the store (SQL); the other types search one patient's mapped history. Both answer
// with one page of a searchset Bundle: total, paging links, _include, and the ignored parameters.
import type { Bundle, Resource, ResourceType } from '@medplum/fhirtypes';
import type { Context } from 'hono';
import type { ApiEnv } from '../../api/env.ts';
import { boundPatientOf, exportPatientHistory, searchPatients } from '../../services/index.ts';
import { searchsetPage } from '../search/bundle.ts';
import { patientQueryOf } from '../search/patients.ts';
import { parseSearchQuery, type ParsedSearch } from '../search/query.ts';
import { searchedPatient, searchResources } from '../search/resources.ts';
import { patientResource, patientResources } from './patient-bundles.ts';
import { preferences } from './respond.ts';

export const baseUrlOf = (url: string): string => `${new URL(url).origin}/fhir/R4`;

async function patientSearch(c: Context<ApiEnv>, search: ParsedSearch, base: string): Promise<Bundle> {
  const { total, patients } = await searchPatients(c.var.deps, c.var.actor, patientQueryOf(search), c.var.now);
  return searchsetPage({ base, search, total, matches: patients.map(patientResource) });
}

async function historySearch(c: Context<ApiEnv>, search: ParsedSearch, base: string): Promise<Bundle> {
  const patientId = searchedPatient(search, boundPatientOf(c.var.actor));
  const history = await exportPatientHistory(c.var.deps, c.var.actor, patientId, c.var.now);
  const resources = patientResources(history, base);
  const found = searchResources(resources, search);
  const matches = found.slice(search.offset, search.offset + search.count);
  const included: Resource[] = search.include.includes('Observation:patient') && matches.length > 0
    ? resources.filter((r) => r.resourceType === 'Patient')
    : [];
  return searchsetPage({ base, search, total: found.length, matches, included });
}

export async function searchType(c: Context<ApiEnv>, type: ResourceType): Promise<Bundle> {
  const search = parseSearchQuery({ type, query: c.req.queries(), strict: preferences(c).get('handling') === 'strict' });
  const base = baseUrlOf(c.req.url);
  return type === 'Patient' ? patientSearch(c, search, base) : historySearch(c, search, base);
}
