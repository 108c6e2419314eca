// Every command of `threshold`, in the order --help lists them. Add a command: one file, one line here.
import type { CliCommand } from '../command.ts';
import { backupCommand } from './backup.ts';
import { demoCommand } from './demo.ts';
import { evaluateCommand } from './evaluate.ts';
import { startCommand } from './start.ts';
import { settingsCommand } from './settings.ts';
import { migrateCommand } from './migrate.ts';
import { restoreCommand } from './restore.ts';
import { serveCommand } from './serve.ts';
import { scoreCommand } from './score.ts';
import { imagingCommand } from './imaging.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { reportCommand } from './report.ts';
import { simulateCommand } from './simulate.ts';
import { exercisesCommand } from './exercises.ts';

export const commands: CliCommand[] = [
  startCommand,
  demoCommand,
  evaluateCommand,
  settingsCommand,
  exercisesCommand,
  migrateCommand,
  serveCommand,
  backupCommand,
  restoreCommand,
  scoreCommand,
  imagingCommand,
  exportCommand,
  importCommand,
  reportCommand,
  simulateCommand,
];
