// Bulk Data export jobs run in this process (issue 16): the kick-off records the job and starts it
// in the background; the job reads the clinic in batches through the services, maps each patient's
// history to resources (the same mapping as $everything) and appends them to one NDJSON file per
// type under <dir>/<clinic>/<job>/. Cancelling stops it between patients; finished files expire
// after `keepHours` and are deleted by sweep(). The CLI runs the same job in the foreground.
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Resource, ResourceType } from '@medplum/fhirtypes';
import {
  cancelBulkExport, expireBulkExports, failInterruptedExports, finishBulkExport, readBulkExportFile, readExportHistories, startBulkExport,
  type Actor, type BulkExportJob, type BulkExportRequest, type ExportProgress, type ServiceDeps,
} from '../../services/index.ts';
import { supportedResourceTypes } from '../capability-statement.ts';
import { patientResources } from '../routes/patient-bundles.ts';
import { DEFAULT_FHIR_BASE } from '../systems.ts';
import { NdjsonFiles } from './ndjson-files.ts';

export interface BulkExporterOptions {
  deps: ServiceDeps;
  /** The folder holding every clinic's export folders. */
  dir: string;
  /** How long finished files stay readable (a setting: THRESHOLD_EXPORT_HOURS). */
  keepHours: number;
  clock: () => Date;
  log: (error: unknown) => void;
  /** Patients read per transaction (default EXPORT_BATCH). */
  batchSize?: number;
  /** Awaited after each batch is written: lets a test hold a job in progress. */
  afterBatch?: (progress: ExportProgress) => Promise<void>;
}

export interface RunOptions {
  /**
   * The server's public FHIR base (as $everything and reads use it): the documents' attachment URLs
   * are made from it. The CLI passes THRESHOLD_PUBLIC_URL's; DEFAULT_FHIR_BASE only when none is known.
   */
  fhirBase?: string;
  /** Write here instead of the export folder (the CLI's DIR). */
  dir?: string;
  onProgress?: (progress: ExportProgress) => void;
}

/** The types an export level can hold: a Patient-level export keeps to the patients' compartments. */
export function exportableTypes(level: BulkExportJob['level']): ResourceType[] {
  return supportedResourceTypes.filter((type) => level === 'system' || type !== 'Practitioner');
}

export interface BulkExporter {
  /** Record the job and run it in the background; the job as recorded. `fhirBase`: the kick-off's base URL. */
  start: (actor: Actor, request: BulkExportRequest, fhirBase: string) => Promise<BulkExportJob>;
  /** Record the job and run it to its end here (the CLI). */
  runNow: (actor: Actor, request: BulkExportRequest, options?: RunOptions) => Promise<BulkExportJob | null>;
  cancel: (actor: Actor, id: string) => Promise<void>;
  /** A finished file of the actor's own export, as a stream. */
  file: (actor: Actor, id: string, file: string) => Promise<{ body: ReadableStream; size: number }>;
  /** Delete the files of expired exports. */
  sweep: () => Promise<void>;
  /** At start: exports a stopped server left running failed; delete what they wrote. */
  recover: () => Promise<void>;
  /** Resolves when no job runs (tests). */
  idle: () => Promise<void>;
  /** Stop every running job (they end as failed) and wait for them. */
  shutdown: () => Promise<void>;
}

export function createBulkExporter(options: BulkExporterOptions): BulkExporter {
  const { deps, keepHours, clock, log } = options;
  const running = new Map<string, { abort: AbortController; done: Promise<unknown> }>();
  const folderOf = (clinicId: string, id: string): string => join(options.dir, clinicId, id);

  async function run(actor: Actor, job: BulkExportJob, dir: string, signal: AbortSignal, fhirBase: string, onProgress?: RunOptions['onProgress']): Promise<BulkExportJob | null> {
    const files = new NdjsonFiles(dir);
    const wanted = new Set<string>(job.types ?? exportableTypes(job.level));
    const practitioners = new Set<string>();
    // A Practitioner appears in the history of each of their patients: write it once.
    const keep = (resource: Resource): boolean => {
      if (!wanted.has(resource.resourceType)) return false;
      if (resource.resourceType !== 'Practitioner') return true;
      if (practitioners.has(resource.id ?? '')) return false;
      practitioners.add(resource.id ?? '');
      return true;
    };
    try {
      const ended = await readExportHistories(deps, actor, job, job.transactionTime, async (histories, progress) => {
        for (const history of histories) await files.write(patientResources(history, fhirBase).filter(keep));
        onProgress?.(progress);
        await options.afterBatch?.(progress);
      }, { signal, batchSize: options.batchSize, withRecords: [...wanted].some((type) => type !== 'Patient') });
      if (ended === 'cancelled') {
        await files.discard();
        await rm(dir, { recursive: true, force: true });
        // Stopped by shutdown() rather than DELETE: the job is still in progress, and can never finish.
        await finishBulkExport(deps, actor, job.id, { error: 'the server stopped while the export ran: start it again' }, clock(), keepHours);
        return null;
      }
      return await finishBulkExport(deps, actor, job.id, { output: await files.close() }, clock(), keepHours);
    } catch (error) {
      await files.discard();
      log(error);
      await rm(dir, { recursive: true, force: true });
      return finishBulkExport(deps, actor, job.id, { error: error instanceof Error ? error.message : String(error) }, clock(), keepHours);
    }
  }

  return {
    async start(actor, request, fhirBase) {
      await this.sweep();
      const job = await startBulkExport(deps, actor, request, clock());
      const abort = new AbortController();
      const done = run(actor, job, folderOf(actor.clinicId, job.id), abort.signal, fhirBase)
        .catch(log)
        .finally(() => running.delete(job.id));
      running.set(job.id, { abort, done });
      return job;
    },
    async runNow(actor, request, runOptions = {}) {
      const job = await startBulkExport(deps, actor, request, clock());
      return run(actor, job, runOptions.dir ?? folderOf(actor.clinicId, job.id), new AbortController().signal, runOptions.fhirBase ?? DEFAULT_FHIR_BASE, runOptions.onProgress);
    },
    async cancel(actor, id) {
      await cancelBulkExport(deps, actor, id, clock());
      // A running job stops before its next batch and deletes its own folder; a finished one's goes now.
      const runner = running.get(id);
      if (runner !== undefined) runner.abort.abort();
      else await rm(folderOf(actor.clinicId, id), { recursive: true, force: true });
    },
    async file(actor, id, file) {
      await readBulkExportFile(deps, actor, id, file, clock());
      const path = join(folderOf(actor.clinicId, id), file);
      const { size } = await stat(path);
      return { body: Readable.toWeb(createReadStream(path)) as ReadableStream, size };
    },
    async sweep() {
      for (const job of await expireBulkExports(deps, clock())) await rm(folderOf(job.clinicId, job.id), { recursive: true, force: true });
    },
    async recover() {
      for (const job of await failInterruptedExports(deps, clock(), keepHours)) await rm(folderOf(job.clinicId, job.id), { recursive: true, force: true });
    },
    async idle() {
      await Promise.all([...running.values()].map((job) => job.done));
    },
    async shutdown() {
      for (const job of running.values()) job.abort.abort();
      await this.idle();
    },
  };
}
