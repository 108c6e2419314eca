import { parseArgs } from 'node:util';
import { AppError, validationError } from '../../domain/errors.ts';
import { assess, explainAssessment, resolveSettings } from '../../domain/index.ts';
import { parseAsOf, readCaseFile } from '../case-file-input.ts';
import type { CliCommand } from '../command.ts';
import { z } from 'zod';

const usage = `Usage: threshold evaluate <case.json> [--as-of YYYY-MM-DD] [--settings settings.json] [--explain]

Runs the progression engine on one case file and prints the assessment as JSON.
No database is used.

Options:
  --as-of YYYY-MM-DD      the date to assess as of (default: today); later records are ignored
  --settings FILE         a clinic's settings overrides (JSON object of setting name to number)
  --explain               print a readable summary for a clinician instead of JSON
  -h, --help              show this help

Exit codes: 0 assessed, 2 invalid input (the message names the field).`;

export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  summary: 'assess one case file with the progression engine (JSON on stdout)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'as-of': { type: 'string' }, settings: { type: 'string' }, explain: { type: 'boolean', default: false } },
    });
    const [path, ...extra] = positionals;
    if (path === undefined || extra.length > 0) throw new AppError('validation', `expected one case file\n\n${usage}`);
    const caseFile = await readCaseFile(path, io);
    const asOf = parseAsOf(values['as-of'], io);
    let settings = resolveSettings({});
    if (values.settings !== undefined) {
      const raw = JSON.parse(await io.readFile(values.settings)) as unknown;
      try {
        settings = resolveSettings(raw);
      } catch (error) {
        if (error instanceof z.ZodError) throw validationError(error, `settings ${values.settings}`);
        throw error;
      }
    }
    const assessment = assess(caseFile, asOf, settings);
    io.stdout(values.explain ? explainAssessment(assessment) : `${JSON.stringify(assessment, null, 2)}\n`);
    return 0;
  },
};
