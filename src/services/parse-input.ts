// Use-cases take plain data and check it themselves with the domain's schemas, whoever calls them
// (the API has checked it too, for its documentation; the CLI and the simulator have not).
import type { z } from 'zod';
import { validationError } from '../domain/errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, what);
  return parsed.data;
}
