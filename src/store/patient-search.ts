// Patient search in SQL (FHIR Patient search, issue 16): a clinic's patients filtered, counted and
// paged by the database, never by reading every patient. A name is kept as one text; as the FHIR
// Patient resource shows it (src/fhir/patient.ts), its last word is the family name and the words
// before it the given names. Text is compared folded: case and the common Latin accents ignored, the
// same folding applied to the column (in SQL) and to the value searched for (here).
import { and, asc, desc, eq, inArray, not, or, sql, type SQL } from 'drizzle-orm';
import { patients } from './schema/index.ts';

export interface TextMatch {
  part: 'any' | 'family' | 'given';
  /** starts: a word of the part starts with the value; contains: the part contains it; exact: equals it, case and accents kept. */
  mode: 'starts' | 'contains' | 'exact';
  /** Alternatives: any one may match. */
  values: string[];
}

/** An inclusive interval of days (YYYY-MM-DD); either end may be open; `negate` for every other day. */
export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
  negate?: boolean | undefined;
}

export interface PatientQuery {
  /** Each criterion a list of alternatives; every criterion must hold. */
  ids: string[][];
  names: TextMatch[];
  birthDates: DayRange[][];
  sexes: string[][];
  /** Only this patient (a patient's own sign-in, an app bound to one patient). */
  onlyPatient?: string | undefined;
  sort: { by: 'id' | 'name' | 'family' | 'birthDate'; descending: boolean }[];
  limit: number;
  offset: number;
  /** Count the matches and read none. */
  countOnly: boolean;
}

// Upper and lower case Latin letters with their folded form. The letters with accents are those of
// Latin-1 and Latin Extended-A whose Unicode decomposition is one ASCII letter plus marks.
const FOLD_FROM: string[] = [];
const FOLD_TO: string[] = [];
for (let code = 0x41; code <= 0x17f; code += 1) {
  const letter = String.fromCharCode(code);
  const base = letter.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (base !== letter && /^[a-z]$/.test(base)) {
    FOLD_FROM.push(letter);
    FOLD_TO.push(base);
  }
}
const FOLD = new Map(FOLD_FROM.map((letter, i) => [letter, FOLD_TO[i] ?? letter]));

/** The folded form of a text, exactly as the SQL below folds the column. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text.trim()) out += FOLD.get(ch) ?? ch;
  return out.replace(/\s+/g, ' ');
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

// The name with its whitespace collapsed (as the resource splits it), folded, and its parts. A name
// of ASCII only (nearly every one) is folded by lower() under the C collation, which changes A-Z
// alone and so gives the same text (of the folded letters only A-Z are ASCII). translate() looks
// each character up in its list: its long list cost a clinic of 2,000 patients ~70 ms a scan
// (bench:fhir:search), so it is kept for names with other letters. Back under the default collation:
// _sort=name orders as before.
const spaced = sql`regexp_replace(btrim(coalesce(${patients.name}, '')), '\\s+', ' ', 'g')`;
const folded = sql`(case when coalesce(${patients.name}, '') ~ '^[\\x01-\\x7f]*$' then lower(${spaced} collate "C") collate "default" else translate(${spaced}, ${FOLD_FROM.join('')}, ${FOLD_TO.join('')}) end)`;
const lastWord = (text: SQL): SQL => sql`substring(${text} from '[^ ]*$')`;
const allButLast = (text: SQL): SQL => sql`regexp_replace(${text}, ' ?[^ ]*$', '')`;

/** A word of `text` starts with `value` (value folded, LIKE-escaped): one LIKE, so `text` is made once a row. */
const wordStarts = (text: SQL, value: string): SQL => sql`(' ' || ${text}) like ${`% ${value}%`}`;

function textMatch({ part, mode, values }: TextMatch): SQL {
  const one = (raw: string): SQL => {
    if (mode === 'exact') {
      const givenWords = sql`string_to_array(${allButLast(spaced)}, ' ')`;
      const family = sql`${lastWord(spaced)} = ${raw}`;
      const given = sql`${raw} = any(${givenWords})`;
      if (part === 'family') return family;
      if (part === 'given') return given;
      return sql`(${patients.name} = ${raw} or ${family} or ${given})`;
    }
    const value = escapeLike(foldText(raw));
    const target = part === 'family' ? lastWord(folded) : part === 'given' ? allButLast(folded) : folded;
    if (mode === 'contains') return sql`${target} like ${`%${value}%`}`;
    return part === 'family' ? sql`${target} like ${`${value}%`}` : wordStarts(target, value);
  };
  return or(...values.map(one)) ?? sql`false`;
}

function dayRange(range: DayRange): SQL {
  const inside = and(
    range.from === undefined ? undefined : sql`${patients.birthDate} >= ${range.from}`,
    range.to === undefined ? undefined : sql`${patients.birthDate} <= ${range.to}`,
  ) ?? sql`true`;
  return range.negate === true ? not(inside) : inside;
}

const anyOf = <T>(alternatives: T[], each: (value: T) => SQL): SQL => (alternatives.length === 0 ? sql`false` : or(...alternatives.map(each)) ?? sql`false`);

/** The WHERE of a patient query within one clinic. */
export function patientWhere(clinicId: string, query: PatientQuery): SQL | undefined {
  return and(
    eq(patients.clinicId, clinicId),
    query.onlyPatient === undefined ? undefined : eq(patients.id, query.onlyPatient),
    ...query.ids.map((ids) => (ids.length === 0 ? sql`false` : inArray(patients.id, ids))),
    ...query.names.map(textMatch),
    ...query.birthDates.map((ranges) => anyOf(ranges, dayRange)),
    ...query.sexes.map((sexes) => (sexes.length === 0 ? sql`false` : inArray(patients.sex, sexes as ('female' | 'male' | 'other' | 'unknown')[]))),
  );
}

/** ORDER BY: the asked keys, then the id, so pages never overlap. */
export function patientOrder(sort: PatientQuery['sort']): SQL[] {
  const column = (by: PatientQuery['sort'][number]['by']): SQL => {
    switch (by) {
      case 'id': return sql`${patients.id}`;
      case 'name': return folded;
      case 'family': return lastWord(folded);
      case 'birthDate': return sql`${patients.birthDate}`;
    }
  };
  return [...sort.map((key) => (key.descending ? desc(column(key.by)) : asc(column(key.by)))), asc(patients.id)];
}
