import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../domain/errors.ts';
import { startServer } from '../../server.ts';
import type { CliCommand } from '../command.ts';

const usage = `Usage: threshold serve

Serves the API at /api/v1 on PORT (default 8080). Uses PostgreSQL when DATABASE_URL is set,
otherwise the embedded database in THRESHOLD_DATA (default ./data), which it locks: other commands
that need that folder refuse while the server runs. Migrations run at start. Stop with Ctrl-C.

Environment: PORT, DATABASE_URL, THRESHOLD_DATA, THRESHOLD_SESSION_HOURS (default 12),
THRESHOLD_SIGN_IN_ATTEMPTS (5), THRESHOLD_SIGN_IN_WINDOW_MINUTES (15), THRESHOLD_SECURE_COOKIES (false).`;

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'serve the API (and later the web app)',
  usage,
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length > 0) throw new AppError('validation', `serve takes no arguments\n\n${usage}`);
    const running = await startServer(loadConfig(process.env), (line) => io.stderr(`${line}\n`));
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    io.stderr('threshold serve: stopping\n');
    await running.close();
    return 0;
  },
};
