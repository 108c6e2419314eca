import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { caseFileFromBundle } from '../../fhir/routes/patient-bundles.ts';
import { importPatientHistory } from '../../services/index.ts';
import type { CliCommand } from '../command.ts';
import { requiredOption, withLocalServices } from './export.ts';

const usage = `Usage: threshold import <bundle.json> --as EMAIL

Reads a FHIR R4 Bundle holding one patient and one episode of care (as "threshold export" writes
it) and stores it as a new patient of your clinic, all or nothing: a resource that breaks the R4
structure or cannot be read as a record is named, and nothing is written. Prints the new patient
and episode ids as JSON.

Options:
  --as EMAIL   the clinician account you act as: the patient joins its clinic, and the audit log
               records the import under it

Uses PostgreSQL when DATABASE_URL is set, otherwise the embedded database in THRESHOLD_DATA
(default ./data). While "threshold serve" holds that folder this command refuses: POST the bundle
to /fhir/R4 on the running server instead.

Exit codes: 0 imported, 1 failure (including a data folder in use), 2 bad input.`;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'store a FHIR R4 Bundle as a new patient with their episode',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { as: { type: 'string' } } });
    const [path, ...extra] = positionals;
    if (path === undefined || extra.length > 0) throw new AppError('validation', `expected one bundle file\n\n${usage}`);
    const email = requiredOption(values.as, '--as', usage);
    let body: unknown;
    try {
      body = JSON.parse(await io.readFile(path));
    } catch (error) {
      throw new AppError('validation', `cannot read ${path} as JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Checked and mapped before the database is opened: a bad bundle never touches it.
    const caseFile = caseFileFromBundle(body, false);
    const imported = await withLocalServices('threshold import', email, (deps, actor) => importPatientHistory(deps, actor, caseFile, new Date()));
    io.stdout(`${JSON.stringify({ patientId: imported.patientId, episodeId: imported.episodeId }, null, 2)}\n`);
    io.stderr(`threshold import: patient ${imported.patientId} with episode ${imported.episodeId} stored\n`);
    return 0;
  },
};
