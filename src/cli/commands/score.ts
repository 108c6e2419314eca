import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { instrumentDefinition, instruments, scoreInstrument, type Answer, type InstrumentDefinition } from '../../domain/index.ts';
import type { CliCommand } from '../command.ts';

/** "0-5 each", or per run of items where they differ: "items 1-8 0-1, item 9 0-4". */
function answerRanges(definition: InstrumentDefinition): string {
  const runs: { first: number; last: number; range: string }[] = [];
  definition.items.forEach((item, i) => {
    const range = `${item.min}-${item.max}`;
    const last = runs.at(-1);
    if (last !== undefined && last.range === range) last.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1, range });
  });
  if (runs.length === 1) return `${runs[0]?.range ?? ''} each`;
  return runs.map((r) => (r.first === r.last ? `item ${r.first} ${r.range}` : `items ${r.first}-${r.last} ${r.range}`)).join(', ');
}

function instrumentList(): string {
  const definitions = Object.values(instruments);
  const width = Math.max(...definitions.map((d) => d.code.length));
  return definitions
    .map((d) => {
      const count = d.answerCount.min === d.answerCount.max ? `${d.items.length}` : `${d.answerCount.min}-${d.answerCount.max}`;
      return `  ${d.code.padEnd(width)}  ${d.name}: ${count} answer(s), ${answerRanges(d)}`;
    })
    .join('\n');
}

const usage = `Usage: threshold score <instrument> --answers 3,2,0,...

Scores one completed instrument and prints JSON:
  { instrument, score, band?, subscales?, answered, missing }

Give the raw answers in item order, separated by commas. Leave an answer empty for an item the
patient left blank (3,,0); each instrument applies its own rule for blank items.

Options:
  --answers LIST          the item answers, comma-separated
  -h, --help              show this help

Instruments:
${instrumentList()}

Exit codes: 0 scored, 2 unknown instrument or an impossible answer (the message names the item).`;

/** "3,,0" -> [3, null, 0]; a token that is not a number is bad input naming its position. */
function parseAnswers(list: string, code: string): Answer[] {
  const definition = instrumentDefinition(code);
  return list.split(',').map((token, i) => {
    const trimmed = token.trim();
    if (trimmed === '') return null;
    const value = Number(trimmed);
    if (Number.isNaN(value)) {
      const item = definition.items[i];
      const range = item === undefined ? '' : `; answers are whole numbers from ${item.min} to ${item.max}`;
      throw new AppError('validation', `answer ${i + 1} "${trimmed}" is not a number${range}`, [{ path: `answers[${i}]`, message: 'not a number' }]);
    }
    return value;
  });
}

export const scoreCommand: CliCommand = {
  name: 'score',
  summary: 'score one outcome measure or screen from its item answers (JSON on stdout)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { answers: { type: 'string' } } });
    const [code, ...extra] = positionals;
    if (code === undefined || extra.length > 0) throw new AppError('validation', `expected one instrument\n\n${usage}`);
    if (values.answers === undefined) {
      instrumentDefinition(code); // an unknown instrument is the first thing to report
      throw new AppError('validation', `--answers is required, e.g. --answers 3,2,0\n\n${usage}`, [{ path: '--answers', message: 'required' }]);
    }
    const result = scoreInstrument(code, parseAnswers(values.answers, code));
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  },
};
