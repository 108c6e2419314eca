// Documents a clinic hands over (spec §6): an episode's progress report, referral letter or
// graduation summary as a PDF made now, a document made earlier exactly as it was, and the caseload
// and outcomes as CSV. Each is a use-case (access gate, audit row); this file only turns bytes into
// responses with a safe file name.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { documentKinds } from '../../domain/index.ts';
import { caseloadCsv, documentOptionsSchema, getMadeDocument, makeDocument, outcomesCsv, type MadeDocument } from '../../services/index.ts';
import { errorResponses, idParam, newRouter, security } from '../env.ts';

const pdf = { description: 'The document as a PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } };
const csv = (what: string): { description: string; content: { 'text/csv': { schema: z.ZodString } } } =>
  ({ description: `${what} as CSV (RFC 4180, UTF-8 with a byte-order mark, a header row, ISO 8601 dates, formula-like cells neutralised)`, content: { 'text/csv': { schema: z.string() } } });

function pdfResponse(c: Context, made: MadeDocument): Response {
  return c.body(made.bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    // The file name is ASCII letters, digits and dashes only (safeFileName), so it needs no encoding.
    'Content-Disposition': `attachment; filename="${made.record.fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}

function csvResponse(c: Context, text: string, name: string, today: string): Response {
  return c.body(text, 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${name}-${today}.csv"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}

export function documentRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  // The path ends in "{kind}.pdf": the router matches the file name and the use-case reads the kind
  // from it (an unknown kind is a 404 like any unknown path), so the route is documented by hand.
  router.openAPIRegistry.registerPath({
    method: 'get', path: '/episodes/{episodeId}/documents/{kind}.pdf', tags: ['documents'], security,
    summary: 'Make a document of the episode as of today: progress-report, referral-letter (?referralId=) or graduation-summary (a patient: their own graduation summary only)',
    request: {
      params: z.object({
        episodeId: z.string().min(1).max(64).openapi({ param: { name: 'episodeId', in: 'path' } }),
        kind: z.enum(documentKinds).openapi({ param: { name: 'kind', in: 'path' } }),
      }),
      query: documentOptionsSchema,
    },
    responses: { 200: pdf, ...errorResponses },
  });
  router.get('/episodes/:episodeId/documents/:file{[^/]+\\.pdf}', async (c) => {
    const kind = c.req.param('file').replace(/\.pdf$/, '');
    const query = c.req.query('referralId') === undefined ? {} : { referralId: c.req.query('referralId') };
    return pdfResponse(c, await makeDocument(c.var.deps, c.var.actor, c.req.param('episodeId'), kind, query, c.var.now));
  });

  router.openapi(createRoute({
    method: 'get', path: '/documents/{documentId}', tags: ['documents'], security, summary: 'A document made earlier, exactly as it was handed over',
    request: { params: idParam('documentId') }, responses: { 200: pdf, ...errorResponses },
  }), async (c) => pdfResponse(c, await getMadeDocument(c.var.deps, c.var.actor, c.req.valid('param').documentId, c.var.now)) as never);

  router.openapi(createRoute({
    method: 'get', path: '/caseload.csv', tags: ['clinic'], security, summary: 'The caseload as CSV (clinician)', responses: { 200: csv('The caseload'), ...errorResponses },
  }), async (c) => csvResponse(c, await caseloadCsv(c.var.deps, c.var.actor, c.var.now), 'caseload', c.var.now.toISOString().slice(0, 10)) as never);

  router.openapi(createRoute({
    method: 'get', path: '/outcomes.csv', tags: ['clinic'], security,
    summary: 'Clinic outcomes as CSV, one row per episode by episode id (staff)', responses: { 200: csv('Outcomes by episode'), ...errorResponses },
  }), async (c) => csvResponse(c, await outcomesCsv(c.var.deps, c.var.actor, c.var.now), 'outcomes', c.var.now.toISOString().slice(0, 10)) as never);
  return router;
}
