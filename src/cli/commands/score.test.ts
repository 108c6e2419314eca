import { describe, expect, it } from 'vitest';
import type { CliIo } from '../command.ts';
import { main } from '../main.ts';

/** Runs `threshold ...` with a fake io and returns what it printed and its exit code. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    today: () => '2025-01-15',
    readFile: () => Promise.reject(new Error('no files in this test')),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('threshold score', () => {
  it('prints the ODI score as JSON, with a blank section left out', async () => {
    const r = await run('score', 'odi', '--answers', '2,2,2,2,2,2,2,,1,1');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ instrument: 'odi', score: 35.6, band: 'moderate', answered: 9, missing: 1 });
  });

  it('prints band and subscales for STarT Back', async () => {
    const r = await run('score', 'start-back', '--answers=0,0,0,0,1,1,1,1,3');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ instrument: 'start-back', score: 5, band: 'high', subscales: { distress: 5 }, answered: 9, missing: 0 });
  });

  it('exits 2 for an unknown instrument, listing the known ones', async () => {
    const r = await run('score', 'oswestry', '--answers', '1,2');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown instrument "oswestry"');
    expect(r.stderr).toContain('start-back');
  });

  it('exits 2 naming the item and its range for an impossible answer', async () => {
    const r = await run('score', 'phq-2', '--answers', '1,4');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('item 2');
    expect(r.stderr).toContain('from 0 to 3');
  });

  it('exits 2 for an answer that is not a number, or the wrong number of answers', async () => {
    const word = await run('score', 'nprs', '--answers', 'seven');
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('answer 1 "seven" is not a number');
    const count = await run('score', 'gad-2', '--answers', '1,1,1');
    expect(count.code).toBe(2);
    expect(count.stderr).toContain('takes 2 answer(s)');
  });

  it('exits 2 when --answers or the instrument is missing', async () => {
    expect((await run('score', 'nprs')).stderr).toContain('--answers is required');
    expect((await run('score', '--answers', '3')).code).toBe(2);
  });

  it('lists the instruments in --help', async () => {
    const r = await run('score', '--help');
    expect(r.code).toBe(0);
    for (const code of ['nprs', 'peg', 'psfs', 'odi', 'ndi', 'start-back', 'tsk-11', 'fabq', 'phq-2', 'gad-2', 'isi']) {
      expect(r.stdout).toContain(`  ${code} `);
    }
  });
});
