// The largest request body each interface reads, refused with 413 before it is parsed. The biggest
// /api/v1 body is an intake with its imaging reports (at most 20 of 20,000 characters); a FHIR
// transaction carries a patient's whole history. Heuristic bounds: what no honest client sends.
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.ts';

export const MAX_API_BODY_BYTES = 1_000_000;
export const MAX_FHIR_BODY_BYTES = 20_000_000;

export function limitBody(maxSize: number): MiddlewareHandler {
  const tooLarge = (): never => {
    throw new AppError('too-large', `the request body is larger than ${maxSize.toLocaleString('en')} bytes`,
      [{ path: '(body)', message: `at most ${maxSize} bytes` }]);
  };
  // Counts a body as it streams in: for a body sent without its length (chunked).
  const counted = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    // A request has a body only with a Content-Length or a Transfer-Encoding (RFC 9112 6.3), so
    // those two headers settle it. Asking for the body stream instead, as hono's bodyLimit does
    // first, makes @hono/node-server build a full Request and a web stream for every request, which
    // its direct body read (c.req.json()) otherwise avoids: about 120 us of the server's thread per
    // check-in (bench:api --cpu, CPU profile of the check-in POST).
    if (c.req.header('transfer-encoding') !== undefined) return counted(c, next);
    const length = c.req.header('content-length');
    if (length !== undefined && Number(length) > maxSize) tooLarge();
    // A body without either header (an in-process Request, as the tests send) is counted as it comes.
    if (length === undefined && c.req.method !== 'GET' && c.req.method !== 'HEAD') return counted(c, next);
    return next();
  };
}
