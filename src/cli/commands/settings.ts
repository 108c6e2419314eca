import { parseArgs } from 'node:util';
import { settingsCatalogue, type SettingKey } from '../../domain/index.ts';
import type { CliCommand } from '../command.ts';

const usage = `Usage: threshold settings [--json]

Lists every clinical threshold the engine uses: its default, unit, allowed range, why it exists and
its source ("heuristic" where no published threshold exists). A clinic overrides any of them with a
JSON object of name to number (threshold evaluate --settings FILE).

Options:
  --json       print the catalogue as JSON
  -h, --help   show this help`;

export const settingsCommand: CliCommand = {
  name: 'settings',
  summary: 'list the engine thresholds with their defaults, rationale and sources',
  usage,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
    if (values.json) {
      io.stdout(`${JSON.stringify(settingsCatalogue, null, 2)}\n`);
      return 0;
    }
    for (const key of Object.keys(settingsCatalogue) as SettingKey[]) {
      const s = settingsCatalogue[key];
      io.stdout(`${key} = ${s.default} ${s.unit} (allowed ${s.min}-${s.max})\n  ${s.rationale}\n  Source: ${s.source}\n\n`);
    }
    return 0;
  },
};
