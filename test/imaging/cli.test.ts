// `threshold imaging --age N <report.txt>` through the CLI's command table, with captured output.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import type { ImagingContext } from '../../src/domain/index.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    today: () => '2025-01-15',
    readFile: (path) => readFile(path, 'utf8'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('threshold imaging', () => {
  it('prints the imaging context of a report as JSON', async () => {
    const { code, stdout } = await run('imaging', '--age', '52', fixture('lumbar-mri.txt'));
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ImagingContext;
    expect(result.forPhysician).toEqual([]);
    expect(result.findings).toContainEqual(expect.objectContaining({ finding: 'disc-protrusion', level: 'L5-S1', negated: false }));
    expect(result.findings).toContainEqual(expect.objectContaining({ finding: 'disc-bulge', level: 'L1-L2', negated: true }));
    expect(result.patientText).toContain('people of your age who have no back pain');
  });

  it('sends what is not age-typical to the physician', async () => {
    const { code, stdout } = await run('imaging', fixture('serious-mri.txt'), '--age=61');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ImagingContext;
    expect(result.forPhysician.map((item) => item.code).sort()).toEqual(['cauda-equina', 'disc-extrusion', 'severe-stenosis']);
    expect(result.patientText).toContain('your doctor');
  });

  it('needs an age', async () => {
    const { code, stderr } = await run('imaging', fixture('lumbar-mri.txt'));
    expect(code).toBe(2);
    expect(stderr).toContain('--age is required');
  });

  it.each(['abc', '-3', '200', '', '4O'])('rejects the age "%s"', async (age) => {
    const { code, stderr } = await run('imaging', `--age=${age}`, fixture('lumbar-mri.txt'));
    expect(code).toBe(2);
    expect(stderr).toContain('--age must be an age in years');
  });

  it('says which file it cannot read', async () => {
    const { code, stderr } = await run('imaging', '--age', '40', fixture('no-such-report.txt'));
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read');
    expect(stderr).toContain('no-such-report.txt');
  });

  it('needs exactly one report', async () => {
    expect((await run('imaging', '--age', '40')).code).toBe(2);
    expect((await run('imaging', '--age', '40', fixture('lumbar-mri.txt'), fixture('serious-mri.txt'))).code).toBe(2);
  });

  it('explains itself with --help', async () => {
    const { code, stdout } = await run('imaging', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: threshold imaging --age N <report.txt>');
  });
});
