import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { contextualiseImaging } from '../../domain/index.ts';
import type { CliCommand } from '../command.ts';

const usage = `Usage: threshold imaging --age N <report.txt>

Reads a free-text spine imaging report and prints, as JSON:
  findings      the degenerative findings it names (disc degeneration, signal loss, height loss,
                bulge, protrusion, annular fissure, facet degeneration, spondylolisthesis), each with
                its level, whether the report negates it, and how many pain-free people of that age
                show it (Brinjikji et al., AJNR 2015)
  forPhysician  what the report names that is not age-typical (fracture, tumour, infection, cord or
                cauda equina compression, severe stenosis, ...), with the reason it needs review
  patientText   the findings explained in plain words for the patient

Options:
  --age N       the patient's age in years (required)
  -h, --help    show this help

Exit codes: 0 done, 2 invalid input (missing or invalid age, unreadable or empty report).`;

function parseAge(value: string | undefined): number {
  if (value === undefined) {
    throw new AppError('validation', `--age is required: the patient's age in years\n\n${usage}`, [{ path: '--age', message: 'required' }]);
  }
  const age = Number(value);
  if (!/^\d{1,3}(?:\.\d+)?$/.test(value.trim()) || !Number.isFinite(age) || age > 130) {
    throw new AppError('validation', `--age must be an age in years from 0 to 130, got "${value}"`, [{ path: '--age', message: 'expected 0-130' }]);
  }
  return age;
}

export const imagingCommand: CliCommand = {
  name: 'imaging',
  summary: 'put the findings of an imaging report in age context (JSON on stdout)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { age: { type: 'string' } } });
    const [path, ...extra] = positionals;
    if (path === undefined || extra.length > 0) throw new AppError('validation', `expected one report file\n\n${usage}`);
    const age = parseAge(values.age);
    let text: string;
    try {
      text = await io.readFile(path);
    } catch (error) {
      throw new AppError('validation', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, [
        { path: 'report', message: 'unreadable' },
      ]);
    }
    if (text.trim() === '') throw new AppError('validation', `${path} is empty: expected the text of an imaging report`, [{ path: 'report', message: 'empty' }]);
    io.stdout(`${JSON.stringify(contextualiseImaging(text, age), null, 2)}\n`);
    return 0;
  },
};
