// The command table of `threshold`: one file per command under ./commands.
import { readFile } from 'node:fs/promises';
import { AppError } from '../domain/errors.ts';
import type { CliCommand, CliIo } from './command.ts';
import { commands } from './commands/index.ts';

function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => {
    if (process.stdout.isTTY) throw new AppError('validation', 'this writes a PDF: redirect stdout to a file (> file.pdf)', [{ path: 'stdout', message: 'is a terminal' }]);
    process.stdout.write(bytes);
  },
  stderr: (text) => process.stderr.write(text),
  today: localToday,
  readFile: (path) => readFile(path, 'utf8'),
};

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: threshold <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "threshold <command> --help" for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name === undefined ? 2 : 0;
  }
  const command: CliCommand | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`threshold: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, command, io);
  }
}

/** The CLI's one error renderer: a message and exit code 2 for bad input, 1 otherwise. */
export function reportError(error: unknown, command: CliCommand, io: CliIo): number {
  if (error instanceof AppError) {
    io.stderr(`threshold ${command.name}: ${error.message}\n`);
    for (const detail of error.details.slice(1, 20)) io.stderr(`  ${detail.path}: ${detail.message}\n`);
    return error.code === 'validation' ? 2 : 1;
  }
  if (error instanceof TypeError && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`threshold ${command.name}: ${error.message}\n\n${command.usage}\n`);
    return 2;
  }
  io.stderr(`threshold ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
