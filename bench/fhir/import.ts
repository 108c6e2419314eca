// Transaction import of a year-long history (`npm run bench:fhir:import`, issue 16): one bench
// patient's episode (about a year of records) exported as a FHIR transaction Bundle, POSTed to
// /fhir/R4 over HTTP (a listening server, a clinician's bearer token: structure check, mapping, the
// case-file schema, the writes, their audit rows and the summary, in one transaction), against the
// bare inserts of the same rows in one transaction through the same driver (the rows that import
// wrote, read back and given fresh ids, one multi-row INSERT per table). On PGlite, and on
// PostgreSQL when TEST_DATABASE_URL is set. Alternated, fixed rounds, medians. The goal: the import
// within 3x of the bare inserts.
//
//   npm run bench:fhir:import -- [--rounds 15] [--backend pglite|postgres]
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { caseFileFromBundle, episodeResources } from '../../src/fhir/routes/patient-bundles.ts';
import { validateBundleStructure } from '../../src/fhir/structure-validation.ts';
import { exportPatientHistory } from '../../src/services/index.ts';
import type { Database } from '../../src/store/index.ts';
import type { Bundle } from '@medplum/fhirtypes';
import {
  checkIns, checkpoints, episodes, episodeSummaries, flares, goals, irritabilityGrades, measures, movementAssessments, patients, programmeVersions,
  referrals, treatmentSessions,
} from '../../src/store/schema/index.ts';
import { benchClinic, benchServer, onEachBackend } from './clinic.ts';

const { values } = parseArgs({ options: { backend: { type: 'string' }, patients: { type: 'string', default: '20' }, rounds: { type: 'string', default: '15' } } });
const GOAL_RATIO = 3;
const rounds = Number(values.rounds);

// Every table an import writes a history to (not the audit log), parents first.
const episodeTables = [goals, treatmentSessions, checkIns, flares, measures, checkpoints, referrals, irritabilityGrades, movementAssessments, programmeVersions, episodeSummaries];
type Row = Record<string, unknown>;

/** The rows one import wrote: the patient, the episode and every row of the episode. */
async function rowsOf(db: Database['db'], clinicId: string, patientId: string, episodeId: string): Promise<{ table: (typeof episodeTables)[number] | typeof patients | typeof episodes; rows: Row[] }[]> {
  const out: { table: (typeof episodeTables)[number] | typeof patients | typeof episodes; rows: Row[] }[] = [
    { table: patients, rows: await db.select().from(patients).where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId))) },
    { table: episodes, rows: await db.select().from(episodes).where(and(eq(episodes.clinicId, clinicId), eq(episodes.id, episodeId))) },
  ];
  for (const table of episodeTables) out.push({ table, rows: await db.select().from(table).where(and(eq(table.clinicId, clinicId), eq(table.episodeId, episodeId))) as Row[] });
  return out;
}

/** The same rows under fresh ids (every id the rows hold, wherever it appears), so they can be inserted again. */
function withFreshIds(tables: Awaited<ReturnType<typeof rowsOf>>): Awaited<ReturnType<typeof rowsOf>> {
  const fresh = new Map<string, string>();
  for (const { rows } of tables) for (const row of rows) if (typeof row.id === 'string') fresh.set(row.id, randomUUID());
  const remap = (value: unknown): unknown => {
    if (typeof value === 'string') return fresh.get(value) ?? value;
    if (Array.isArray(value)) return value.map(remap);
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v)]));
    return value;
  };
  return tables.map(({ table, rows }) => ({ table, rows: rows.map((row) => remap(row) as Row) }));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function run(backend: 'pglite' | 'postgres', url: string | undefined): Promise<boolean> {
  const now = new Date();
  // A clinic of its own: each round imports another patient, which must not grow the clinic the export and search benches read.
  const clinic = await benchClinic(url, Number(values.patients), now, { fresh: true });
  const { db } = clinic.database;
  // The patient with the most records among the first few: a full year.
  const candidates = await db.select({ id: patients.id }).from(patients).where(eq(patients.clinicId, clinic.clinicId)).limit(10);
  let bundle = '';
  let entries = 0;
  for (const { id } of candidates) {
    const history = await exportPatientHistory(clinic.deps, clinic.clinician, id, now);
    for (const episode of history.episodes) {
      const made = episodeResources(episode, 'http://bench.example/fhir/R4', 'transaction');
      if ((made.entry?.length ?? 0) > entries) { entries = made.entry?.length ?? 0; bundle = JSON.stringify(made); }
    }
  }
  const { base, token, close } = await benchServer(clinic);
  try {
    const post = async (): Promise<{ ms: number; patientId: string; episodeId: string }> => {
      const started = performance.now();
      const response = await fetch(`${base}/fhir/R4`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: bundle });
      const reply = await response.json() as { entry?: { response?: { location?: string } }[] };
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`import answered ${response.status}: ${JSON.stringify(reply).slice(0, 500)}`);
      const located = (type: string): string => reply.entry?.map((e) => e.response?.location ?? '').find((l) => l.startsWith(`${type}/`))?.slice(type.length + 1) ?? '';
      return { ms, patientId: located('Patient'), episodeId: located('EpisodeOfCare') };
    };
    const first = await post();
    const written = await rowsOf(db, clinic.clinicId, first.patientId, first.episodeId);
    const rowCount = written.reduce((n, t) => n + t.rows.length, 0);
    const bare = async (): Promise<number> => {
      const tables = withFreshIds(written);
      const started = performance.now();
      await db.transaction(async (tx) => {
        for (const { table, rows } of tables) if (rows.length > 0) await tx.insert(table).values(rows as never);
      });
      return performance.now() - started;
    };
    await bare();
    const imports: number[] = [];
    const inserts: number[] = [];
    // The floor of any import that checks its input: parsing the body and the R4 structure validator
    // alone (every resource, as the endpoint runs it), and those plus the mapping to a case file.
    const validations: number[] = [];
    const checks: number[] = [];
    const timed = (work: () => unknown): number => { const started = performance.now(); work(); return performance.now() - started; };
    for (let round = 0; round < rounds; round += 1) {
      // Alternated, the order flipped every other round.
      if (round % 2 === 0) { imports.push((await post()).ms); inserts.push(await bare()); } else { inserts.push(await bare()); imports.push((await post()).ms); }
      validations.push(timed(() => validateBundleStructure(JSON.parse(bundle) as Bundle)));
      checks.push(timed(() => caseFileFromBundle(JSON.parse(bundle), true)));
    }
    const ratio = median(imports) / median(inserts);
    const met = ratio <= GOAL_RATIO;
    console.log(`${backend}: a transaction Bundle of ${entries} entries (${(bundle.length / 1e6).toFixed(2)} MB), ${rowCount} rows written; ${rounds} rounds`);
    console.log(`  POST /fhir/R4 (transaction)        median ${median(imports).toFixed(1)} ms`);
    console.log(`  bare inserts, one transaction      median ${median(inserts).toFixed(1)} ms`);
    console.log(`  floor: JSON.parse + R4 structure validation alone ${median(validations).toFixed(1)} ms (${(median(validations) / median(inserts)).toFixed(1)}x the bare inserts); with the mapping to a case file ${median(checks).toFixed(1)} ms (${(median(checks) / median(inserts)).toFixed(1)}x)`);
    console.log(`  ratio ${ratio.toFixed(1)}x: goal <= ${GOAL_RATIO}x ${met ? 'met' : 'MISSED'}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    return met;
  } finally {
    await close();
    await clinic.database.close();
  }
}

await onEachBackend(values.backend, run);
