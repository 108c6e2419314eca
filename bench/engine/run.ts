// The engine benchmark (`npm run bench:engine`): how long one assessment of a year-long episode
// takes, side by side with parsing the same case file. Both run in this process, interleaved in
// rounds (parse, assess, parse, assess, ...) after a warm-up, with fixed iteration counts, and every
// result is consumed, so neither side gets a cold JIT, a quieter machine or dead-code elimination
// the other did not (the traps zod's benchmark notes list). The goal: assess takes at most as long
// as the parse (ratio 1.0 or less). `--profile` adds a CPU profile of assess, summed by engine file
// (time with the file's code anywhere on the stack) and by function (self time).
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { assess } from '../../src/domain/engine/index.ts';
import { caseFileSchema, type CaseFile } from '../../src/domain/records/index.ts';
import { defaultSettings } from '../../src/domain/settings/index.ts';
import { profileAssess } from './profile.ts';
import { yearEpisode, YEAR_AS_OF } from './year-episode.ts';

const ROUNDS = 8;
const PARSES_PER_ROUND = 50;
const ASSESSES_PER_ROUND = 5;
const WARM_UP = { parses: 30, assesses: 5 };

const text = JSON.stringify(yearEpisode());
const settings = defaultSettings;
let sink = 0; // every result feeds this, and it is printed, so no call can be optimised away

function parseOnce(): CaseFile {
  const file = caseFileSchema.parse(JSON.parse(text));
  sink += file.checkIns.length;
  return file;
}

function assessOnce(file: CaseFile): void {
  const assessment = assess(file, YEAR_AS_OF, settings);
  sink += assessment.phaseHistory.length + assessment.recommendations.length + assessment.flags.length;
}

/** Milliseconds per call of `fn`, over `count` calls. */
function timed(count: number, fn: () => void): number {
  const start = performance.now();
  for (let i = 0; i < count; i++) fn();
  return (performance.now() - start) / count;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const fixed = (value: number, digits = 2): string => value.toFixed(digits);

const file = parseOnce();
console.log('Engine benchmark: assess(year-long episode) against caseFileSchema.parse(JSON.parse(text))');
console.log(`  machine: ${cpus().length} cores, load average at start ${loadavg().map((l) => fixed(l)).join(' / ')} (1 / 5 / 15 min), node ${process.version}`);
console.log(`  case file: ${(text.length / 1024).toFixed(0)} KiB; ${file.sessions.length} sessions, ${file.checkIns.length} check-ins, ${file.flares.length} flares, ${file.goals.length} goals, ${file.measures.length} measures, ${file.checkpoints.length} checkpoints; as of ${YEAR_AS_OF}`);
console.log(`  method: warm-up ${WARM_UP.parses} parses + ${WARM_UP.assesses} assessments, then ${ROUNDS} rounds of ${PARSES_PER_ROUND} parses and ${ASSESSES_PER_ROUND} assessments, interleaved; medians of the rounds`);

timed(WARM_UP.parses, parseOnce);
timed(WARM_UP.assesses, () => assessOnce(file));

const parseMs: number[] = [];
const assessMs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  parseMs.push(timed(PARSES_PER_ROUND, parseOnce));
  assessMs.push(timed(ASSESSES_PER_ROUND, () => assessOnce(file)));
}

const parse = median(parseMs);
const evaluation = median(assessMs);
const ratio = evaluation / parse;
console.log('');
console.log(`  parse:   ${fixed(parse)} ms each (rounds ${fixed(Math.min(...parseMs))}-${fixed(Math.max(...parseMs))}), ${fixed(1000 / parse, 1)} parses/s`);
console.log(`  assess:  ${fixed(evaluation)} ms each (rounds ${fixed(Math.min(...assessMs))}-${fixed(Math.max(...assessMs))}), ${fixed(1000 / evaluation, 1)} evaluations/s`);
console.log(`  ratio assess/parse: ${fixed(ratio)} (goal: at most 1.0) ${ratio <= 1 ? 'MET' : 'NOT MET'}`);
console.log(`  load average at end ${loadavg().map((l) => fixed(l)).join(' / ')}; checksum ${sink}`);

if (process.argv.includes('--profile')) {
  console.log('');
  await profileAssess(() => assessOnce(file), 10);
} else if (ratio > 1) {
  console.log('  (run `npm run bench:engine -- --profile` to see where assess spends its time)');
}
