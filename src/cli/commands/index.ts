// Every command of `threshold`, in the order --help lists them. Add a command: one file, one line here.
import type { CliCommand } from '../command.ts';
import { evaluateCommand } from './evaluate.ts';

export const commands: CliCommand[] = [
  evaluateCommand,
];
