// How the FHIR endpoint answers: resources as application/fhir+json, and every error (an AppError,
// or anything else thrown) as an OperationOutcome through operationOutcomeFrom, with the same HTTP
// status the REST API gives for the same error code.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Resource } from '@medplum/fhirtypes';
import { statusOf, toAppError } from '../../api/errors.ts';
import { operationOutcomeFrom } from '../operation-outcome.ts';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export function fhirResponse(c: Context, resource: Resource, status: ContentfulStatusCode = 200): Response {
  return c.body(JSON.stringify(resource), status, { 'Content-Type': FHIR_JSON });
}

export function renderFhirError(c: Context, error: unknown, log: (error: unknown) => void): Response {
  const appError = toAppError(error);
  if (appError.code === 'internal') log(error);
  if (appError.code === 'unauthenticated') c.header('WWW-Authenticate', 'Bearer');
  return fhirResponse(c, operationOutcomeFrom(appError), statusOf[appError.code]);
}

/** The client's Prefer header (RFC 7240) as name -> value, e.g. handling -> strict, respond-async -> "". */
export function preferences(c: Context): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (c.req.header('Prefer') ?? '').split(/[,;]/)) {
    const [name, value = ''] = part.trim().split('=', 2);
    if (name !== undefined && name !== '') found.set(name.toLowerCase(), value.replace(/^"|"$/g, '').toLowerCase());
  }
  return found;
}
