// The API's one error renderer: every AppError (and anything else thrown) becomes
// { error: { code, message, details } } with the status its code means. Handlers never build error
// responses themselves.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { AppError, issueDetails, type ErrorCode } from '../domain/errors.ts';

/** The HTTP status each error code means: one table for the REST API and the FHIR endpoint. */
export const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  locked: 423,
  'rate-limited': 429,
  internal: 500,
};

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    // Hono's own 400s (a body that is not JSON, a wrong content type) are bad input too.
    if (error.status === 400) return new AppError('validation', `the request body could not be read: ${error.message}`, [{ path: '(body)', message: error.message }]);
    if (error.status === 404) return new AppError('not-found', error.message);
    if (error.status === 401) return new AppError('unauthenticated', error.message);
  }
  return new AppError('internal', 'something went wrong on the server; it has been logged');
}

export function renderError(c: Context, error: unknown, log: (error: unknown) => void): Response {
  const appError = toAppError(error);
  if (appError.code === 'internal') log(error);
  if (appError.code === 'rate-limited') {
    const retry = appError.details.find((d) => d.path === 'retryAfterSeconds');
    if (retry) c.header('Retry-After', retry.message);
  }
  return c.json({ error: { code: appError.code, message: appError.message, details: appError.details } }, statusOf[appError.code]);
}

/** zod-openapi's defaultHook: a request that fails its route schema is a 400 naming each bad field. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const details = issueDetails(result.error);
  const first = details[0];
  const where = result.target === 'json' ? 'body' : result.target;
  const message = `Invalid request ${where}: ${first ? `${first.path}: ${first.message}` : 'invalid'}${details.length > 1 ? ` (and ${details.length - 1} more)` : ''}`;
  return c.json({ error: { code: 'validation', message, details } }, 400);
}
