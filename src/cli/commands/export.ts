import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { DEFAULT_FHIR_BASE } from '../../fhir/systems.ts';
import { episodeResources } from '../../fhir/routes/patient-bundles.ts';
import { serviceDeps } from '../../server.ts';
import { actorForEmail, exportPatientHistory, type Actor, type ServiceDeps } from '../../services/index.ts';
import { createStore } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { withConfiguredDatabase } from '../configured-database.ts';
import { exportClinic } from './export-clinic.ts';

const usage = `Usage: threshold export --patient ID --as EMAIL [--episode ID] [--base-url URL] > bundle.json
       threshold export --clinic --as EMAIL [--type T1,T2] [--since INSTANT] DIR

With --patient: writes one episode of care of a patient as a FHIR R4 transaction Bundle on
stdout: the patient, the care team, goals, irritability grades, sessions, check-ins, flares,
measures, checkpoints, referrals, movement assessments, the programme, and the engine's assessment
(flags, phase) as of today in the clinic's time zone, under the clinic's own settings. "threshold
import" or POST /fhir/R4 reads it back.

With --clinic: writes every patient of the clinic as FHIR Bulk Data NDJSON files into DIR, one
file per resource type, and manifest.json beside them, as GET /fhir/R4/$export does; progress on
stderr, the manifest on stdout.

Options:
  --patient ID     the patient's id
  --clinic         the whole clinic of the --as account
  --as EMAIL       the clinician account you act as: its clinic, its permissions, and the audit
                   log records the export under it
  --episode ID     which episode, when the patient has more than one
  --base-url URL   the FHIR base the fullUrls are built on (default ${DEFAULT_FHIR_BASE})
  --type T1,T2     with --clinic: only these resource types
  --since INSTANT  with --clinic: only patients with a change recorded after it (2026-01-01T00:00:00Z)

Uses PostgreSQL when DATABASE_URL is set, otherwise the embedded database in THRESHOLD_DATA
(default ./data). While "threshold serve" holds that folder this command refuses: use
GET /fhir/R4/Patient/{id}/$everything on the running server instead.

Exit codes: 0 written, 1 failure (including a data folder in use), 2 bad input.`;

/** Opens the store the way the server would, runs `work` as the named user, and closes it. */
export async function withLocalServices<T>(purpose: string, email: string, work: (deps: ServiceDeps, actor: Actor) => Promise<T>): Promise<T> {
  return withConfiguredDatabase(purpose, async (database, config) => {
    const deps = serviceDeps(config, createStore(database));
    return work(deps, await actorForEmail(deps, email));
  });
}

export function requiredOption(value: string | undefined, name: string, text: string): string {
  if (value === undefined || value === '') throw new AppError('validation', `${name} is required\n\n${text}`, [{ path: name, message: 'required' }]);
  return value;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a patient\'s episode as a FHIR R4 Bundle, or the whole clinic as Bulk Data NDJSON files',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: {
        patient: { type: 'string' }, clinic: { type: 'boolean' }, as: { type: 'string' }, episode: { type: 'string' }, 'base-url': { type: 'string' },
        type: { type: 'string' }, since: { type: 'string' },
      },
    });
    if (values.clinic === true) {
      const [dir, ...extra] = positionals;
      if (dir === undefined || extra.length > 0 || values.patient !== undefined) throw new AppError('validation', `export --clinic takes one folder and no --patient\n\n${usage}`, [{ path: 'DIR', message: 'one folder' }]);
      return exportClinic({ email: requiredOption(values.as, '--as', usage), dir, types: values.type, since: values.since }, io);
    }
    if (positionals.length > 0) throw new AppError('validation', `export takes no file: redirect stdout\n\n${usage}`);
    const patientId = requiredOption(values.patient, '--patient', usage);
    const email = requiredOption(values.as, '--as', usage);
    const bundle = await withLocalServices('threshold export', email, async (deps, actor) => {
      const history = await exportPatientHistory(deps, actor, patientId, new Date());
      const episodes = values.episode === undefined ? history.episodes : history.episodes.filter((e) => e.episodeId === values.episode);
      const [episode, ...more] = episodes;
      if (episode === undefined) {
        throw new AppError('validation', values.episode === undefined ? `patient ${patientId} has no episode of care to export` : `patient ${patientId} has no episode ${values.episode}`,
          [{ path: '--episode', message: 'no such episode' }]);
      }
      if (more.length > 0) {
        throw new AppError('validation', `patient ${patientId} has ${episodes.length} episodes: choose one with --episode (${episodes.map((e) => e.episodeId).join(', ')})`,
          [{ path: '--episode', message: 'required when the patient has several episodes' }]);
      }
      return episodeResources(episode, values['base-url'] ?? DEFAULT_FHIR_BASE, 'transaction');
    });
    io.stdout(`${JSON.stringify(bundle, null, 2)}\n`);
    io.stderr(`threshold export: ${bundle.entry?.length ?? 0} resources\n`);
    return 0;
  },
};
