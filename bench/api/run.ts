// API benchmark (issue 4, slice g). Two measurements, each as a ratio to the bare database work in
// the same run, on PGlite always and on PostgreSQL when DATABASE_URL (or TEST_DATABASE_URL) is set:
//   1. check-in POST under concurrent load (autocannon) vs bare inserts of the same check-in rows
//      through the same driver at the same concurrency, and vs a bare transaction of every row the
//      API writes (check-in, write count, audit event): throughput and p99 latency;
//   2. what a check-in leaves to the next caseload read: one read after N check-ins, timed alone;
//   3. caseload GET for a clinic of 2,000 active patients vs the bare SQL that reads the same rows.
// Goals: write path within 2x of the bare insert, caseload within 2x of the bare query.
// Run: npx tsx bench/api/run.ts [--seconds 10] [--connections 10]
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { createApi } from '../../src/api/app.ts';
import { assess, defaultSettings } from '../../src/domain/index.ts';
import { createClinic, createSignInLimiter, signIn, type ServiceDeps } from '../../src/services/index.ts';
import { createStore, openDatabase, type Database } from '../../src/store/index.ts';
import { auditEvents, checkIns, episodeWrites } from '../../src/store/schema/index.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, patients: { type: 'string', default: '2000' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const patientCount = Number(values.patients);
const now = new Date('2026-03-10T10:00:00Z');

const f = (n: number): string => n.toFixed(n < 10 ? 2 : 0);

interface Measured { perSecond: number; p50: number; p99: number; count: number }

/** Run `op` from `concurrency` loops for `seconds`, recording each latency. */
async function loop(op: () => Promise<unknown>, concurrency: number, secondsToRun: number): Promise<Measured> {
  const latencies: number[] = [];
  const end = performance.now() + secondsToRun * 1000;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await op();
      latencies.push(performance.now() - t);
    }
  }));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), count: latencies.length };
}

