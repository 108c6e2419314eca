import { describe, expect, it } from 'vitest';
import type { CliIo } from '../command.ts';
import { main } from '../main.ts';

function io(): CliIo & { out: string; err: string } {
  const capture = { out: '', err: '' };
  return Object.assign(capture, {
    stdout: (t: string): void => { capture.out += t; },
    stderr: (t: string): void => { capture.err += t; },
    today: (): string => { throw new Error('no clock'); },
    readFile: async (): Promise<string> => '',
  });
}

describe('threshold exercises', () => {
  it('--json lists the whole library, each with its ladder, dose and instructions', async () => {
    const capture = io();
    expect(await main(['exercises', '--json'], capture)).toBe(0);
    const list = JSON.parse(capture.out) as { id: string; kind: string; step: number; instructions: string; cues: string[] }[];
    expect(list.length).toBeGreaterThanOrEqual(60);
    expect(list.every((e) => e.instructions.length > 0 && e.cues.length > 0)).toBe(true);
  });

  it('--pattern keeps one pattern, as a ladder from the easiest step', async () => {
    const capture = io();
    expect(await main(['exercises', '--pattern', 'squat', '--json'], capture)).toBe(0);
    const list = JSON.parse(capture.out) as { kind: string; step: number }[];
    expect(list.every((e) => e.kind === 'squat')).toBe(true);
    expect(list.map((e) => e.step)).toEqual([1, 2, 3, 4, 5, 6]);
    const text = io();
    expect(await main(['exercises', '--pattern', 'squat'], text)).toBe(0);
    expect(text.out).toContain('Ladder squat (squat)');
    expect(text.out).toContain('1. Shallow wall sit [squat-wall-sit]');
  });

  it('refuses an unknown pattern with exit 2', async () => {
    const capture = io();
    expect(await main(['exercises', '--pattern', 'twist'], capture)).toBe(2);
    expect(capture.err).toContain('--pattern must be one of');
  });
});
