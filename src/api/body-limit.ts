// The largest request body each interface reads, refused with 413 before it is parsed. The biggest
// /api/v1 body is an intake with its imaging reports (at most 20 of 20,000 characters); a FHIR
// transaction carries a patient's whole history. Heuristic bounds: what no honest client sends.
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.ts';

export const MAX_API_BODY_BYTES = 1_000_000;
export const MAX_FHIR_BODY_BYTES = 20_000_000;

export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('too-large', `the request body is larger than ${maxSize.toLocaleString('en')} bytes`,
        [{ path: '(body)', message: `at most ${maxSize} bytes` }]);
    },
  });
}
