// What a request carries through the middleware to its handler, and the shared error schema.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { errorCodes, idSchema } from '../domain/index.ts';
import type { Actor, ServiceDeps } from '../services/index.ts';
import { validationHook } from './errors.ts';

export interface ApiEnv {
  Variables: {
    /** The instant the request arrived: the clock is read once, here, and passed to the use-case. */
    now: Date;
    actor: Actor;
    token: string;
    /** The session the request came with (its id, as "my sessions" lists it). */
    sessionId: string;
    csrfToken: string;
    deps: ServiceDeps;
  };
}

export const newRouter = (): OpenAPIHono<ApiEnv> => new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
}).openapi('Error');

const errorResponse = (description: string): { description: string; content: { 'application/json': { schema: typeof errorSchema } } } =>
  ({ description, content: { 'application/json': { schema: errorSchema } } });

/** The error responses every authenticated route can give. */
export const errorResponses = {
  400: errorResponse('Invalid input: the details name each bad field; nothing was written'),
  401: errorResponse('Not signed in, or the session expired'),
  403: errorResponse('Signed in, but this role may not do this'),
  404: errorResponse('No such record in your clinic (or not yours, for a patient)'),
  409: errorResponse('Stale version or duplicate: nothing was changed'),
} as const;

export const jsonBody = <S extends z.ZodType>(schema: S): { content: { 'application/json': { schema: S } }; required: true } =>
  ({ content: { 'application/json': { schema } }, required: true });

export const jsonResponse = <S extends z.ZodType>(schema: S, description: string): { description: string; content: { 'application/json': { schema: S } } } =>
  ({ description, content: { 'application/json': { schema } } });

/**
 * A path parameter holding a record id: the domain's id (bounded, storable text). Named by its key,
 * not by .openapi(): the domain's schemas may be built before @hono/zod-openapi extends zod.
 */
export const idParam = <N extends string>(name: N): z.ZodObject<Record<N, z.ZodString>> =>
  z.object({ [name]: idSchema } as Record<N, z.ZodString>);

export const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
