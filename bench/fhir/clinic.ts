// The clinic the FHIR benchmarks read: a simulated clinic of N patients with about a year of records
// each (the bulk load of `threshold simulate`), reused when the database already holds one that big;
// a bench that writes (import) asks for a fresh clinic of its own, so it never grows the one the
// others read.
import { serve, type ServerType } from '@hono/node-server';
import { availableParallelism } from 'node:os';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { createApi } from '../../src/api/app.ts';
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

export interface BenchClinicOptions {
  /** Load a new clinic even when the database holds one big enough (a bench that writes into it). */
  fresh?: boolean;
  /** Use this clinic, loading nothing (a child process of a bench that loaded it). */
  clinicId?: string;
}

export async function benchClinic(url: string | undefined, size: number, now: Date, options: BenchClinicOptions = {}): Promise<BenchClinic> {
  const database = await openDatabase({ databaseUrl: url, dataDir: 'memory://', purpose: 'bench:fhir', now, bulkWrites: true });
  await database.migrate();
  const deps = serviceDeps(loadConfig({}), createStore(database));
  let clinicId = options.clinicId;
  if (clinicId === undefined && options.fresh !== true) {
    const [largest] = await database.db.select({ clinicId: patients.clinicId, n: count() }).from(patients).groupBy(patients.clinicId).orderBy(desc(count())).limit(1);
    clinicId = largest !== undefined && largest.n >= size ? largest.clinicId : undefined;
  }
  if (clinicId === undefined) {
    const startDate = new Date(now.getTime() - 400 * 86_400_000).toISOString().slice(0, 10);
    let drawn = 0;
    const loaded = await bulkLoadSimulatedClinics(deps, createBulkLoader(database), {
      // The same seed for a fresh clinic too (the same histories, so runs compare); its ids, and the
      // users' emails made from them, are new each time.
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

/** The API of a bench clinic on a listening server, with its clinician signed in (the HTTP benches). */
export interface BenchServer {
  base: string;
  token: string;
  close: () => Promise<void>;
}

export async function benchServer(clinic: BenchClinic): Promise<BenchServer> {
  const [clinician] = await clinic.database.db.select({ email: users.email }).from(users)
    .where(and(eq(users.clinicId, clinic.clinicId), eq(users.id, clinic.clinician.userId)));
  const app = createApi({ deps: clinic.deps, secureCookies: false, log: (error) => console.error(error) });
  const server = await new Promise<ServerType>((resolve) => { const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s)); });
  const close = (): Promise<void> => new Promise<void>((resolve) => server.close(() => resolve()));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: clinician?.email, password: BENCH_PASSWORD }) });
  if (!login.ok) {
    await close();
    throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  }
  const { token } = await login.json() as { token: string };
  return { base, token, close };
}

/**
 * Run a bench on PGlite and on PostgreSQL when TEST_DATABASE_URL is set (`backend` names one only);
 * the exit code says whether every goal was met.
 */
export async function onEachBackend(backend: string | undefined, run: (name: 'pglite' | 'postgres', url: string | undefined) => Promise<boolean>): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  let allMet = true;
  if (backend !== 'postgres') allMet = (await run('pglite', undefined)) && allMet;
  if (backend !== 'pglite') {
    if (url === undefined) console.log('postgres: skipped (set TEST_DATABASE_URL)');
    else allMet = (await run('postgres', url)) && allMet;
  }
  process.exitCode = allMet ? 0 : 1;
}
