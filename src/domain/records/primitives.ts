// The building blocks every input schema is made of. Every piece of text that comes in (a name, a
// note, an id, a password, a query parameter) is a textSchema: bounded in length, and refusing what
// cannot be stored as text. That is checked here, once, so a bad character is a 400 naming its field
// on every endpoint, the CLI and the FHIR import alike (issue 15: a NUL in a patient's name was a 500).
// `npm run lint` forbids a bare z.string() in the input schemas (src/domain/records, src/services).
import { z } from 'zod';

// PostgreSQL's text and jsonb cannot hold U+0000: the driver's error became a 500.
const NUL = '\u0000';
// With the u flag, \p{Cs} matches only a surrogate that is not half of a pair: not Unicode text, it
// would be stored as U+FFFD (or refused), so what was read back would differ from what was sent.
const LONE_SURROGATE = /\p{Cs}/u;

export const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';
export const SURROGATE_MESSAGE = 'must be Unicode text: it holds an unpaired surrogate (U+D800-U+DFFF)';

/** True when the text can be stored and read back unchanged. */
export function isStorableText(text: string): boolean {
  return !text.includes(NUL) && !LONE_SURROGATE.test(text);
}

/**
 * Text of at most `max` characters (and at least `min`, default 0) with no NUL and no unpaired
 * surrogate. Every string an interface accepts is one of these (or an enum, a date, an email).
 */
export function textSchema(options: { max: number; min?: number }): z.ZodString {
  const base = z.string();
  const bounded = options.min === undefined || options.min === 0 ? base : base.min(options.min);
  return bounded.max(options.max)
    .refine((text) => !text.includes(NUL), NUL_MESSAGE)
    .refine((text) => !LONE_SURROGATE.test(text), SURROGATE_MESSAGE);
}

// PostgreSQL has no year 0 (1 BC is followed by AD 1): "0000-01-01" passes the ISO pattern but not the
// database. Every stored date is therefore from year 1 on.
const fromYearOne = (value: string): boolean => !value.startsWith('0000');

export const isoDateSchema = z.iso.date().refine(fromYearOne, 'the year must be 0001 or later').describe('A calendar date, YYYY-MM-DD');
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .refine(fromYearOne, 'the year must be 0001 or later')
  .describe('A date and time with its UTC offset, e.g. 2026-03-02T09:30:00+01:00');
export const dateOrDateTimeSchema = z
  .union([isoDateSchema, isoDateTimeSchema])
  .describe('A calendar date (YYYY-MM-DD) or a date-time with its UTC offset');
export const idSchema = textSchema({ min: 1, max: 64 }).describe('An identifier, unique within its list');
export const zeroToTenSchema = z.number().min(0).max(10);
export const noteSchema = textSchema({ max: 4000 });
/** A record's version as read (optimistic concurrency); within PostgreSQL's integer. */
export const versionSchema = z.number().int().min(1).max(2_147_483_647).describe('The version you read: a stale version is refused with 409');

/**
 * True when a JSON value holds only storable text (keys too) and nests at most `depth` levels: for
 * the few fields that carry a whole document (a checkpoint's assessment as it was).
 */
export function isStorableJson(value: unknown, depth = 64): boolean {
  if (typeof value === 'string') return isStorableText(value);
  if (value === null || typeof value !== 'object') return true;
  if (depth === 0) return false;
  if (Array.isArray(value)) return value.every((item) => isStorableJson(item, depth - 1));
  return Object.entries(value).every(([key, item]) => isStorableText(key) && isStorableJson(item, depth - 1));
}

/**
 * The most items any list in a record may hold. Generous for a person's records (a year of daily
 * check-ins is one list per check-in, not one list): it bounds what one request can make the server
 * hold and store, as the text lengths do. Heuristic.
 */
export const MAX_LIST = 200;

/** A list of at most `max` (default MAX_LIST) items. */
export function listSchema<T extends z.ZodType>(item: T, max = MAX_LIST): z.ZodArray<T> {
  return z.array(item).max(max);
}
