// The documents benchmark (`npm run bench:documents`): a progress report of a year-long episode
// (bench/engine/year-episode.ts: 50 sessions, a check-in every day, 3 goals, 3 flares, 13
// checkpoints) made 100 times: the engine's assessment, the composition and the PDF, as the service
// makes it after reading the records. Side by side in the same process, interleaved, runs the
// assessment alone (the part of the report the engine already pays for), so the ratio shows what the
// document adds. Goals: a median of at most 300 ms a report on this machine, and memory flat across
// the 100 (RSS and heap after a forced collection, before and after). Run with node --expose-gc.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { yearEpisode, YEAR_AS_OF } from '../engine/year-episode.ts';
import { assess, caseFileSchema, composeProgressReport, defaultSettings, type DocumentContext } from '../../src/domain/index.ts';
import { renderPdf } from '../../src/documents/pdf/render-pdf.ts';

const REPORTS = 100;
// The font engine's glyph and layout caches and the allocator fill over the first few dozen reports
// (RSS settles near 220 MiB and stays there over 400 reports); memory is compared after that.
const WARM_UP = 50;
const GOAL_MS = 300;

const input = yearEpisode();
const file = caseFileSchema.parse({ ...input, patient: { ...input.patient, name: 'Zoë Łukasiewicz-Ólafsdóttir' } });
const context: DocumentContext = { clinicName: 'Bench clinic', clinician: { name: 'Dr Ana Reyes', discipline: 'physical therapy' }, people: {} };
let sink = 0; // every result feeds this, and it is printed, so no call can be optimised away

async function report(): Promise<void> {
  const assessment = assess(file, YEAR_AS_OF, defaultSettings);
  const bytes = await renderPdf(composeProgressReport(file, assessment, defaultSettings, context), 'bench');
  sink += bytes.byteLength;
}

function assessOnly(): void {
  sink += assess(file, YEAR_AS_OF, defaultSettings).phaseHistory.length;
}

const gc = (globalThis as { gc?: () => void }).gc;
function memory(): { rss: number; heap: number; external: number } {
  gc?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss / 2 ** 20, heap: usage.heapUsed / 2 ** 20, external: usage.external / 2 ** 20 };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const percentile = (values: readonly number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)] ?? 0;
const fixed = (value: number, digits = 1): string => value.toFixed(digits);

console.log('Documents benchmark: a progress report of a year-long episode (assess + compose + PDF), against assess alone');
console.log(`  machine: ${cpus().length} cores, load average at start ${loadavg().map((l) => fixed(l, 2)).join(' / ')}, node ${process.version}${gc ? '' : ' (run with --expose-gc for exact memory figures)'}`);
console.log(`  case file: ${file.sessions.length} sessions, ${file.checkIns.length} check-ins, ${file.goals.length} goals, ${file.flares.length} flares, ${file.checkpoints.length} checkpoints; as of ${YEAR_AS_OF}`);

for (let i = 0; i < WARM_UP; i++) {
  await report();
  assessOnly();
}
const before = memory();
const reportMs: number[] = [];
const assessMs: number[] = [];
let middle = before;
for (let i = 0; i < REPORTS; i++) {
  let start = performance.now();
  await report();
  reportMs.push(performance.now() - start);
  start = performance.now();
  assessOnly();
  assessMs.push(performance.now() - start);
  if (i === REPORTS / 2 - 1) middle = memory();
}
const after = memory();

const reportMedian = median(reportMs);
const assessMedian = median(assessMs);
console.log('');
console.log(`  report: median ${fixed(reportMedian)} ms, p90 ${fixed(percentile(reportMs, 0.9))} ms, max ${fixed(Math.max(...reportMs))} ms over ${REPORTS} (goal: median at most ${GOAL_MS} ms) ${reportMedian <= GOAL_MS ? 'MET' : 'NOT MET'}`);
console.log(`  assess alone: median ${fixed(assessMedian)} ms; ratio report/assess ${fixed(reportMedian / assessMedian, 2)} (the document adds ${fixed(reportMedian - assessMedian)} ms)`);
console.log(`  memory (after a forced collection): RSS ${fixed(before.rss)} MiB before, ${fixed(middle.rss)} after ${REPORTS / 2}, ${fixed(after.rss)} after ${REPORTS}; heap ${fixed(before.heap)} / ${fixed(middle.heap)} / ${fixed(after.heap)} MiB; external ${fixed(before.external)} / ${fixed(middle.external)} / ${fixed(after.external)} MiB`);
console.log(`  load average at end ${loadavg().map((l) => fixed(l, 2)).join(' / ')}; checksum ${sink}`);
