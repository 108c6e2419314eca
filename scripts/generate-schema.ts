// Generates schema/case.schema.json from the zod case-file schema (the single source of truth).
// `--check` fails when the committed file differs, so CI catches a schema edit without regeneration.
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { caseFileSchema } from '../src/domain/index.ts';

const target = new URL('../schema/case.schema.json', import.meta.url);

function generate(): string {
  const schema = z.toJSONSchema(caseFileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const document = {
    $comment: 'GENERATED from src/domain/records/case-file.ts by `npm run schema:generate`. Do not edit by hand.',
    $id: 'https://threshold.local/schema/case.schema.json',
    title: 'Threshold case file: one episode of care with everything the progression engine reads',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const text = generate();
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('schema/case.schema.json is out of date: run `npm run schema:generate` and commit the result.');
    process.exit(1);
  }
  console.log('schema/case.schema.json is up to date.');
} else {
  await writeFile(target, text);
  console.log(`wrote ${target.pathname}`);
}
