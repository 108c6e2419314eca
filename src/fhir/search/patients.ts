// A Patient search read from the parameter table into the store's query (answered in SQL, see
// src/store/patient-search.ts): each criterion of the request one condition, its comma-separated
// values alternatives. Tokens name FHIR's systems: gender in administrative-gender, identifier in
// the Threshold record-id system (the patient's own id); a token of another system matches no one.
import { AppError } from '../../domain/index.ts';
import type { DayRange, PatientQuery, TextMatch } from '../../services/index.ts';
import { RECORD_ID_SYSTEM } from '../systems.ts';
import { dayInterval, parseDateCriterion } from './date.ts';
import type { Criterion, ParsedSearch } from './query.ts';
import { parseToken } from './token.ts';

const ADMINISTRATIVE_GENDER = 'http://hl7.org/fhir/administrative-gender';

/** The codes of the tokens in `system` (or with no system given); others match nothing. */
function codesIn(criterion: Criterion, system: string): string[] {
  return criterion.values.map(parseToken)
    .filter((token) => token.code !== undefined && (token.system === undefined || token.system === system))
    .map((token) => token.code ?? '');
}

function textMatch(criterion: Criterion, part: TextMatch['part']): TextMatch {
  const mode = criterion.modifier === 'exact' ? 'exact' : criterion.modifier === 'contains' ? 'contains' : 'starts';
  return { part, mode, values: criterion.values };
}

const sortFields = { _id: 'id', name: 'name', family: 'family', birthdate: 'birthDate' } as const;

export function patientQueryOf(search: ParsedSearch): PatientQuery {
  const query: PatientQuery = {
    ids: [], names: [], birthDates: [], sexes: [], limit: search.count, offset: search.offset, countOnly: search.countOnly,
    sort: search.sort.map((key) => ({ by: sortFields[key.name as keyof typeof sortFields], descending: key.descending })),
  };
  for (const criterion of search.criteria) {
    const reads = criterion.parameter.reads;
    if (reads.kind !== 'patient-field') throw new AppError('internal', `${criterion.parameter.name} is not a Patient parameter`);
    switch (reads.field) {
      case 'id': query.ids.push(criterion.values); break;
      case 'identifier': query.ids.push(codesIn(criterion, RECORD_ID_SYSTEM)); break;
      case 'sex': query.sexes.push(codesIn(criterion, ADMINISTRATIVE_GENDER)); break;
      case 'name': query.names.push(textMatch(criterion, 'any')); break;
      case 'family': query.names.push(textMatch(criterion, 'family')); break;
      case 'given': query.names.push(textMatch(criterion, 'given')); break;
      case 'birthDate':
        query.birthDates.push(criterion.values.map((value): DayRange => dayInterval(parseDateCriterion(criterion.parameter.name, value))));
        break;
    }
  }
  return query;
}
