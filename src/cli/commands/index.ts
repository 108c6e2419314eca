// Every command of `threshold`, in the order --help lists them. Add a command: one file, one line here.
import type { CliCommand } from '../command.ts';
import { backupCommand } from './backup.ts';
import { evaluateCommand } from './evaluate.ts';
import { settingsCommand } from './settings.ts';
import { migrateCommand } from './migrate.ts';
import { restoreCommand } from './restore.ts';
import { serveCommand } from './serve.ts';
import { scoreCommand } from './score.ts';
import { imagingCommand } from './imaging.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';

export const commands: CliCommand[] = [
  evaluateCommand,
  settingsCommand,
  migrateCommand,
  serveCommand,
  backupCommand,
  restoreCommand,
  scoreCommand,
  imagingCommand,
  exportCommand,
  importCommand,
];
