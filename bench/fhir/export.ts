// Bulk export against a bare COPY (`npm run bench:fhir:export`, issue 16): a clinic of 2,000 patients
// with about a year of records each, on PostgreSQL. The baseline copies the same rows the export
// reads (patients, episodes, every kind of record, care teams, users) with COPY ... TO STDOUT into
// a file; the export is the one GET /fhir/R4/$export runs (read in batches, checked, assessed,
// mapped to FHIR, written as NDJSON). Alternated, fixed rounds, medians. The goal: within 3x of the
// COPY, with memory flat (peak RSS under 300 MB, sampled while the export runs).
// The floor beside them: the time any JSON export needs to merely JSON.stringify and write the same
// NDJSON (the export's own lines, parsed back untimed in slices, re-serialised and written timed).
//
//   TEST_DATABASE_URL=postgres://... npm run bench:fhir:export -- [--patients 2000] [--rounds 3]
//   (--heap: also the heap reachable after a full collection at each quarter, the export's process run
//   with --expose-gc; the forced collections lower the peak, so not by default. For the in-process
//   figure, run as node --expose-gc --import tsx bench/fhir/export.ts --heap)
// Memory is measured the way a deployment has it: each round's export runs in a child process started
// after the seeding with bin/threshold.js's node options (export-process.ts), as the server or
// `threshold export` would, which never loaded the clinic; the first round also runs it in this
// process, after the seeding, and prints that (older) figure beside it.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { execFile } from 'node:child_process';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import postgres from 'postgres';
import { benchClinic } from './clinic.ts';
import { measuredExport, type ExportFigures } from './export-process.ts';

const run = promisify(execFile);

