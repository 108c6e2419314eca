// The V8 heap ceiling the CLI and the server run with (bin/threshold.js): under 2 GB, V8 lets the
// old generation grow to at most ~2x the live heap between full collections instead of ~4x, which is
// what keeps a bulk export's peak RSS under issue 16's 300 MB (bench:fhir:export). The ceiling must
// be the same however the process is started: the `threshold` command (the shebang) and npm's
// start and threshold scripts (which run the file with node, so the shebang is not read).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);

describe('the node options of the CLI and the server', () => {
  it('set one heap ceiling below V8\'s 2 GB step, in the shebang and in every npm script that starts the CLI', async () => {
    const shebang = (await readFile(new URL('bin/threshold.js', root), 'utf8')).split('\n')[0] ?? '';
    expect(shebang.startsWith('#!/usr/bin/env -S node ')).toBe(true);
    const options = shebang.split(/\s+/).filter((word) => word.startsWith('--'));
    const ceiling = options.find((option) => option.startsWith('--max-old-space-size='));
    expect(ceiling).toBeDefined();
    expect(Number(ceiling?.split('=')[1])).toBeLessThan(2048);

    const { scripts } = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };
    for (const name of ['start', 'threshold']) expect(scripts[name]).toContain(`node ${options.join(' ')} bin/threshold.js`);

    // The options as node takes them: the heap limit a process started with them gets.
    const { stdout } = await run(process.execPath, [...options, '-e', 'console.log(require("node:v8").getHeapStatistics().heap_size_limit)']);
    expect(Number(stdout) / 2 ** 20).toBeLessThan(2048);
  });
});
