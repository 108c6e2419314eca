// The clinic the FHIR benchmarks read: a simulated clinic of N patients with about a year of records
// each (the bulk load of `threshold simulate`), reused when the database already holds one that big.
import { availableParallelism } from 'node:os';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { loadConfig } from '../../src/config.ts';
import { serviceDeps } from '../../src/server.ts';
import { bulkLoadSimulatedClinics, type Actor, type ServiceDeps } from '../../src/services/index.ts';
import { createBulkLoader, createStore, openDatabase, type Database } from '../../src/store/index.ts';
import { patients, users } from '../../src/store/schema/index.ts';

/** Every loaded user's password (sign-ins of the HTTP benches). */
export const BENCH_PASSWORD = 'bench-fhir-password';

export interface BenchClinic {
  database: Database;
  deps: ServiceDeps;
  clinicId: string;
  clinician: Actor;
  patients: number;
}

export async function benchClinic(url: string | undefined, size: number, now: Date): Promise<BenchClinic> {
  const database = await openDatabase({ databaseUrl: url, dataDir: 'memory://', purpose: 'bench:fhir', now, bulkWrites: true });
  await database.migrate();
  const deps = serviceDeps(loadConfig({}), createStore(database));
  const [largest] = await database.db.select({ clinicId: patients.clinicId, n: count() }).from(patients).groupBy(patients.clinicId).orderBy(desc(count())).limit(1);
  let clinicId = largest !== undefined && largest.n >= size ? largest.clinicId : undefined;
  if (clinicId === undefined) {
    const startDate = new Date(now.getTime() - 400 * 86_400_000).toISOString().slice(0, 10);
    let drawn = 0;
    const loaded = await bulkLoadSimulatedClinics(deps, createBulkLoader(database), {
      clinics: 1, patients: size, seed: 2026, startDate, summaries: 'stale', password: BENCH_PASSWORD, workers: availableParallelism(),
    }, now, (p) => {
      if (performance.now() - drawn < 1000 && p.patientsDone < p.patientsTotal) return;
      drawn = performance.now();
      process.stderr.write(`\rloading the clinic: ${p.patientsDone}/${p.patientsTotal} patients   ${p.patientsDone >= p.patientsTotal ? '\n' : ''}`);
    });
    clinicId = loaded.clinicIds[0] ?? '';
  }
  const [clinician] = await database.db.select().from(users).where(and(eq(users.clinicId, clinicId), eq(users.role, 'clinician'))).orderBy(asc(users.id)).limit(1);
  if (!clinician) throw new Error('the bench clinic has no clinician');
  const [counted] = await database.db.select({ n: count() }).from(patients).where(eq(patients.clinicId, clinicId));
  return { database, deps, clinicId, clinician: { userId: clinician.id, clinicId, role: 'clinician' }, patients: counted?.n ?? 0 };
}
