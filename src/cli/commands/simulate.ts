// `threshold simulate`: synthetic clinics in bulk, for the scale benchmark and load tests (issue 6).
// Worker threads simulate and encode, this process COPYs the rows in (src/services/bulk-load-cohort.ts);
// progress is drawn on stderr (../progress.ts).
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { addDays } from '../../domain/time.ts';
import { serviceDeps } from '../../server.ts';
import { bulkLoadSimulatedClinics } from '../../services/index.ts';
import { DEMO_PASSWORD } from '../../sim/demo-clinic.ts';
import { createBulkLoader, createStore } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { withConfiguredDatabase } from '../configured-database.ts';
import { progressBar } from '../progress.ts';

const usage = `Usage: threshold simulate [--clinics N] [--patients M] [--seed S] [--start YYYY-MM-DD] [--summaries compute|stale] [--workers W]

Loads N synthetic clinics (default 1) with M simulated patients in all (default 100, shared evenly)
into the configured database: per clinic an admin and three clinicians, and per patient one episode
of care with all its records, a care team lead, audit rows and the caseload summary. Patients join
from --start (default 400 days ago, so about a year of records lies in the past). With
--summaries stale the summaries are left for the first caseload read to compute. W worker threads
(default: one per CPU, here ${availableParallelism()}) simulate the patients while this process writes
them; what is written does not depend on W.
Staff sign in as admin-<clinic id>@sim.threshold.local (password: ${DEMO_PASSWORD}).
Uses PostgreSQL when DATABASE_URL is set, otherwise THRESHOLD_DATA (default ./data); refuses while
"threshold serve" holds that folder. Adds to whatever the database holds.

Exit codes: 0 loaded, 1 failure, 2 bad input.`;

function wholeNumber(value: string | undefined, field: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new AppError('validation', `${field} must be a whole number from ${min} to ${max}`, [{ path: field, message: `expected ${min}-${max}` }]);
  return n;
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'load synthetic clinics and patients in bulk (scale tests)',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        clinics: { type: 'string', default: '1' }, patients: { type: 'string', default: '100' }, seed: { type: 'string', default: '2026' },
        start: { type: 'string' }, summaries: { type: 'string', default: 'compute' }, workers: { type: 'string', default: String(availableParallelism()) },
      },
    });
    const clinics = wholeNumber(values.clinics, '--clinics', 1, 100_000);
    const patients = wholeNumber(values.patients, '--patients', clinics, 10_000_000);
    const seed = wholeNumber(values.seed, '--seed', -2_147_483_648, 2_147_483_647);
    const workers = wholeNumber(values.workers, '--workers', 1, 64);
    const startDate = values.start ?? addDays(io.today(), -400);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || Number.isNaN(Date.parse(startDate))) throw new AppError('validation', '--start must be a date (YYYY-MM-DD)', [{ path: '--start', message: 'expected YYYY-MM-DD' }]);
    const summaries = values.summaries;
    if (summaries !== 'compute' && summaries !== 'stale') throw new AppError('validation', '--summaries must be compute or stale', [{ path: '--summaries', message: 'expected compute or stale' }]);
    const now = new Date();
    return withConfiguredDatabase('threshold simulate', async (database, config) => {
      const store = createStore(database);
      const started = performance.now();
      const result = await bulkLoadSimulatedClinics(serviceDeps(config, store), createBulkLoader(database),
        { clinics, patients, seed, startDate, summaries, password: DEMO_PASSWORD, workers }, now, progressBar(io.stderr, started));
      const seconds = (performance.now() - started) / 1000;
      io.stdout(`Loaded ${result.clinicIds.length} clinics, ${result.patientsDone} patients, ${result.rows} rows into ${database.kind} in ${seconds.toFixed(1)} s `
        + `(${(result.patientsDone / seconds).toFixed(0)} patients/s, ${(result.rows / seconds).toFixed(0)} rows/s).\n`
        + `First clinic: ${result.clinicIds[0] ?? '-'} (admin-${result.clinicIds[0] ?? ''}@sim.threshold.local)\n`);
      return 0;
    }, { now, bulkWrites: true });
  },
};
