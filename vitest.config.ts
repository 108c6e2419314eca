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
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
