import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../domain/errors.ts';
import { startServer } from '../../server.ts';
import type { CliCommand } from '../command.ts';
import { databaseIsEmpty, describeSignIns, loadDemo } from '../demo-loader.ts';

const usage = `Usage: threshold start

What "npm start" runs: migrates the database, loads the synthetic demo clinic when the database is
empty, serves the API and the web app on PORT (default 8080), and prints the address and the demo
sign-ins. Same environment as "threshold serve". Stop with Ctrl-C.`;

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'serve, loading the demo clinic first when the database is empty',
  usage,
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length > 0) throw new AppError('validation', `start takes no arguments\n\n${usage}`);
    const config = loadConfig(process.env);
    const running = await startServer(config, (line) => io.stderr(`${line}\n`));
    const address = `http://localhost:${running.port}`;
    try {
      if (await databaseIsEmpty(running.store)) {
        const loaded = await loadDemo(running.store, config, io, { patients: 40, seed: 2026 });
        io.stdout(describeSignIns(loaded, address));
      } else {
        io.stdout(`Threshold is at ${address}\n`);
      }
    } catch (error) {
      await running.close();
      throw error;
    }
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    io.stderr('threshold start: stopping\n');
    await running.close();
    return 0;
  },
};
