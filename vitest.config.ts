import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'src/web/**'],
    // The closing line CI reads is printed by our reporter, after vitest's own summary.
    reporters: ['default', './test/support/summary-reporter.ts'],
    env: { TZ: 'UTC' },
    // Two workers on the 2-core CI machine: vitest's default (cores - 1) ran the files one at a time,
    // and most of their time is spent waiting on PostgreSQL, a server or chromium (measured: 660 s
    // with one worker; the figure with two is in the closing note of 2026-12-07).
    maxWorkers: 2,
    // Generous limits: on a loaded 2-core machine a test that opens a PGlite data folder or drives
    // chromium takes three times its quiet time (measured: a CLI export-and-import test 8 s quiet,
    // over 20 s under load), and a failing test still fails, only later.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for a page or a background job to catch up: 1 s by default, too short under load.
    expect: { poll: { timeout: 10_000 } },
  },
});
