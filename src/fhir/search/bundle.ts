// The searchset Bundle of one page (R4 §3.1.1.2 paging): `total` counts every match, `entry` holds
// the page's matches (search.mode "match"), what `_include` brought in ("include"), and, when some
// parameters were ignored, an OperationOutcome saying which ("outcome"). The links repeat only what
// was understood, so following `next` asks the same question one page further.
import type { Bundle, BundleEntry, BundleLink, OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { ParsedSearch } from './query.ts';

export interface SearchPage {
  /** The endpoint's base, e.g. https://clinic.example/fhir/R4. */
  base: string;
  search: ParsedSearch;
  total: number;
  matches: readonly Resource[];
  included?: readonly Resource[];
}

const keyOf = (resource: Resource): string => `${resource.resourceType}/${resource.id ?? ''}`;

function pageUrl(base: string, search: ParsedSearch, offset: number): string {
  const query = new URLSearchParams([...search.understood, ['_count', String(search.count)], ['_offset', String(offset)]]);
  return `${base}/${search.type}?${query.toString()}`;
}

function outcomeOf(ignored: ParsedSearch['ignored']): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: ignored.map(({ name, reason }) => ({
      severity: 'warning', code: 'not-supported', details: { text: `${name} ${reason}: ignored` }, diagnostics: `${name} ${reason}: ignored`, expression: [name],
    })),
  };
}

export function searchsetPage({ base, search, total, matches, included = [] }: SearchPage): Bundle {
  const link: BundleLink[] = [{ relation: 'self', url: pageUrl(base, search, search.offset) }];
  if (!search.countOnly) {
    link.push({ relation: 'first', url: pageUrl(base, search, 0) });
    if (search.offset > 0) link.push({ relation: 'previous', url: pageUrl(base, search, Math.max(0, search.offset - search.count)) });
    if (search.count > 0 && search.offset + search.count < total) link.push({ relation: 'next', url: pageUrl(base, search, search.offset + search.count) });
  }
  const entry: BundleEntry[] = search.countOnly ? [] : [
    ...matches.map((resource): BundleEntry => ({ fullUrl: `${base}/${keyOf(resource)}`, resource, search: { mode: 'match' } })),
    ...included.map((resource): BundleEntry => ({ fullUrl: `${base}/${keyOf(resource)}`, resource, search: { mode: 'include' } })),
  ];
  if (search.ignored.length > 0) entry.push({ resource: outcomeOf(search.ignored), search: { mode: 'outcome' } });
  return { resourceType: 'Bundle', type: 'searchset', total, link, ...(entry.length > 0 ? { entry } : {}) };
}