async function hammer(url: string, token: string, request: { method: string; path: () => string; body?: () => string; key?: boolean }): Promise<Measured> {
  const result = await autocannon({
    url, connections, duration: seconds,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    requests: [{
      method: request.method,
      setupRequest: (r) => ({
        ...r,
        path: request.path(),
        ...(request.body ? { body: request.body() } : {}),
        headers: { ...r.headers, ...(request.key ? { 'Idempotency-Key': `bench-${randomUUID()}` } : {}) },
      }),
    }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${request.method} ${request.path()}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, count: result.requests.total };
}

async function benchBackend(name: string, database: Database): Promise<void> {
  await database.migrate();
  const store = createStore(database);
  const deps: ServiceDeps = { store, assess, settings: defaultSettings, sessionHours: 12, signInLimiter: createSignInLimiter({ attempts: 100, windowMinutes: 1 }) };
  const email = `bench-${randomUUID()}@clinic.example`;
  const { clinicId } = await createClinic(deps, { name: 'Bench clinic', admin: { email, name: 'Bench Admin', role: 'admin', password: 'bench password 123' } }, now);
  const admin = await signIn(deps, { email, password: 'bench password 123' }, now, 'bench');

  // A clinic of `patientCount` patients in care, each with an episode and a caseload summary, written
  // in bulk through the store (the caseload reads these rows whichever way they were written).
  const clinicianEmail = `clin-${randomUUID()}@clinic.example`;
  const app = createApi({ deps, secureCookies: false, clock: () => now, log: (e) => console.error(e) });
  await app.request('/api/v1/users', { method: 'POST', headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: clinicianEmail, name: 'Bench Clinician', role: 'clinician', password: 'bench password 123' }) });
  const clinician = await signIn(deps, { email: clinicianEmail, password: 'bench password 123' }, now, 'bench');
  const episodeIds: string[] = [];
  await store.transaction(async (tx) => {
    const scope = tx.clinic(clinicId);
    for (let i = 0; i < patientCount; i += 1) {
      const patientId = `p${i}`;
      await scope.people.insertPatient({ id: patientId, name: `Patient ${String(i).padStart(4, '0')}`, birthDate: '1970-01-01', sex: 'female' }, now);
      const episode = await scope.episodes.insert({ id: `e${i}`, patientId, startDate: '2026-01-05', status: 'active', statusSince: '2026-01-05', regions: ['low-back'], condition: 'low-back-pain', intake: { irritability: { confirmed: null }, priorTreatments: [], imaging: [] }, ongoingCare: null }, now);
      await scope.summaries.save([{ episodeId: episode.id, asOf: '2026-03-10', phase: 'extending-window', sideStatuses: [], flags: i % 7 === 0 ? ['checkpoint-overdue'] : [], reliefWindowTrend: 'growing', nextCheckpoint: '2026-03-20', reliefWindows: [1, 2, 3], goalProgress: 0.4, guidelineAudit: [], programmeAdvice: null, writesSeen: 0 }], now);
      episodeIds.push(episode.id);
    }
  });

  // Fresh planner statistics after the bulk load, as autovacuum would gather them.
  await database.db.execute(sql`analyze`);
  const server = await new Promise<ServerType>((resolve) => { const s = serve({ fetch: app.fetch, port: 0 }, () => resolve(s)); });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  // 1. Check-ins: the API (validation, session, policy, insert unless the key was seen, the write
  // counted in episode_writes, audit) ... Both spread the check-ins over the clinic's episodes in turn.
  let nextApi = 0;
  let next = 0;
  const checkInBody = (): string => JSON.stringify({ date: '2026-03-09', painNow: 4, reliefSinceLastSession: true, hep: 'yes' });
  const api = await hammer(url, clinician.token, { method: 'POST', path: () => `/api/v1/episodes/${episodeIds[(nextApi += 1) % episodeIds.length] ?? 'e0'}/check-ins`, body: checkInBody, key: true });
  // ... against the bare insert of the same check-in row (one statement, autocommit), through the
  // same driver, at the same concurrency ...
  const bare = await loop(() => database.db.insert(checkIns).values({
    clinicId, id: randomUUID(), episodeId: episodeIds[(next += 1) % episodeIds.length] ?? 'e0', date: '2026-03-09', painNow: 4, goals: [],
    reliefSinceLastSession: true, hep: 'yes', idempotencyKey: `bare-${randomUUID()}`, requestHash: 'x',
  }), connections, seconds);
  // ... and against a bare transaction writing every row the API writes for a check-in: the check-in,
  // its audit event and the count of the write to the episode (which marks its summary stale).
  const bareSameRows = await loop(() => database.db.transaction(async (tx) => {
    const episodeId = episodeIds[(next += 1) % episodeIds.length] ?? 'e0';
    const id = randomUUID();
    await tx.insert(checkIns).values({ clinicId, id, episodeId, date: '2026-03-09', painNow: 4, goals: [], reliefSinceLastSession: true, hep: 'yes', idempotencyKey: `bare-${id}`, requestHash: 'x' });
    await tx.insert(episodeWrites).values({ clinicId, episodeId, count: 1 })
      .onConflictDoUpdate({ target: [episodeWrites.clinicId, episodeWrites.episodeId], set: { count: sql`${episodeWrites.count} + 1` } });
    await tx.insert(auditEvents).values({ clinicId, at: now, actorUserId: 'bench', actorRole: 'clinician', action: 'create', recordType: 'check-in', recordId: id, patientId: 'p0' });
  }), connections, seconds);

  // 2. What the deferred work costs: one caseload read after the load above recomputes every episode
  // written since (all of them, usually), then reads after N check-ins on N distinct episodes.
  const timeCaseload = async (): Promise<number> => {
    const t = performance.now();
    const response = await fetch(`${url}/api/v1/caseload`, { headers: { Authorization: `Bearer ${clinician.token}` } });
    if (response.status !== 200) throw new Error(`caseload ${response.status}`);
    await response.arrayBuffer();
    return performance.now() - t;
  };
  const staleCount = async (): Promise<number> => store.transaction(async (tx) => (await tx.clinic(clinicId).summaries.caseload()).stale.length);
  const refreshes: string[] = [];
  const afterLoad = await staleCount();
  refreshes.push(`after the check-in load (${afterLoad} stale): ${f(await timeCaseload())} ms`);
  for (const n of [0, 10, 100, Math.min(1000, patientCount)]) {
    for (let i = 0; i < n; i += 1) {
      const response = await fetch(`${url}/api/v1/episodes/${episodeIds[i] ?? 'e0'}/check-ins`, {
        method: 'POST', body: checkInBody(),
        headers: { Authorization: `Bearer ${clinician.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${randomUUID()}` },
      });
      if (response.status !== 201) throw new Error(`check-in ${response.status}`);
    }
    const stale = await staleCount();
    refreshes.push(`after ${n} check-ins (${stale} stale): ${f(await timeCaseload())} ms`);
  }

  // 3. Caseload: the API (every summary fresh now) against the bare SQL that reads the same rows:
  // episodes, patients, summaries and the write counts that say whether each summary is fresh.
  const caseloadApi = await hammer(url, clinician.token, { method: 'GET', path: () => '/api/v1/caseload' });
  const bareCaseload = await loop(() => database.db.execute(sql`
    select p.id, p.name, e.id, e.status, e.start_date, s.*, w.count
    from episodes e join patients p on p.clinic_id = e.clinic_id and p.id = e.patient_id
    left join episode_summaries s on s.clinic_id = e.clinic_id and s.episode_id = e.id
    left join episode_writes w on w.clinic_id = e.clinic_id and w.episode_id = e.id
    where e.clinic_id = ${clinicId} and e.status in ('active', 'ongoing-care') order by p.name, e.id`), connections, seconds);

  await new Promise<void>((resolve) => server.close(() => resolve()));
  console.log(`\n== ${name}: ${connections} connections, ${seconds} s each, clinic of ${patientCount} patients`);
  console.log(`check-in POST  api ${f(api.perSecond)}/s p50 ${f(api.p50)} ms p99 ${f(api.p99)} ms | bare insert of the check-in row ${f(bare.perSecond)}/s p99 ${f(bare.p99)} ms | throughput ratio ${f(bare.perSecond / api.perSecond)}x, p99 ratio ${f(api.p99 / Math.max(bare.p99, 0.01))}x (goal <= 2x)`);
  console.log(`               vs a bare transaction of the same 3 rows (check-in, write count, audit event) ${f(bareSameRows.perSecond)}/s p99 ${f(bareSameRows.p99)} ms | throughput ratio ${f(bareSameRows.perSecond / api.perSecond)}x, p99 ratio ${f(api.p99 / Math.max(bareSameRows.p99, 0.01))}x`);
  console.log(`caseload GET   api ${f(caseloadApi.perSecond)}/s p50 ${f(caseloadApi.p50)} ms p99 ${f(caseloadApi.p99)} ms | bare query ${f(bareCaseload.perSecond)}/s p50 ${f(bareCaseload.p50)} ms p99 ${f(bareCaseload.p99)} ms | throughput ratio ${f(bareCaseload.perSecond / caseloadApi.perSecond)}x, p99 ratio ${f(caseloadApi.p99 / Math.max(bareCaseload.p99, 0.01))}x (goal <= 2x)`);
  console.log(`caseload GET, one read alone, recomputing the stale summaries first:\n  ${refreshes.join('\n  ')}`);
  await store.close();
}

await benchBackend('PGlite (in memory)', await openDatabase({ dataDir: 'memory://', purpose: 'bench', now }));
const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) await benchBackend('PostgreSQL', await openDatabase({ databaseUrl: url, dataDir: 'unused', purpose: 'bench', now }));
else console.log('\n(PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL)');
