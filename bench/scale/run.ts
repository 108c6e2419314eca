// The scale benchmark (`npm run bench:scale`, issue 6 part 5): does one clinic's caseload read slow
// down when the database holds many other clinics? Database A gets one simulated clinic; database B
// gets the same clinic (same seed, same patients) and then N other clinics. The caseload is read
// through the service (getCaseload), as the API does, alternating A and B with fixed iteration
// counts after a warm-up, so both see the same machine and the same JIT. The goal: B's median within
// 1.5x of A's (the tenant key, first in every key, keeps the clinic's rows together).
//
//   npm run bench:scale -- --a postgres://.../a --b postgres://.../b --clinics 1000 --other-patients 100000 --patients 100
//
// Without --a/--b both are in-memory PGlite. Both databases must be empty (each run loads them). The
// loads run on --workers threads (default: one per CPU) and give the same rows whatever that number.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { and, asc, eq } from 'drizzle-orm';
import { loadConfig } from '../../src/config.ts';
import { serviceDeps } from '../../src/server.ts';
import { bulkLoadSimulatedClinics, getCaseload, type Actor, type BulkLoadProgress, type ServiceDeps } from '../../src/services/index.ts';
import { createBulkLoader, createStore, openDatabase, type Database } from '../../src/store/index.ts';
import { users } from '../../src/store/schema/index.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' }, b: { type: 'string' }, clinics: { type: 'string', default: '100' }, patients: { type: 'string', default: '100' },
    'other-patients': { type: 'string', default: '10000' }, iterations: { type: 'string', default: '40' }, seed: { type: 'string', default: '2026' },
    workers: { type: 'string', default: String(availableParallelism()) },
  },
});
const others = Number(values.clinics);
const patients = Number(values.patients);
const otherPatients = Number(values['other-patients']);
const iterations = Number(values.iterations);
const seed = Number(values.seed);
const workers = Number(values.workers);
const now = new Date();
const startDate = new Date(now.getTime() - 400 * 86_400_000).toISOString().slice(0, 10);
const base = { startDate, summaries: 'compute' as const, password: 'bench-scale-password', workers };

interface Side {
  name: string;
  database: Database;
  deps: ServiceDeps;
  actor: Actor;
  times: number[];
}

function progress(label: string): (p: BulkLoadProgress) => void {
  let drawn = 0;
  const started = performance.now();
  return (p) => {
    const at = performance.now();
    if (at - drawn < 1000 && p.patientsDone < p.patientsTotal) return;
    drawn = at;
    const seconds = (at - started) / 1000;
    process.stderr.write(`\r${label}: ${p.patientsDone}/${p.patientsTotal} patients, ${(p.patientsDone / seconds).toFixed(0)}/s, ${(p.rows / seconds).toFixed(0)} rows/s   ${p.patientsDone >= p.patientsTotal ? '\n' : ''}`);
  };
}

async function open(name: string, url: string | undefined, extraClinics: number): Promise<Side> {
  const database = await openDatabase({ databaseUrl: url, dataDir: 'memory://', purpose: 'bench:scale', now, bulkWrites: true });
  await database.migrate();
  const store = createStore(database);
  const deps = serviceDeps(loadConfig({}), store);
  const loader = createBulkLoader(database);
  const started = performance.now();
  // The clinic under test: clinic 0 of a one-clinic load with this seed, the same in A and B.
  const clinic = await bulkLoadSimulatedClinics(deps, loader, { ...base, clinics: 1, patients, seed }, now, progress(`${name} clinic`));
  let loaded = clinic;
  if (extraClinics > 0) {
    loaded = await bulkLoadSimulatedClinics(deps, loader, { ...base, clinics: extraClinics, patients: otherPatients, seed: seed + 1 }, now, progress(`${name} others`));
  }
  const seconds = (performance.now() - started) / 1000;
  const allPatients = clinic.patientsDone + (extraClinics > 0 ? loaded.patientsDone : 0);
  const allRows = clinic.rows + (extraClinics > 0 ? loaded.rows : 0);
  console.log(`${name} (${database.kind}): ${1 + extraClinics} clinics, ${allPatients} patients, ${allRows} rows loaded in ${seconds.toFixed(1)} s`
    + ` (${(allPatients / seconds).toFixed(0)} patients/s, ${(allRows / seconds).toFixed(0)} rows/s)`);
  const clinicId = clinic.clinicIds[0] ?? '';
  const [clinician] = await database.db.select().from(users)
    .where(and(eq(users.clinicId, clinicId), eq(users.role, 'clinician'))).orderBy(asc(users.id)).limit(1);
  if (!clinician) throw new Error('the clinic under test has no clinician');
  return { name, database, deps, actor: { userId: clinician.id, clinicId, role: 'clinician' }, times: [] };
}

async function readOnce(side: Side): Promise<number> {
  const start = performance.now();
  const caseload = await getCaseload(side.deps, side.actor, now);
  side.times.push(performance.now() - start);
  return caseload.length;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const p95 = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

const sideA = await open('A', values.a, 0);
const sideB = await open('B', values.b, others);
// PostgreSQL's planner statistics are fresh after a bulk load only once analyzed (autovacuum would
// get there later); the warm-up reads also fill the caches on both sides.
for (const side of [sideA, sideB]) if (side.database.kind === 'postgres') await side.database.db.execute('analyze');
let listed = 0;
for (let i = 0; i < 5; i++) listed = (await readOnce(sideA)) + (await readOnce(sideB));
sideA.times = [];
sideB.times = [];
for (let i = 0; i < iterations; i++) {
  // Alternate which goes first, so neither always reads right after the other.
  const [first, second] = i % 2 === 0 ? [sideA, sideB] : [sideB, sideA];
  listed += (await readOnce(first)) + (await readOnce(second));
}
const ratio = median(sideB.times) / median(sideA.times);
console.log(`caseload of one clinic (${patients} patients; ${listed} rows listed in all), ${iterations} reads each, interleaved:`);
for (const side of [sideA, sideB]) console.log(`  ${side.name}: median ${median(side.times).toFixed(2)} ms, p95 ${p95(side.times).toFixed(2)} ms`);
console.log(`ratio B/A (median): ${ratio.toFixed(2)} (goal <= 1.5): ${ratio <= 1.5 ? 'PASS' : 'FAIL'}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await sideA.database.close();
await sideB.database.close();
process.exitCode = ratio <= 1.5 ? 0 : 1;
