// Search over one patient's resources (every type but Patient): the patient's history is mapped once
// (the same resources $everything gives), then each criterion of the parameter table is applied and
// the matches are sorted. `patient` is required: it names whose history to map. A clinic-wide scan
// of clinical resources is not offered (bulk export is the way to read everyone's).
import type { CodeableConcept, Resource } from '@medplum/fhirtypes';
import { AppError } from '../../domain/index.ts';
import { matchesDate, parseDateCriterion, rangeOf, type Range } from './date.ts';
import { parametersOf, type ParameterReads } from './parameters.ts';
import type { Criterion, ParsedSearch } from './query.ts';
import { conceptMatches, parseToken } from './token.ts';

function patientIdOf(value: string): string {
  const match = /^(?:Patient\/)?([A-Za-z0-9\-.]{1,64})$/.exec(value);
  if (match?.[1] === undefined) throw new AppError('validation', `search parameter patient=${value}: expected a patient id or Patient/<id>`, [{ path: 'patient', message: 'expected <id> or Patient/<id>' }]);
  return match[1];
}

/**
 * The one patient a search is about: from its `patient` parameter, else the patient the actor is
 * bound to (a patient's own sign-in, an app launched for one patient); 400 when neither says.
 */
export function searchedPatient(search: ParsedSearch, boundTo: string | undefined): string {
  const ids = new Set(search.criteria.filter((c) => c.parameter.reads.kind === 'patient').map((c) => {
    const alternatives = [...new Set(c.values.map(patientIdOf))];
    if (alternatives.length > 1) throw new AppError('validation', 'search by one patient at a time', [{ path: 'patient', message: 'one patient' }]);
    return alternatives[0] ?? '';
  }));
  if (ids.size > 1) throw new AppError('validation', 'search by one patient at a time', [{ path: 'patient', message: 'one patient' }]);
  const [id] = ids;
  if (id !== undefined) return id;
  if (boundTo !== undefined) return boundTo;
  throw new AppError('validation', `a search of ${search.type} needs the patient parameter (a search across the whole clinic is not offered: use $export)`, [{ path: 'patient', message: 'required' }]);
}

type Dated = Partial<Record<'effectiveDateTime' | 'effectiveInstant' | 'performedDateTime' | 'date' | 'startDate' | 'authored' | 'authoredOn', string>>
  & Partial<Record<'effectivePeriod' | 'performedPeriod' | 'period', { start?: string; end?: string }>>;

/**
 * R4 reads a period without an end as still running. The mappers write only a start for a record
 * that has one date (a session, an intake visit), so the open reading is kept for resources whose
 * status says they run on (an active episode, care plan or flag); the rest stand for their start.
 */
function periodRange(period: { start?: string; end?: string }, running: boolean): Range {
  const start = period.start === undefined ? undefined : rangeOf(period.start);
  const low = start?.low ?? -Infinity;
  if (period.end !== undefined) return { low, high: rangeOf(period.end)?.high ?? Infinity };
  return { low, high: running || start === undefined ? Infinity : start.high };
}

/** The element each R4 date parameter reads (clinical-date, Goal-start-date, *-authored). */
export function dateRangeOf(resource: Resource, element: 'clinical' | 'start-date' | 'authored'): Range | undefined {
  const r = resource as Dated;
  const single = (value: string | undefined): Range | undefined => (value === undefined ? undefined : rangeOf(value));
  switch (element) {
    case 'start-date': return single(r.startDate);
    case 'authored': return single(r.authored ?? r.authoredOn);
    case 'clinical': {
      const period = r.effectivePeriod ?? r.performedPeriod ?? r.period;
      if (period !== undefined) return periodRange(period, (resource as { status?: string }).status === 'active');
      return single(r.effectiveDateTime ?? r.effectiveInstant ?? r.performedDateTime ?? r.date);
    }
  }
}

type Matcher = (resource: Resource) => boolean;

function matcherOf(criterion: Criterion): Matcher {
  const reads: ParameterReads = criterion.parameter.reads;
  const name = criterion.parameter.name;
  switch (reads.kind) {
    case 'patient':
      // Whose history is searched was settled by searchedPatient: every resource in it is theirs.
      return () => true;
    case 'date': {
      const alternatives = criterion.values.map((value) => parseDateCriterion(name, value));
      return (resource) => {
        const range = dateRangeOf(resource, reads.element);
        return range !== undefined && alternatives.some((c) => matchesDate(range, c));
      };
    }
    case 'concept': {
      const tokens = criterion.values.map(parseToken);
      return (resource) => conceptMatches((resource as unknown as Record<string, unknown>)[reads.element] as CodeableConcept | CodeableConcept[] | undefined, tokens);
    }
    case 'patient-field':
      throw new AppError('internal', `${name} is a Patient parameter, answered by the store`);
  }
}

const sortDate = (resource: Resource, element: 'clinical' | 'start-date' | 'authored'): number => dateRangeOf(resource, element)?.low ?? Number.NaN;

/** The resources of the searched type that meet every criterion, in the order `_sort` asks. */
export function searchResources(resources: readonly Resource[], search: ParsedSearch): Resource[] {
  const matchers = search.criteria.map(matcherOf);
  const found = resources.filter((r) => r.resourceType === search.type && matchers.every((m) => m(r)));
  const keys = search.sort.flatMap((key) => {
    // _sort names only date parameters of the type (query.ts checked it against the same table).
    const reads = parametersOf(search.type)?.find((p) => p.name === key.name)?.reads;
    return reads?.kind === 'date' ? [{ element: reads.element, sign: key.descending ? -1 : 1 }] : [];
  });
  if (keys.length === 0) return found;
  // Resources without the date go last either way; equal dates keep the history's order (stable sort).
  return found.map((resource, index) => ({ resource, index, dates: keys.map((k) => sortDate(resource, k.element)) }))
    .sort((a, b) => {
      for (const [i, key] of keys.entries()) {
        const x = a.dates[i] ?? Number.NaN;
        const y = b.dates[i] ?? Number.NaN;
        if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
        if (x !== y && !Number.isNaN(x)) return (x - y) * key.sign;
      }
      return a.index - b.index;
    })
    .map((entry) => entry.resource);
}
