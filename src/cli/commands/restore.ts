import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { importDatabase, type BackupLine } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { withConfiguredDatabase } from '../configured-database.ts';

const usage = `Usage: threshold restore <file>

Loads a backup written by "threshold backup" into an empty database: PostgreSQL when DATABASE_URL
is set, otherwise a new THRESHOLD_DATA folder. It refuses a database that already holds data, and
checks every table's row count against the backup. All or nothing: one transaction.

Exit codes: 0 restored, 1 failure, 2 bad input (unreadable or damaged backup).`;

async function* readLines(file: string): AsyncGenerator<BackupLine> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim() === '') continue;
    try {
      yield JSON.parse(text) as BackupLine;
    } catch {
      throw new AppError('validation', `${file} line ${number} is not JSON: the file is damaged or not a backup`);
    }
  }
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'load a backup into an empty database',
  usage,
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new AppError('validation', `expected one backup file\n\n${usage}`);
    try {
      const counts = await withConfiguredDatabase('threshold restore', (database) => importDatabase(database, readLines(file)));
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      io.stderr(`threshold restore: ${total} rows restored from ${file}\n`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('validation', `cannot read ${file}: no such file`);
      throw error;
    }
    return 0;
  },
};
