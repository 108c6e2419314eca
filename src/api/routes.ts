// Small builders for what every route shares: a tag, the session security, the error responses and
// a JSON response. Each resource file adds its own request (params, query, body) with createRoute,
// so the validated input stays typed in the handler.
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorResponses, jsonBody, jsonResponse, security } from './env.ts';

export function route<M extends 'get' | 'post' | 'put' | 'delete'>(
  method: M, path: string, tag: string, summary: string, response: z.ZodType | null,
): {
  method: M; path: string; tags: string[]; summary: string; security: Record<string, string[]>[];
  responses: Record<number, { description: string; content?: Record<string, { schema: z.ZodType }> }>;
} {
  // A response of null: nothing to send back (204), as for a DELETE.
  if (response === null) return { method, path, tags: [tag], summary, security, responses: { 204: { description: 'Done' }, ...errorResponses } };
  const status = method === 'post' ? 201 : 200;
  return { method, path, tags: [tag], summary, security, responses: { [status]: jsonResponse(response, 'OK'), ...errorResponses } };
}

export { jsonBody };

/**
 * A JSON response. Response bodies are documented by the route's schema but not re-validated at run
 * time (the use-cases return records the store built from validated input), so the handler's return
 * type is not tied to the schema here.
 */
export function json(c: Context, body: unknown, status: ContentfulStatusCode = 200): never {
  return c.json(body as object, status) as never;
}
