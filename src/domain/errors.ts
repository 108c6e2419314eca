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

/** A validation AppError naming every bad field of a failed zod parse. */
export function validationError(error: z.ZodError, what: string): AppError {
  const details = error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return new AppError('validation', `Invalid ${what}: ${summary}${more}`, details);
}
