// Bulk Data Access v2 (issue 16): the kick-off (GET [base]/$export, GET [base]/Patient/$export),
// the status URL it answers with (202 + X-Progress while running, 200 + the manifest when done,
// DELETE to cancel), and the NDJSON files, each readable only by whoever started the export.
// Parameters the endpoint does not support are refused, unless the client asks for
// `Prefer: handling=lenient` (Bulk Data v2, "Query Parameters").
import type { Context, Hono } from 'hono';
import type { ApiEnv } from '../../api/env.ts';
import { AppError } from '../../domain/index.ts';
import { getBulkExport, type BulkExportJob, type BulkExportRequest } from '../../services/index.ts';
import { exportableTypes, type BulkExporter } from '../bulk/exporter.ts';
import { preferences } from './respond.ts';
import { baseUrlOf } from './search.ts';

const OUTPUT_FORMATS = new Set(['application/fhir+ndjson', 'application/ndjson', 'ndjson']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
// How long a client should wait between polls (seconds): long enough not to load the server,
// short enough that a small export is picked up promptly (heuristic).
const RETRY_AFTER = '2';

const refuse = (name: string, message: string): AppError => new AppError('validation', `${name}: ${message}`, [{ path: name, message }]);

/** The kick-off's parameters as the service's request. */
function exportRequest(level: BulkExportJob['level'], url: string, query: Record<string, string[]>, lenient: boolean): BulkExportRequest {
  let types: string[] | null = null;
  let since: Date | null = null;
  for (const [name, values] of Object.entries(query)) {
    for (const value of values) {
      if (name === '_outputFormat') {
        if (!OUTPUT_FORMATS.has(value)) throw refuse(name, `only application/fhir+ndjson is written, not ${value}`);
      } else if (name === '_type') {
        const allowed = exportableTypes(level);
        for (const type of value.split(',')) {
          if (allowed.includes(type as (typeof allowed)[number])) types = [...new Set([...(types ?? []), type])];
          else if (!lenient) throw refuse(name, `${type} is not exported here (${allowed.join(', ')} are)`);
        }
      } else if (name === '_since') {
        if (!INSTANT.test(value)) throw refuse(name, `expected a FHIR instant such as 2026-01-01T00:00:00Z, got ${value}`);
        since = new Date(value);
      } else if (!lenient) {
        throw refuse(name, 'is not supported by this server (send Prefer: handling=lenient to have it ignored)');
      }
    }
  }
  if (types !== null && types.length === 0) types = null;
  return { level, request: url, types, since };
}

function manifest(job: BulkExportJob, base: string): Record<string, unknown> {
  return {
    transactionTime: job.transactionTime.toISOString(),
    request: job.request,
    requiresAccessToken: true,
    output: job.output.map((f) => ({ type: f.type, url: `${base}/$export-file/${job.id}/${f.file}`, count: f.count })),
    error: [],
  };
}

export function bulkRoutes(app: Hono<ApiEnv>, exporter: BulkExporter): void {
  const kickOff = (level: BulkExportJob['level']) => async (c: Context<ApiEnv>): Promise<Response> => {
    const prefer = preferences(c);
    if (!prefer.has('respond-async')) {
      throw new AppError('validation', 'a bulk export runs asynchronously: send Prefer: respond-async', [{ path: 'Prefer', message: 'respond-async required' }]);
    }
    const base = baseUrlOf(c.req.url);
    const job = await exporter.start(c.var.actor, exportRequest(level, c.req.url, c.req.queries(), prefer.get('handling') === 'lenient'), base);
    c.header('Content-Location', `${base}/$export-status/${job.id}`);
    return c.body(null, 202);
  };
  app.get('/$export', kickOff('system'));
  app.get('/Patient/$export', kickOff('patient'));

  app.get('/$export-status/:id', async (c) => {
    const job = await getBulkExport(c.var.deps, c.var.actor, c.req.param('id'), c.var.now);
    switch (job.status) {
      case 'in-progress':
        c.header('X-Progress', `${job.patientsDone} of ${job.patientsTotal || '?'} patients`);
        c.header('Retry-After', RETRY_AFTER);
        return c.body(null, 202);
      case 'complete':
        if (job.expiresAt !== null) c.header('Expires', job.expiresAt.toUTCString());
        return c.json(manifest(job, baseUrlOf(c.req.url)), 200);
      case 'failed':
        throw new AppError('internal', `the export failed: ${job.error ?? 'unknown error'}`);
      case 'cancelled':
      case 'expired':
        throw new AppError('not-found', `export ${job.id} was ${job.status === 'cancelled' ? 'cancelled' : 'deleted after its files expired'}`);
    }
  });

  app.delete('/$export-status/:id', async (c) => {
    await exporter.cancel(c.var.actor, c.req.param('id'));
    return c.body(null, 202);
  });

  app.get('/$export-file/:id/:file', async (c) => {
    const { body, size } = await exporter.file(c.var.actor, c.req.param('id'), c.req.param('file'));
    return c.body(body, 200, { 'Content-Type': 'application/fhir+ndjson', 'Content-Length': String(size) });
  });
}

