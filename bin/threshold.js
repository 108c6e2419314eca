#!/usr/bin/env node
// The `threshold` command. TypeScript runs through tsx, so there is no build step between an edit
// and a run (the same code runs in tests, the CLI and the server).
import { register } from 'tsx/esm/api';

register();
// `threshold settings | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
