import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { createStore } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { withConfiguredDatabase } from '../configured-database.ts';
import { databaseIsEmpty, describeSignIns, loadDemo } from '../demo-loader.ts';

const usage = `Usage: threshold demo [--patients N] [--seed S]

Loads the synthetic demo clinic into an empty database: an admin, three clinicians of different
disciplines and N simulated patients (default 40) across every archetype of care, with dates
relative to today, imaging reports and referrals. Prints the demo sign-ins.
Uses PostgreSQL when DATABASE_URL is set, otherwise THRESHOLD_DATA (default ./data); refuses while
"threshold serve" holds that folder, and refuses a database that already has a clinic.

Exit codes: 0 loaded, 1 failure (database in use or not empty), 2 bad input.`;

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'load the synthetic demo clinic into an empty database',
  usage,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { patients: { type: 'string', default: '40' }, seed: { type: 'string', default: '2026' } } });
    const patients = Number(values.patients);
    const seed = Number(values.seed);
    if (!Number.isInteger(patients) || patients < 12 || patients > 2000) throw new AppError('validation', '--patients must be a whole number from 12 to 2000 (one of each archetype at least)', [{ path: '--patients', message: 'expected 12-2000' }]);
    if (!Number.isInteger(seed)) throw new AppError('validation', '--seed must be a whole number', [{ path: '--seed', message: 'expected an integer' }]);
    return withConfiguredDatabase('threshold demo', async (database, config) => {
      const store = createStore(database);
      if (!(await databaseIsEmpty(store))) {
        io.stderr('threshold demo: the database already has a clinic; the demo loads only into an empty one (use another THRESHOLD_DATA folder)\n');
        return 1;
      }
      const loaded = await loadDemo(store, config, io, { patients, seed });
      io.stdout(describeSignIns(loaded, `http://localhost:${config.port} (after threshold serve)`));
      return 0;
    });
  },
};
