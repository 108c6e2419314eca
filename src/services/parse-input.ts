// Use-cases take plain data and check it themselves with the domain's schemas, whoever calls them
// (the API has checked it too, for its documentation; the CLI and the simulator have not).
import type { z } from 'zod';
import { AppError, validationError } from '../domain/errors.ts';
import { idSchema } from '../domain/index.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, what);
  return parsed.data;
}

/**
 * An id that arrived outside a validated body (a FHIR path, a CLI argument): the same rule as every
 * id field, so a NUL in a URL is a 400 naming it and never reaches a query.
 */
export function parseId(value: string, path: string): string {
  const parsed = idSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'not an id';
  throw new AppError('validation', `Invalid ${path}: ${message}`, [{ path, message }]);
}
