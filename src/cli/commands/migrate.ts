import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import type { CliCommand } from '../command.ts';
import { withConfiguredDatabase } from '../configured-database.ts';

const usage = `Usage: threshold migrate

Applies every pending database migration and exits. The server also does this when it starts.
Uses PostgreSQL when DATABASE_URL is set, otherwise the embedded database in THRESHOLD_DATA
(default ./data). While "threshold serve" holds that folder this command refuses: stop the server
first (it migrates on start anyway).

Exit codes: 0 migrated, 1 failure (including a data folder in use), 2 bad input.`;

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'apply pending database migrations',
  usage,
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length > 0) throw new AppError('validation', `migrate takes no arguments\n\n${usage}`);
    const where = await withConfiguredDatabase('threshold migrate', async (database, config) => (database.kind === 'postgres' ? 'PostgreSQL' : config.dataDir));
    io.stderr(`threshold migrate: ${where} is up to date\n`);
    return 0;
  },
};
