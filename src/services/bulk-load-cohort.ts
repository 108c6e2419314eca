// Loading simulated clinics in bulk (`threshold simulate`, the scale benchmark: issue 6). Where the
// demo goes through the use-cases one record at a time, this writes what those would write (the
// clinic and its staff, patients, episodes, every record, a care team lead, the audit rows of the
// created patients and episodes, and the caseload summaries) by COPY, one transaction per batch of
// patients. Building a batch (simulate, check, summarize, encode: bulk-load-batch.ts) is what costs,
// so worker threads do it, and this thread only writes: the batches in load order (the same rows
// whatever the number of workers), one transaction at a time, with only a few batches built ahead
// of the writes so memory holds those and not the load.
import { availableParallelism } from 'node:os';
import type { BulkLoader, EncodedBatch } from '../store/index.ts';
import { batchPlaces, type BatchPlace, type BulkLoadSetup } from './bulk-load-batch.ts';
import type { ServiceDeps } from './context.ts';
import { hashPassword } from './passwords.ts';
import { typescriptWorker } from './typescript-worker.ts';

export { clinicSeed, clinicShare } from './bulk-load-batch.ts';

export interface BulkLoadOptions {
  clinics: number;
  /** Patients across all clinics, shared out evenly (the first clinics take one more when it does not divide). */
  patients: number;
  seed: number;
  /** The first day patients join (each cohort joins over four weeks from it). */
  startDate: string;
  /** 'compute' saves each episode's summary; 'stale' leaves it for the first caseload read to compute. */
  summaries: 'compute' | 'stale';
  /** The staff's password (hashed once for all of them). */
  password: string;
  /** Patients a transaction writes (heuristic: ~50 patients is ~7,000 rows, a few hundred ms). */
  patientsPerBatch?: number;
  /** Worker threads building batches (default: one per CPU). */
  workers?: number;
}

export interface BulkLoadProgress {
  patientsDone: number;
  patientsTotal: number;
  rows: number;
}

export interface BulkLoadResult extends BulkLoadProgress {
  clinicIds: string[];
}

// Batches built and not yet written, per worker: enough that a worker rarely waits for the writes
// to take its batch, few enough that memory stays at a few megabytes a worker (heuristic).
const AHEAD_PER_WORKER = 2;

interface Built {
  place: BatchPlace;
  batch: EncodedBatch;
}

export async function bulkLoadSimulatedClinics(
  deps: Pick<ServiceDeps, 'serverTimeZone'>, loader: BulkLoader, options: BulkLoadOptions, now: Date, progress: (p: BulkLoadProgress) => void = () => {},
): Promise<BulkLoadResult> {
  const setup: BulkLoadSetup = {
    clinics: options.clinics, patients: options.patients, seed: options.seed, startDate: options.startDate, summaries: options.summaries,
    now, passwordHash: await hashPassword(options.password), timeZone: deps.serverTimeZone,
  };
  const places = batchPlaces(setup, Math.max(1, options.patientsPerBatch ?? 50));
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), places.length));
  const workers = Array.from({ length: threads }, () => typescriptWorker(new URL('./bulk-load-worker.ts', import.meta.url), setup));
  const done: BulkLoadResult = { patientsDone: 0, patientsTotal: options.patients, rows: 0, clinicIds: [] };
  let writing: Promise<void> = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      const built = new Map<number, Built>();
      const idle = [...workers];
      let sent = 0;
      let written = 0;
      let failed = false;
      const fail = (error: unknown): void => {
        failed = true;
        reject(error);
      };
      const dispatch = (): void => {
        while (!failed && sent < places.length && sent - written < threads * AHEAD_PER_WORKER) {
          const worker = idle.pop();
          const place = places[sent];
          if (!worker || !place) return;
          worker.postMessage(place);
          sent += 1;
        }
      };
      // Writes whatever is next in load order and ready, one transaction at a time.
      const drain = async (): Promise<void> => {
        for (let next = built.get(written); next && !failed; next = built.get(written)) {
          built.delete(written);
          await loader.write(next.batch);
          if (next.place.from === 0) done.clinicIds.push(next.batch.clinicId);
          done.patientsDone += next.place.to - next.place.from;
          done.rows += next.batch.rows;
          written += 1;
          progress(done);
          dispatch();
        }
        if (written === places.length) resolve();
      };
      for (const worker of workers) {
        worker.on('message', (message: Built) => {
          built.set(message.place.index, message);
          idle.push(worker);
          dispatch();
          writing = writing.then(drain).catch(fail);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (written < places.length) fail(new Error(`a bulk-load worker stopped (exit code ${code})`));
        });
      }
      dispatch();
    });
  } finally {
    // A failure leaves the write in progress to finish (or fail) before the caller closes the database.
    await writing.catch(() => undefined);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return done;
}