const { values } = parseArgs({ options: { patients: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' }, url: { type: 'string' }, heap: { type: 'boolean', default: false } } });
const url = values.url ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (url === undefined) throw new Error('bench:fhir:export runs on PostgreSQL: set TEST_DATABASE_URL (or pass --url)');
const now = new Date();
const clinic = await benchClinic(url, Number(values.patients), now);
if (clinic.database.kind !== 'postgres') throw new Error('expected PostgreSQL');
const sql = clinic.database.client;
const tables = ['patients', 'users', 'care_team_members', 'episodes', 'goals', 'treatment_sessions', 'check_ins', 'flares', 'measures', 'checkpoints', 'referrals', 'irritability_grades', 'movement_assessments', 'programme_versions'];

/**
 * COPY of one clinic's rows of every table, into one file, each table on a connection of its own,
 * opened before the clock starts and closed after it stops: postgres.js 3.4.9 pauses its socket when
 * a COPY's readable buffer is full and, should the COPY end in the same read, never resumes it, so
 * the next query on that connection hangs (porsager/postgres#917; seen here under load even in
 * flowing mode).
 */
async function bareCopy(file: string): Promise<{ ms: number; bytes: number }> {
  const connections = await Promise.all(tables.map(async () => {
    const one = postgres(url ?? '', { max: 1, onnotice: () => undefined });
    await one`select 1`;
    return one;
  }));
  const started = performance.now();
  const out = createWriteStream(file);
  let bytes = 0;
  for (const [i, table] of tables.entries()) {
    const stream = await (connections[i] ?? sql).unsafe(`copy (select * from ${table} where clinic_id = '${clinic.clinicId}') to stdout`).readable();
    stream.on('data', (chunk: Buffer) => { bytes += chunk.length; out.write(chunk); });
    // finished(), not once('end'): a COPY of few rows may have ended before the listener is added.
    await finished(stream);
  }
  await new Promise<void>((resolve) => out.end(resolve));
  const ms = performance.now() - started;
  await Promise.all(connections.map((one) => one.end({ timeout: 0 })));
  return { ms, bytes };
}

// The node options the CLI and the server run with (bin/threshold.js's first line): the export's
// child process is started with them, as a deployment's export is.
const nodeOptions = (await readFile(fileURLToPath(new URL('../../bin/threshold.js', import.meta.url)), 'utf8')).split('\n')[0]?.split(/\s+/).filter((word) => word.startsWith('--')) ?? [];

/**
 * The export in a process of its own, started after the seeding (as the server or `threshold export`
 * runs it, which never loaded 2,000 patients): its RSS before and peak are the deployment's figures.
 */
async function exportInChild(dir: string): Promise<ExportFigures> {
  const args = [...nodeOptions, ...(values.heap === true ? ['--expose-gc'] : []), '--import', 'tsx', fileURLToPath(new URL('./export-process.ts', import.meta.url)),
    '--url', url ?? '', '--clinic', clinic.clinicId, '--dir', dir, ...(values.heap === true ? ['--heap'] : [])];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1e6 });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ExportFigures;
}

/**
 * The floor: re-serialise every line of the export's files and write it, timing only the
 * JSON.stringify and the write (with its backpressure); the lines are parsed back in slices, untimed.
 */
async function stringifyFloor(dir: string, out: string): Promise<{ ms: number; bytes: number }> {
  const SLICE = 2000;
  let ms = 0;
  let bytes = 0;
  const sink = createWriteStream(out);
  const timedWrite = async (objects: unknown[]): Promise<void> => {
    const started = performance.now();
    const text = `${objects.map((o) => JSON.stringify(o)).join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    if (!sink.write(text)) await once(sink, 'drain');
    ms += performance.now() - started;
  };
  for (const name of (await readdir(dir)).sort()) {
    let slice: unknown[] = [];
    for await (const line of createInterface({ input: createReadStream(join(dir, name)), crlfDelay: Infinity })) {
      slice.push(JSON.parse(line));
      if (slice.length >= SLICE) { await timedWrite(slice); slice = []; }
    }
    if (slice.length > 0) await timedWrite(slice);
  }
  const started = performance.now();
  await new Promise<void>((resolve) => sink.end(resolve));
  return { ms: ms + performance.now() - started, bytes };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const rounds = Number(values.rounds);
const copies: number[] = [];
const exports: number[] = [];
const floors: number[] = [];
const childPeaks: number[] = [];
let last: ExportFigures | undefined;
let inProcess: ExportFigures | undefined;
let copyBytes = 0;
const rssOf = (figures: ExportFigures): string => `peak RSS ${figures.peakRss} MB (${figures.rssBefore} MB before it)`;
console.log(`clinic ${clinic.clinicId}: ${clinic.patients} patients; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; the export's process runs with: ${nodeOptions.join(' ') || 'no node options'}`);
for (let round = 0; round < rounds; round += 1) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-fhir-export-'));
  try {
    const copy = await bareCopy(join(dir, 'copy.txt'));
    copies.push(copy.ms);
    copyBytes = copy.bytes;
    await rm(join(dir, 'copy.txt'));
    // The old figure, kept beside the new one: the export in this process, which seeded the clinic
    // (its leftover RSS included). Once, in the first round: it takes as long as the export itself.
    if (round === 0) {
      inProcess = await measuredExport(clinic, join(dir, 'in-process'), values.heap === true);
      await rm(join(dir, 'in-process'), { recursive: true, force: true });
    }
    last = await exportInChild(join(dir, 'export'));
    exports.push(last.ms);
    childPeaks.push(last.peakRss);
    const floor = await stringifyFloor(join(dir, 'export'), join(dir, 'floor.ndjson'));
    floors.push(floor.ms);
    console.log(`round ${round + 1}: COPY ${(copy.ms / 1000).toFixed(2)} s, export ${(last.ms / 1000).toFixed(2)} s (${(last.ms / copy.ms).toFixed(1)}x), ${rssOf(last)} in its own process${round === 0 && inProcess !== undefined ? `; in this process (after seeding): export ${(inProcess.ms / 1000).toFixed(2)} s, ${rssOf(inProcess)}` : ''}; stringify+write floor ${(floor.ms / 1000).toFixed(2)} s (${(floor.ms / copy.ms).toFixed(1)}x the COPY)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const ratio = median(exports) / median(copies);
const quarters = (figures: ExportFigures | undefined): string => `${figures?.rssAt.join(', ') ?? ''} MB${figures !== undefined && figures.heapAt.length > 0 ? ` (heap reachable after a full GC: ${figures.heapAt.join(', ')} MB)` : ''}`;
console.log(`COPY of the clinic's rows: median ${(median(copies) / 1000).toFixed(2)} s, ${(copyBytes / 1e6).toFixed(0)} MB`);
console.log(`Bulk export: median ${(median(exports) / 1000).toFixed(2)} s, ${last?.resources ?? 0} resources, ${((last?.bytes ?? 0) / 1e6).toFixed(0)} MB of NDJSON (${((last?.bytes ?? 0) / copyBytes).toFixed(1)}x the COPY's bytes)`);
console.log(`Floor (JSON.stringify + write of the same NDJSON, nothing else): median ${(median(floors) / 1000).toFixed(2)} s, ${(median(floors) / median(copies)).toFixed(1)}x the COPY; the export is ${(median(exports) / median(floors)).toFixed(1)}x the floor`);
console.log(`ratio export/COPY: ${ratio.toFixed(1)}x (goal <= 3x); peak RSS in the export's own process ${Math.max(0, ...childPeaks)} MB, the highest of the rounds (goal < 300 MB; ${last?.rssBefore ?? 0} MB before it), RSS at each quarter of the last: ${quarters(last)}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (inProcess !== undefined) console.log(`the export in the bench's own process, after seeding (the old figure): peak RSS ${inProcess.peakRss} MB (${inProcess.rssBefore} MB before it), RSS at each quarter: ${quarters(inProcess)}`);
await clinic.database.close();
