// `threshold export --clinic --as EMAIL DIR`: the whole clinic as Bulk Data NDJSON files in DIR, one
// file per resource type, through the same exporter and services as GET /fhir/R4/$export (the job
// is recorded and audited under the named clinician), with progress on stderr and the manifest
// written beside the files and on stdout.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exportDirOf, publicUrlOf } from '../../config.ts';
import { AppError } from '../../domain/errors.ts';
import { createBulkExporter, exportableTypes } from '../../fhir/bulk/exporter.ts';
import { serviceDeps } from '../../server.ts';
import { actorForEmail } from '../../services/index.ts';
import { createStore } from '../../store/index.ts';
import type { CliIo } from '../command.ts';
import { withConfiguredDatabase } from '../configured-database.ts';
import { progressBar } from '../progress.ts';

export interface ClinicExportOptions {
  email: string;
  dir: string;
  types: string | undefined;
  since: string | undefined;
}

function typesOf(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const allowed: string[] = exportableTypes('system');
  const types = value.split(',').filter((t) => t !== '');
  const unknown = types.filter((t) => !allowed.includes(t));
  if (unknown.length > 0) throw new AppError('validation', `--type: ${unknown.join(', ')} not exported (${allowed.join(', ')} are)`, [{ path: '--type', message: 'unknown type' }]);
  return types.length === 0 ? null : types;
}

function sinceOf(value: string | undefined): Date | null {
  if (value === undefined) return null;
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime())) {
    throw new AppError('validation', '--since must be an instant such as 2026-01-01T00:00:00Z', [{ path: '--since', message: 'expected an instant' }]);
  }
  return at;
}

export async function exportClinic(options: ClinicExportOptions, io: CliIo): Promise<number> {
  const dir = resolve(options.dir);
  const request = { level: 'system' as const, request: `threshold export --clinic${options.types === undefined ? '' : ` --type ${options.types}`}${options.since === undefined ? '' : ` --since ${options.since}`}`, types: typesOf(options.types), since: sinceOf(options.since) };
  const job = await withConfiguredDatabase('threshold export', async (database, config) => {
    const deps = serviceDeps(config, createStore(database));
    const actor = await actorForEmail(deps, options.email);
    const exporter = createBulkExporter({ deps, dir: exportDirOf(config), keepHours: config.exportHours, clock: () => new Date(), log: (error) => io.stderr(`${String(error)}\n`) });
    return exporter.runNow(actor, request, { dir, fhirBase: `${publicUrlOf(config, config.port)}/fhir/R4`, onProgress: progressBar(io.stderr, performance.now()) });
  });
  if (job === null || job.status !== 'complete') throw new AppError('internal', `the export did not complete${job?.error ? `: ${job.error}` : ''}`);
  const manifest = {
    transactionTime: job.transactionTime.toISOString(), request: job.request, requiresAccessToken: false,
    output: job.output.map((f) => ({ type: f.type, url: f.file, count: f.count })), error: [],
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  io.stdout(`${JSON.stringify(manifest, null, 2)}\n`);
  io.stderr(`threshold export: ${job.patientsTotal} patients, ${job.output.reduce((n, f) => n + f.count, 0)} resources in ${job.output.length} files in ${dir}\n`);
  return 0;
}
