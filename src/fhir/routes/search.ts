// Search by patient and date (spec §6), exactly as the CapabilityStatement lists it: the parameter
// names and which types have them are read from the statement itself, so the two cannot drift. A
// search runs over the patient's own resources (the export of their history), so `patient` is
// required: a clinic-wide scan is refused as too costly rather than run slowly.
import type { Resource, ResourceType } from '@medplum/fhirtypes';
import { AppError } from '../../domain/index.ts';
import { capabilityStatement } from '../capability-statement.ts';
import { matchesDate, parseDateCriterion, rangeOf, type DateCriterion, type Range } from './date-search.ts';

export interface ResourceSearch {
  patientId: string;
  /** The date parameter's name for this type (date, start-date, authored) and its criteria. */
  dates: DateCriterion[];
  dateParam: string | undefined;
}

/** What the statement lists for a type: its search parameters by name and type; undefined when not searchable. */
export function searchParamsOf(types: readonly ResourceType[], type: string): Map<string, string> | undefined {
  const entry = capabilityStatement(types).rest?.[0]?.resource?.find((r) => r.type === type);
  if (entry?.searchParam === undefined) return undefined;
  return new Map(entry.searchParam.map((p) => [p.name ?? '', p.type ?? '']));
}

function patientIdOf(value: string): string {
  const match = /^(?:Patient\/)?([A-Za-z0-9\-.]{1,64})$/.exec(value);
  if (match?.[1] === undefined) throw new AppError('validation', `search parameter patient=${value}: expected a patient id or Patient/<id>`, [{ path: 'patient', message: 'expected <id> or Patient/<id>' }]);
  return match[1];
}

/** Reads a search's query (every value of every parameter); refuses anything the statement does not list. */
export function parseSearch(types: readonly ResourceType[], type: string, query: Record<string, string[]>): ResourceSearch {
  const params = searchParamsOf(types, type);
  if (params === undefined) throw new AppError('not-found', `${type} cannot be searched here (see /fhir/R4/metadata)`);
  let patientId: string | undefined;
  let dateParam: string | undefined;
  const dates: DateCriterion[] = [];
  for (const [name, values] of Object.entries(query)) {
    const kind = params.get(name);
    if (kind === undefined) {
      throw new AppError('validation', `search parameter ${name} is not supported for ${type}: use ${[...params.keys()].join(', ')}`, [{ path: name, message: 'not supported' }]);
    }
    if (kind === 'reference') {
      const ids = [...new Set(values.map(patientIdOf))];
      if (ids.length > 1 || (patientId !== undefined && ids[0] !== patientId)) throw new AppError('validation', 'search by one patient at a time', [{ path: name, message: 'one patient' }]);
      patientId = ids[0];
    } else {
      dateParam = name;
      dates.push(...values.map((value) => parseDateCriterion(name, value)));
    }
  }
  if (patientId === undefined) {
    throw new AppError('validation', `a search of ${type} needs the patient parameter (a search across the whole clinic is not offered)`, [{ path: 'patient', message: 'required' }]);
  }
  return { patientId, dates, dateParam };
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
export function dateRangeOf(resource: Resource, param: string): Range | undefined {
  const r = resource as Dated;
  const single = (value: string | undefined): Range | undefined => (value === undefined ? undefined : rangeOf(value));
  switch (param) {
    case 'start-date': return single(r.startDate);
    case 'authored': return single(r.authored ?? r.authoredOn);
    default: {
      const period = r.effectivePeriod ?? r.performedPeriod ?? r.period;
      if (period !== undefined) return periodRange(period, (resource as { status?: string }).status === 'active');
      return single(r.effectiveDateTime ?? r.effectiveInstant ?? r.performedDateTime ?? r.date);
    }
  }
}

/** The resources of the type that meet every date criterion; one without the date element meets none. */
export function applySearch(resources: Resource[], type: string, search: ResourceSearch): Resource[] {
  return resources.filter((resource) => {
    if (resource.resourceType !== type) return false;
    if (search.dates.length === 0 || search.dateParam === undefined) return true;
    const range = dateRangeOf(resource, search.dateParam);
    return range !== undefined && search.dates.every((criterion) => matchesDate(range, criterion));
  });
}
