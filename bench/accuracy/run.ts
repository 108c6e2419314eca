// The engine against simulated truth (`npm run bench:accuracy`): simulates a seeded cohort, replays
// the engine (default settings) week by week along every episode on worker threads, compares what it
// found with the simulator's truth, and prints a Markdown report. `--settings '{"plateauMinDays":28}'`
// replays with a clinic's overrides instead of the defaults, to see what a setting does to the
// figures (never written to the docs). `--write` puts the report into
// docs/accuracy.md between its markers; `--details <file>` saves every per-episode result as JSON
// for looking into the misses. The same seed and size always give the same figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCohort } from '../../src/accuracy/run-cohort.ts';
import { summarise } from '../../src/accuracy/metrics.ts';
import { renderReport } from '../../src/accuracy/report.ts';
import { summariseProgramme } from '../../src/accuracy/programme.ts';
import { resolveSettings } from '../../src/domain/settings/index.ts';

const DOC = new URL('../../docs/accuracy.md', import.meta.url);
const BEGIN = '<!-- accuracy-results:begin -->';
const END = '<!-- accuracy-results:end -->';

const { values } = parseArgs({
  options: {
    patients: { type: 'string', default: '600' },
    seed: { type: 'string', default: '20260301' },
    start: { type: 'string', default: '2026-01-05' },
    workers: { type: 'string', default: '2' },
    write: { type: 'boolean', default: false },
    details: { type: 'string' },
    settings: { type: 'string', default: '{}' },
  },
});
const patients = Number(values.patients);
const seed = Number(values.seed);
const workers = Math.max(1, Number(values.workers));
if (!Number.isInteger(patients) || patients < 1) throw new Error(`--patients must be a whole number above 0, got "${values.patients}"`);
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number, got "${values.seed}"`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.start)) throw new Error(`--start must be a date YYYY-MM-DD, got "${values.start}"`);

const overrides: unknown = JSON.parse(values.settings);
resolveSettings(overrides); // fails here, with the setting's name, before any worker starts
const custom = values.settings.trim() !== '{}';
if (custom && values.write) throw new Error('--write records the default settings only; drop --settings or --write');

const started = performance.now();
const results = await runCohort({
  patients, seed, startDate: values.start, overrides, workers, programme: true,
  onProgress: (done, total) => {
    if (done % 50 === 0 || done === total) process.stderr.write(`\r${done}/${total} episodes (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  },
});
process.stderr.write('\n');

const seconds = (performance.now() - started) / 1000;
const command = `npm run bench:accuracy -- --patients ${patients} --seed ${seed} --start ${values.start}${custom ? ` --settings '${values.settings}'` : ''}`;
const report = renderReport(summarise(results), { command, seed, patients, startDate: values.start, seconds, workers }, summariseProgramme(results.map((r) => r.programme)));
console.log(report);

if (values.details) writeFileSync(values.details, JSON.stringify(results, null, 1));
if (values.write) {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/accuracy.md lacks the ${BEGIN} / ${END} markers`);
  writeFileSync(DOC, `${doc.slice(0, from + BEGIN.length)}\n${report}\n${doc.slice(to)}`);
  process.stderr.write('docs/accuracy.md updated\n');
}
