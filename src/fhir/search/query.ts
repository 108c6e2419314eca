// A FHIR search request read against the parameter table (R4 search §3.1.1): each occurrence of a
// parameter is one criterion (all must hold), the comma-separated values within it are
// alternatives (any may hold). Result parameters (_count, _offset, _sort, _summary, _include) shape
// the page. A parameter the table does not list is ignored and reported, or refused under
// `Prefer: handling=strict`; a modifier or value the server cannot honour is always refused (R4:
// "servers SHALL reject any search request that contains a search parameter with an unsupported
// modifier"), since ignoring it would return a wider answer than the client asked for.
import type { ResourceType } from '@medplum/fhirtypes';
import { AppError } from '../../domain/errors.ts';
import { parametersOf, searchIncludes, sortableOf, type SearchParameter } from './parameters.ts';

/** The page size when the client gives none, and the most one page holds (a server's limit, not clinical). */
export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 1000;

export interface Criterion {
  parameter: SearchParameter;
  modifier: string | undefined;
  /** Alternatives: any one may match. */
  values: string[];
}

export interface SortKey {
  name: string;
  descending: boolean;
}

export interface ParsedSearch {
  type: ResourceType;
  criteria: Criterion[];
  count: number;
  offset: number;
  sort: SortKey[];
  /** `_summary=count`: the total only. */
  countOnly: boolean;
  include: string[];
  /** Parameters ignored, with the reason, for the OperationOutcome in the Bundle. */
  ignored: { name: string; reason: string }[];
  /** What was understood, in query form: the self and paging links are built from it. */
  understood: [string, string][];
}

const modifiersOf: Record<SearchParameter['type'], readonly string[]> = {
  string: ['exact', 'contains'],
  token: [],
  date: [],
  reference: [],
};

/** Split a value on the commas that are not escaped as "\,", then unescape. */
export function splitValues(value: string): string[] {
  return value.split(/(?<!\\),/).map((part) => part.replace(/\\([,$|\\])/g, '$1'));
}

function invalid(name: string, message: string): AppError {
  return new AppError('validation', `search parameter ${name}: ${message}`, [{ path: name, message }]);
}

function wholeNumber(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value)) throw invalid(name, `expected a whole number, got "${value}"`);
  return Math.min(Number(value), max);
}

export interface SearchInput {
  type: ResourceType;
  /** Every value of every query parameter, as the URL gave them. */
  query: Record<string, string[]>;
  /** `Prefer: handling=strict`: an unknown parameter is an error instead of being ignored. */
  strict: boolean;
}

export function parseSearchQuery({ type, query, strict }: SearchInput): ParsedSearch {
  const table = parametersOf(type);
  if (table === undefined) throw new AppError('not-found', `${type} cannot be searched here (see /fhir/R4/metadata)`);
  const parsed: ParsedSearch = { type, criteria: [], count: DEFAULT_COUNT, offset: 0, sort: [], countOnly: false, include: [], ignored: [], understood: [] };
  const ignore = (name: string, reason: string): void => {
    if (strict) throw new AppError('validation', `search parameter ${name} ${reason} (Prefer: handling=strict)`, [{ path: name, message: reason }]);
    parsed.ignored.push({ name, reason });
  };
  for (const [key, values] of Object.entries(query)) {
    for (const value of values) {
      if (readResultParameter(parsed, key, value, ignore)) continue;
      const [name = '', modifier] = key.split(':', 2);
      const parameter = table.find((p) => p.name === name);
      if (parameter === undefined) {
        ignore(key, `is not supported for ${type} (supported: ${table.map((p) => p.name).join(', ')})`);
        continue;
      }
      if (modifier !== undefined && !modifiersOf[parameter.type].includes(modifier)) {
        throw invalid(key, `the modifier :${modifier} is not supported${modifiersOf[parameter.type].length > 0 ? ` (use :${modifiersOf[parameter.type].join(' or :')})` : ''}`);
      }
      if (value === '') continue;
      parsed.criteria.push({ parameter, modifier, values: splitValues(value) });
      parsed.understood.push([key, value]);
    }
  }
  return parsed;
}

/** The result parameters; true when `key` was one of them. */
function readResultParameter(parsed: ParsedSearch, key: string, value: string, ignore: (name: string, reason: string) => void): boolean {
  switch (key) {
    case '_count':
      parsed.count = wholeNumber(key, value, MAX_COUNT);
      return true;
    case '_offset':
      parsed.offset = wholeNumber(key, value, Number.MAX_SAFE_INTEGER);
      return true;
    case '_summary':
      if (value === 'count') parsed.countOnly = true;
      else if (value !== 'false') throw invalid(key, `only _summary=count (or false) is supported, not "${value}"`);
      parsed.understood.push([key, value]);
      return true;
    case '_sort': {
      const sortable = sortableOf(parsed.type);
      for (const part of value.split(',')) {
        const name = part.replace(/^-/, '');
        if (sortable.includes(name)) parsed.sort.push({ name, descending: part.startsWith('-') });
        else ignore(`_sort=${part}`, `cannot sort ${parsed.type} by ${name}${sortable.length > 0 ? ` (sortable: ${sortable.join(', ')})` : ''}`);
      }
      if (parsed.sort.length > 0) parsed.understood.push([key, parsed.sort.map((s) => `${s.descending ? '-' : ''}${s.name}`).join(',')]);
      return true;
    }
    case '_include': {
      const supported = searchIncludes[parsed.type] ?? [];
      if (supported.includes(value)) {
        parsed.include.push(value);
        parsed.understood.push([key, value]);
      } else {
        ignore(`_include=${value}`, `is not supported for ${parsed.type}${supported.length > 0 ? ` (supported: ${supported.join(', ')})` : ''}`);
      }
      return true;
    }
    case '_format':
      // The endpoint speaks JSON only; asking for it by name is fine.
      if (!/json/.test(value)) ignore(`_format=${value}`, 'is not supported: the endpoint answers in application/fhir+json');
      return true;
    case '_total':
      // The total is always counted exactly, which every value allows.
      return true;
    default:
      return false;
  }
}
