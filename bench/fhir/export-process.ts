// The bulk export of bench:fhir:export run the way a deployment runs it (issue 16): in a process of
// its own that did not seed the clinic (as the server or `threshold export` would), started with the
// node options of bin/threshold.js. It opens the database, exports the clinic into DIR and prints one
// JSON line: the time, the files' size, the resources, RSS before the export and its peak (sampled
// every 20 ms), RSS at each quarter of the patients.
//
//   node <bin/threshold.js's options> --import tsx bench/fhir/export-process.ts --url URL --clinic ID --dir DIR
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBulkExporter } from '../../src/fhir/bulk/exporter.ts';
import { benchClinic } from './clinic.ts';

export interface ExportFigures {
  ms: number;
  bytes: number;
  resources: number;
  /** MB */
  peakRss: number;
  rssBefore: number;
  rssAt: number[];
  heapAt: number[];
}

const mb = (bytes: number): number => Math.round(bytes / 1e6);

/** Export the bench clinic into `dir`, sampling this process's RSS; `heap`: also the heap reachable after a full GC at each quarter. */
export async function measuredExport(clinic: Awaited<ReturnType<typeof benchClinic>>, dir: string, heap: boolean): Promise<ExportFigures> {
  const exporter = createBulkExporter({ deps: clinic.deps, dir, keepHours: 1, clock: () => new Date(), log: (error) => { throw error; } });
  const rssAt: number[] = [];
  const heapAt: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  const rssBefore = mb(process.memoryUsage().rss);
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
  const started = performance.now();
  const job = await exporter.runNow(clinic.clinician, { level: 'system', request: 'bench', types: null, since: null }, {
    dir,
    onProgress: (p) => {
      // RSS at each quarter of the patients: flat memory means these stay level.
      if (Math.floor((4 * p.patientsDone) / p.patientsTotal) > rssAt.length) {
        rssAt.push(mb(process.memoryUsage().rss));
        // --heap (under node --expose-gc): the heap still reachable after a full collection, i.e. what the export holds.
        if (heap && gc !== undefined) { gc(); heapAt.push(mb(process.memoryUsage().heapUsed)); }
      }
    },
  });
  const ms = performance.now() - started;
  clearInterval(sampler);
  if (job?.status !== 'complete') throw new Error(`the export ended ${job?.status ?? 'cancelled'}`);
  let bytes = 0;
  for (const name of await readdir(dir)) bytes += (await stat(join(dir, name))).size;
  return { ms, bytes, resources: job.output.reduce((n, f) => n + f.count, 0), peakRss: mb(peakRss), rssBefore, rssAt, heapAt };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { url: { type: 'string' }, clinic: { type: 'string' }, dir: { type: 'string' }, heap: { type: 'boolean', default: false } } });
  if (values.url === undefined || values.clinic === undefined || values.dir === undefined) throw new Error('export-process: --url, --clinic and --dir are required');
  const clinic = await benchClinic(values.url, 0, new Date(), { clinicId: values.clinic });
  try {
    console.log(JSON.stringify(await measuredExport(clinic, values.dir, values.heap)));
  } finally {
    await clinic.database.close();
  }
}
