// One error type for everything that is not a clinical result: bad input, not found, forbidden,
// conflict. Each interface renders it its own way (the API as { error: { code, message, details } },
// FHIR as an OperationOutcome, the CLI as a message and exit code 2). Clinical situations (a red
// flag, a plateau) are never errors: they are results with reasons.
import type { z } from 'zod';

export const errorCodes = [
  'validation', 'unauthenticated', 'forbidden', 'not-found', 'conflict', 'too-large', 'rate-limited', 'locked', 'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorDetail {
  /** Where the problem is, e.g. "sessions[2].modalities[0].minutes". */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** "sessions[2].modalities[0].minutes" from ["sessions", 2, "modalities", 0, "minutes"]. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

type Issue = z.core.$ZodIssue;

/** How zod's own (English) messages begin: anything else was written by a schema for its reader. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized key)/;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function missingOrWrongType(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  // zod's own message names what it received; "received undefined" is a field left out.
  const missing = /received undefined/.test(issue.message);
  switch (issue.expected) {
    case 'number': return 'Enter a number';
    case 'int': return 'Enter a whole number';
    case 'string': return missing ? 'Fill this in' : 'Enter text';
    case 'boolean': return 'Answer yes or no';
    case 'array': return missing ? 'Add at least one' : 'Expected a list';
    case 'object': return missing ? 'This part is missing' : 'Not the right kind of value';
    default: return missing ? 'This is needed' : 'Not the right kind of value';
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') return min <= 1 ? 'Fill this in' : `Use at least ${min} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? 'Choose at least one' : `Choose at least ${min}`;
  return issue.inclusive === false ? `Enter more than ${min}` : `Enter ${min} or more`;
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return `Use at most ${max} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return `At most ${max}`;
  return issue.inclusive === false ? `Enter less than ${max}` : `Enter ${max} or less`;
}

function badFormat(format: string): string {
  switch (format) {
    case 'date': return 'Enter a date (year, month and day)';
    case 'datetime': return 'Enter a date and time';
    case 'email': return 'Enter an email address, like name@example.com';
    default: return 'This is not in the expected form';
  }
}

/**
 * The message a person reads for one zod issue. zod's own wording ("Too small: expected string to
 * have >=1 characters") is written for programmers; every built-in check gets a plain sentence here.
 * Messages our schemas write themselves (custom issues: "target must be above baseline") are kept.
 */
export function plainMessage(issue: Issue): string {
  // A message a schema wrote for a built-in check ("sorenessWindowHours must be between 12 and 96 hours") is kept.
  if (issue.code !== 'custom' && !ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': return missingOrWrongType(issue);
    case 'too_small': return tooSmall(issue);
    case 'too_big': return tooBig(issue);
    case 'invalid_format': return badFormat(issue.format);
    case 'not_multiple_of': return Number(issue.divisor) === 1 ? 'Enter a whole number' : `Enter a multiple of ${String(issue.divisor)}`;
    case 'invalid_value': return issue.values.length === 1 ? `Must be ${String(issue.values[0])}` : 'Choose one of the options';
    case 'unrecognized_keys': return `Not a field this takes: ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      if ('options' in issue && issue.options !== undefined) return 'Choose one of the options';
      const formats = issue.errors.flat().flatMap((nested) => (nested.code === 'invalid_format' ? [nested.format] : []));
      return formats.includes('date') ? badFormat('date') : 'This is not a value this field takes';
    }
    case 'invalid_key':
    case 'invalid_element': return 'Not a valid entry';
    case 'custom': return capitalised(issue.message);
  }
}

/**
 * The details of a failed zod parse: each bad field's path and its plain message. A field a strict
 * schema does not take (a check-in's receivedAt, which only the server stamps) is named by its own
 * path, not the record's.
 */
export function issueDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: `"${key}" is not a field this accepts` }))
    : [{ path: formatPath(issue.path), message: plainMessage(issue) }]));
}

/** A validation AppError naming every bad field of a failed zod parse. */
export function validationError(error: z.ZodError, what: string): AppError {
  const details = issueDetails(error);
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return new AppError('validation', `Invalid ${what}: ${summary}${more}`, details);
}
