#!/usr/bin/env -S node --max-old-space-size=1024
// The `threshold` command. TypeScript runs through tsx, so there is no build step between an edit
// and a run (the same code runs in tests, the CLI and the server).
// --max-old-space-size (also in package.json's start and threshold scripts, which run this file with
// node): V8 lets the old generation grow to about 4x the live heap between full collections when
// its ceiling is 2 GB or more (node's default here is 4.3 GB), but at most about 1.6x under a 1 GB
// ceiling. A bulk export (issue 16) holds ~45 MB live yet left up to ~200 MB of garbage in the heap:
// peak RSS 407 MB with node's default, 274 MB under this ceiling (bench:fhir:export, PostgreSQL,
// 2,000 patients). A gigabyte is still far above what any request here holds live.
import { register } from 'tsx/esm/api';

register();
// `threshold settings | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
