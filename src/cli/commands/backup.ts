import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { exportDatabase } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { withConfiguredDatabase } from '../configured-database.ts';

const usage = `Usage: threshold backup <file>

Writes every row of every table to <file> (JSON lines; restore with "threshold restore").
Uses PostgreSQL when DATABASE_URL is set (a consistent snapshot, safe while the server runs),
otherwise the embedded database in THRESHOLD_DATA (default ./data): that folder can be open in
one process only, so stop "threshold serve" first.

Exit codes: 0 written, 1 failure (including a data folder in use), 2 bad input.`;

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'write the whole database to a file',
  usage,
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new AppError('validation', `expected one backup file\n\n${usage}`);
    const counts = await withConfiguredDatabase('threshold backup', async (database) => {
      // 'wx': never overwrite an earlier backup by accident.
      const out = createWriteStream(file, { flags: 'wx' });
      try {
        await once(out, 'open');
        const written = await exportDatabase(database, new Date(), async (line) => {
          if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
        });
        out.end();
        await once(out, 'finish');
        return written;
      } catch (error) {
        out.destroy();
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('validation', `${file} already exists: choose a new file name`);
        throw error;
      }
    });
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    io.stderr(`threshold backup: ${total} rows from ${Object.keys(counts).length} tables written to ${file}\n`);
    return 0;
  },
};
