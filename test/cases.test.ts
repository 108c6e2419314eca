// The clinical vignettes of test/cases: synthetic people written as case files, each with an
// `expected` block naming only the outputs it is about. Every file must parse with the case-file
// schema, give the expected answers from assess() with the default settings, and give the same
// assessment through `threshold evaluate` as through assess() directly.
//
// A file with a `disputed` block holds an expectation that spec §4 supports and the engine does not
// meet yet. Its other expectations are checked as usual; the disputed ones run as an expected
// failure, which turns red once the engine agrees with the spec: then delete the block.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/command.ts';
import { main } from '../src/cli/main.ts';
import { assess } from '../src/domain/engine/index.ts';
import { caseFileSchema } from '../src/domain/records/index.ts';
import { defaultSettings } from '../src/domain/settings/index.ts';
import {
  disputedSchema, expectationKeys, expectedSchema, mismatches, type Disputed, type Expected,
} from './support/case-expectations.ts';

const casesDir = fileURLToPath(new URL('./cases/', import.meta.url));

interface Vignette {
  name: string;
  path: string;
  raw: unknown;
  expected: Expected;
  disputed: Disputed | null;
}

function load(fileName: string): Vignette {
  const path = join(casesDir, fileName);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { expected?: unknown; disputed?: unknown };
  const expected = expectedSchema.safeParse(raw.expected);
  if (!expected.success) throw new Error(`${fileName}: bad "expected" block: ${expected.error.message}`);
  const disputed = disputedSchema.optional().safeParse(raw.disputed);
  if (!disputed.success) throw new Error(`${fileName}: bad "disputed" block: ${disputed.error.message}`);
  return { name: fileName.replace(/\.json$/, ''), path, raw, expected: expected.data, disputed: disputed.data ?? null };
}

const vignettes = readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort().map(load);
const disputedVignettes = vignettes.filter((v) => v.disputed !== null);

function assessVignette(vignette: Vignette): ReturnType<typeof assess> {
  const parsed = caseFileSchema.safeParse(vignette.raw);
  if (!parsed.success) {
    throw new Error(`${vignette.name} is not a valid case file:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return assess(parsed.data, vignette.expected.asOf, defaultSettings);
}

function failIfAny(vignette: Vignette, problems: string[]): void {
  if (problems.length > 0) throw new Error(`${vignette.name} as of ${vignette.expected.asOf}:\n  ${problems.join('\n  ')}`);
}

describe('clinical vignettes', () => {
  it('there are at least 22 of them', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(22);
  });

  it.each(vignettes)('$name', (vignette) => {
    const assessment = assessVignette(vignette);
    const disputed = new Set(vignette.disputed?.fields ?? []);
    failIfAny(vignette, mismatches(vignette.expected, assessment, expectationKeys.filter((key) => !disputed.has(key))));
  });
});

describe.runIf(disputedVignettes.length > 0)('disputed vignettes (engine disagrees with spec §4; see each file\'s "disputed" note)', () => {
  // Expected failures: when one of these turns red, the engine now agrees: remove the file's "disputed" block.
  it.fails.each(disputedVignettes)('$name', (vignette) => {
    failIfAny(vignette, mismatches(vignette.expected, assessVignette(vignette), vignette.disputed?.fields ?? []));
  });
});

describe('threshold evaluate prints what assess returns', () => {
  it.each(vignettes)('$name', async (vignette) => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => { stdout += text; },
      stderr: (text) => { stderr += text; },
      today: () => { throw new Error('--as-of is given: the clock must not be read'); },
      readFile: (path) => readFile(path, 'utf8'),
    };
    const code = await main(['evaluate', vignette.path, '--as-of', vignette.expected.asOf], io);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(assessVignette(vignette))));
  });
});
