import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { builtInExercises, describeDose, exerciseKinds, type ExerciseKind } from '../../domain/index.ts';
import type { CliCommand } from '../command.ts';

const usage = `Usage: threshold exercises [--pattern P] [--json]

Lists the built-in exercise library (spec §4b): each exercise's id, name, pattern, ladder and step,
what it trains, its start and top dose, plain instructions and cues. Ladders run from the easiest
regression (step 1) to the hardest progression. A clinic's own exercises live in its database
(GET /api/v1/exercises).

Options:
  --pattern P  only one pattern: ${exerciseKinds.join(', ')}
  --json       print the exercises as JSON
  -h, --help   show this help`;

export const exercisesCommand: CliCommand = {
  name: 'exercises',
  summary: 'list the exercise library (ladders by pattern, doses, instructions)',
  usage,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { pattern: { type: 'string' }, json: { type: 'boolean', default: false } } });
    const pattern = values.pattern;
    if (pattern !== undefined && !(exerciseKinds as readonly string[]).includes(pattern)) {
      throw new AppError('validation', `--pattern must be one of ${exerciseKinds.join(', ')}, got "${pattern}"`, [{ path: 'pattern', message: 'unknown pattern' }]);
    }
    const list = builtInExercises.filter((e) => pattern === undefined || e.kind === (pattern as ExerciseKind));
    if (values.json) {
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    let ladder = '';
    for (const e of list) {
      if (e.ladder !== ladder) io.stdout(`${ladder === '' ? '' : '\n'}Ladder ${e.ladder} (${e.kind})\n`);
      ladder = e.ladder;
      io.stdout(`  ${e.step}. ${e.name} [${e.id}]: ${e.trains}. Dose ${describeDose(e.startDose)} up to ${describeDose(e.topDose)}.\n     ${e.instructions}\n     Cues: ${e.cues.join('; ')}.\n`);
    }
    return 0;
  },
};
