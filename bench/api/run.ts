// API benchmark (issue 4, issue 15). Three measurements, each against a baseline in the same run, on
// PGlite always and on PostgreSQL when DATABASE_URL (or TEST_DATABASE_URL) is set:
//   1. check-in POST under concurrent load (wrk, bench/api/wrk.ts), with the summary refresher at work, vs bare
//      inserts of the same check-in rows through the same driver at the same concurrency (and vs a
//      bare transaction of every row the API writes: check-in, write count, audit event);
//   2. the first caseload read right after N check-ins vs a read with nothing stale;
//   3. caseload GET for a clinic of 2,000 active patients vs the bare SQL that reads the same rows.
// Goals (each printed met or not): check-in throughput and p99 within 2x of the bare insert; the
// first read after 1,000 check-ins within 2x of a fresh read; caseload within 2x of the bare query.
// Needs wrk (Debian's package; .ci/run installs it). NO_REFRESHER=1 runs the server without its
// summary refresher, to tell the write's own cost from the recomputing of the summaries it stales.
// Run: npx tsx bench/api/run.ts [--seconds 10] [--connections 10] [--only write|fresh|caseload] [--backend pglite|postgres] [--cpu]
// (--cpu: where each write measurement's CPU went, per request, in its last round; bench/api/cpu.ts)
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { createApi } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config.ts';
import { serviceDeps } from '../../src/server.ts';
import { createClinic, createSignInLimiter, signIn, type ServiceDeps } from '../../src/services/index.ts';
import { createStore, openDatabase, type Database } from '../../src/store/index.ts';
import { auditEvents, checkIns, episodeWrites } from '../../src/store/schema/index.ts';
import { cpuPerRequest, cpuSample } from './cpu.ts';
import { wrk, type Measured } from './wrk.ts';

const { values } = parseArgs({ options: {
  seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, patients: { type: 'string', default: '2000' },
  only: { type: 'string', default: 'all' }, cpu: { type: 'boolean', default: false }, backend: { type: 'string', default: 'all' },
} });
/** --only write | fresh | caseload: one of the three measurements (all by default). */
const only = (part: 'write' | 'fresh' | 'caseload'): boolean => values.only === 'all' || values.only === part;
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const patientCount = Number(values.patients);
const now = new Date('2026-03-10T10:00:00Z');

const f = (n: number): string => n.toFixed(n < 10 ? 2 : 0);
const verdict = (ratio: number, goal: number): string => (ratio <= goal ? `goal <= ${goal}x met` : `goal <= ${goal}x NOT met`);

/** Rounds of one measurement as one: the rate over all of them, the latencies' mean over the rounds. */
function combine(rounds: Measured[]): Measured {
  const mean = (pick: (m: Measured) => number): number => rounds.reduce((sum, m) => sum + pick(m), 0) / Math.max(1, rounds.length);
  return { perSecond: mean((m) => m.perSecond), p50: mean((m) => m.p50), p99: mean((m) => m.p99), count: rounds.reduce((sum, m) => sum + m.count, 0) };
}

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

async function benchBackend(name: string, database: Database): Promise<void> {
  await database.migrate();
  const store = createStore(database);
  // The server's own wiring (src/server.ts), at its default settings (sign-ins allowed at the bench's pace).
  const deps: ServiceDeps = {
    ...serviceDeps(loadConfig({}), store, { background: process.env.NO_REFRESHER === undefined }),
    signInLimiter: createSignInLimiter({ attempts: 100, windowMinutes: 1 }),
  };
  const email = `bench-${randomUUID()}@clinic.example`;
  const { clinicId } = await createClinic(deps, { name: 'Bench clinic', admin: { email, name: 'Bench Admin', role: 'admin', password: 'bench password 123' } }, now);
  const admin = await signIn(deps, { email, password: 'bench password 123' }, now, { address: 'bench' });

  // A clinic of `patientCount` patients in care, each with an episode and a caseload summary, written
  // in bulk through the store (the caseload reads these rows whichever way they were written).
  const clinicianEmail = `clin-${randomUUID()}@clinic.example`;
  const app = createApi({ deps, secureCookies: false, clock: () => now, log: (e) => console.error(e) });
  await app.request('/api/v1/users', { method: 'POST', headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: clinicianEmail, name: 'Bench Clinician', role: 'clinician', password: 'bench password 123' }) });
  const clinician = await signIn(deps, { email: clinicianEmail, password: 'bench password 123' }, now, { address: 'bench' });
  const episodeIds: string[] = [];
  await store.transaction(async (tx) => {
    const scope = tx.clinic(clinicId);
    for (let i = 0; i < patientCount; i += 1) {
      const patientId = `p${i}`;
      await scope.people.insertPatient({ id: patientId, name: `Patient ${String(i).padStart(4, '0')}`, birthDate: '1970-01-01', sex: 'female' }, now);
      const episode = await scope.episodes.insert({ id: `e${i}`, patientId, startDate: '2026-01-05', status: 'active', statusSince: '2026-01-05', regions: ['low-back'], condition: 'low-back-pain', intake: { irritability: { confirmed: null }, priorTreatments: [], imaging: [] }, ongoingCare: null }, now);
      await scope.summaries.save([{ episodeId: episode.id, asOf: '2026-03-10', phase: 'extending-window', sideStatuses: [], flags: i % 7 === 0 ? ['checkpoint-overdue'] : [], reliefWindowTrend: 'growing', nextCheckpoint: '2026-03-20', reliefWindows: [1, 2, 3], goalProgress: 0.4, guidelineAudit: [], programmeAdvice: null, settingsVersion: 1, flagReasons: i % 7 === 0 ? [{ code: 'checkpoint-overdue', text: 'Checkpoint was due 2026-03-01; the last was never.', more: 0 }] : [], lastActiveCareOn: null, unreadNotes: 0, latestUnreadNote: null, writesSeen: 0 }], now);
      episodeIds.push(episode.id);
    }
  });

  // Fresh planner statistics after the bulk load, as autovacuum would gather them.
  await database.db.execute(sql`analyze`);
  const listen = (fetch: (request: Request) => Response | Promise<Response>): Promise<ServerType> =>
    new Promise((resolve) => { const s = serve({ fetch, port: 0 }, () => resolve(s)); });
  const urlOf = (s: ServerType): string => { const a = s.address(); return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`; };
  const server = await listen(app.fetch);
  const url = urlOf(server);
  // The HTTP floor: the bare insert behind the smallest Hono route on the same server library, with
  // no validation, session, policy, audit or idempotency: what any HTTP API on this stack pays.
  const floorServer = await listen(new Hono().post('/api/v1/episodes/:episodeId/check-ins', async (c) => {
    const body = await c.req.json<{ date: string; painNow: number; hep: 'yes' | 'no' | 'partly' }>();
    const id = randomUUID();
    await database.db.insert(checkIns).values({ clinicId, id, episodeId: c.req.param('episodeId'), date: body.date, painNow: body.painNow, goals: [], hep: body.hep, idempotencyKey: c.req.header('Idempotency-Key') ?? id, requestHash: 'x' });
    return c.json({ id, ...body }, 201);
  }).fetch);

  console.log(`\n== ${name}: ${connections} connections, ${seconds} s each, clinic of ${patientCount} patients, summary refresher ${process.env.NO_REFRESHER === undefined ? 'on' : 'off (NO_REFRESHER)'}`);
  const checkInBody = (): string => JSON.stringify({ date: '2026-03-09', painNow: 4, reliefSinceLastSession: true, hep: 'yes' });

  if (only('write')) {
    // 1. Check-ins: the API (validation, session, policy, the check-in, the write counted in
    // episode_writes and its audit event in one transaction, idempotent by its key), with the summary
    // refresher running as in a clinic; against the bare insert of the same check-in row (one
    // statement, autocommit) through the same driver at the same concurrency, and against a bare
    // transaction writing every row the API writes (check-in, write count, audit event). In rounds,
    // API and baselines alternating, so a change in the machine's load falls on both (the machine is
    // shared); the refresher catches up before each baseline, so it never slows one down.
    const rounds = 4;
    const roundSeconds = Math.max(1, Math.round(seconds / rounds)); // whole seconds: wrk counts no finer
    let next = 0;
    const api: Measured[] = [];
    const bare: Measured[] = [];
    const bareSameRows: Measured[] = [];
    const oneStatement: Measured[] = [];
    const httpFloor: Measured[] = [];
    let catchUp = 0;
    const cpu: Record<string, string> = {};
    /** Run one measurement of a round into `into`, noting its CPU per request (--cpu). */
    const measure = async (what: string, into: Measured[], run: () => Promise<Measured>): Promise<void> => {
      const before = values.cpu ? cpuSample() : {};
      const measured = await run();
      into.push(measured);
      if (values.cpu) cpu[what] = cpuPerRequest(before, measured.count);
    };
    for (let round = 0; round < rounds; round += 1) {
      await measure('check-in POST', api, () => wrk({ url, token: clinician.token, connections, seconds: roundSeconds, request: { checkIns: { episodes: episodeIds.length, run: randomUUID() } } }));
      const t = performance.now();
      await deps.summaryRefresher.idle();
      catchUp = Math.max(catchUp, performance.now() - t);
      await measure('HTTP floor', httpFloor, () => wrk({ url: urlOf(floorServer), token: clinician.token, connections, seconds: roundSeconds, request: { checkIns: { episodes: episodeIds.length, run: randomUUID() } } }));
      await measure('bare insert', bare, () => loop(() => database.db.insert(checkIns).values({
        clinicId, id: randomUUID(), episodeId: episodeIds[(next += 1) % episodeIds.length] ?? 'e0', date: '2026-03-09', painNow: 4, goals: [],
        reliefSinceLastSession: true, hep: 'yes', idempotencyKey: `bare-${randomUUID()}`, requestHash: 'x',
      }), connections, roundSeconds));
      await measure('bare transaction of 3 rows', bareSameRows, () => loop(() => database.db.transaction(async (tx) => {
        const episodeId = episodeIds[(next += 1) % episodeIds.length] ?? 'e0';
        const id = randomUUID();
        await tx.insert(checkIns).values({ clinicId, id, episodeId, date: '2026-03-09', painNow: 4, goals: [], reliefSinceLastSession: true, hep: 'yes', idempotencyKey: `bare-${id}`, requestHash: 'x' });
        await tx.insert(episodeWrites).values({ clinicId, episodeId, count: 1 })
          .onConflictDoUpdate({ target: [episodeWrites.clinicId, episodeWrites.episodeId], set: { count: sql`${episodeWrites.count} + 1` } });
        await tx.insert(auditEvents).values({ clinicId, at: now, actorUserId: 'bench', actorRole: 'clinician', action: 'create', recordType: 'check-in', recordId: id, patientId: 'p0' });
      }), connections, roundSeconds));
      // The store's check-in write the API calls (store.singleStatement().recordCheckIn: one statement,
      // grouped with the writes that arrive meanwhile), called directly: the database's share of the
      // write, without HTTP, validation or the session.
      await measure('the store\'s write', oneStatement, () => loop(async () => {
        const episodeId = episodeIds[(next += 1) % episodeIds.length] ?? 'e0';
        const id = randomUUID();
        const written = await store.singleStatement(clinicId).recordCheckIn({
          episodeId, idempotencyKey: `one-${id}`, requestHash: 'x',
          checkIn: { id, date: '2026-03-09', painNow: 4, goals: [], reliefSinceLastSession: true, hep: 'yes', exercises: [], morningAfter: [], receivedAt: now.toISOString() },
          audit: { at: now, actorUserId: 'bench', actorRole: 'clinician' },
        });
        if (!written) throw new Error('the one statement wrote nothing');
      }, connections, roundSeconds));
    }
    const a = combine(api);
    const b = combine(bare);
    const c = combine(bareSameRows);
    const d = combine(oneStatement);
    const h = combine(httpFloor);
    const throughput = b.perSecond / a.perSecond;
    const p99 = a.p99 / Math.max(b.p99, 0.01);
    console.log(`check-in POST  api ${f(a.perSecond)}/s p50 ${f(a.p50)} ms p99 ${f(a.p99)} ms | bare insert of the check-in row ${f(b.perSecond)}/s p50 ${f(b.p50)} ms p99 ${f(b.p99)} ms (${rounds} rounds of ${f(roundSeconds)} s each)`);
    console.log(`               throughput ratio ${f(throughput)}x (${verdict(throughput, 2)}), p99 ratio ${f(p99)}x (${verdict(p99, 2)})`);
    console.log(`               vs a bare transaction of the same 3 rows (check-in, write count, audit event) ${f(c.perSecond)}/s p99 ${f(c.p99)} ms | throughput ratio ${f(c.perSecond / a.perSecond)}x, p99 ratio ${f(a.p99 / Math.max(c.p99, 0.01))}x`);
    console.log(`               vs the store's check-in write called directly ${f(d.perSecond)}/s p99 ${f(d.p99)} ms | throughput ratio ${f(d.perSecond / a.perSecond)}x, p99 ratio ${f(a.p99 / Math.max(d.p99, 0.01))}x; the store's write itself is ${f(b.perSecond / d.perSecond)}x the bare insert`);
    console.log(`               vs the HTTP floor (the bare insert behind a minimal Hono route: no validation, session, audit) ${f(h.perSecond)}/s p99 ${f(h.p99)} ms | throughput ratio ${f(h.perSecond / a.perSecond)}x, p99 ratio ${f(a.p99 / Math.max(h.p99, 0.01))}x; the floor itself is ${f(b.perSecond / h.perSecond)}x the bare insert (p99 ${f(h.p99 / Math.max(b.p99, 0.01))}x)`);
    for (const [what, line] of Object.entries(cpu)) console.log(`               CPU per request, ${what}: ${line}`);
    console.log(`               the summary refresher caught up at most ${f(catchUp)} ms after a round of check-ins (${a.count} check-ins in all)`);
  }

  if (only('fresh')) {
    // 2. Fresh caseloads without waiting: a caseload read right after N check-ins on N distinct
    // episodes (each acknowledged before the next is sent; the read does not wait for the refresher:
    // whatever it has not reached yet, the read recomputes), against a read with nothing stale.
    await deps.summaryRefresher.idle();
    const timeCaseload = async (): Promise<number> => {
      const t = performance.now();
      const response = await fetch(`${url}/api/v1/caseload`, { headers: { Authorization: `Bearer ${clinician.token}` } });
      if (response.status !== 200) throw new Error(`caseload ${response.status}`);
      await response.arrayBuffer();
      return performance.now() - t;
    };
    const median = async (times: number): Promise<number> => {
      const taken: number[] = [];
      for (let i = 0; i < times; i += 1) taken.push(await timeCaseload());
      return taken.sort((x, y) => x - y)[Math.floor(times / 2)] ?? 0;
    };
    // Warm up first (the first reads of a process plan and compile what the later ones reuse).
    await median(3);
    const lines: string[] = [];
    let ratio = 0;
    for (const n of [10, 100, Math.min(1000, patientCount)]) {
      // Against a fresh read taken just before, so a change in the machine's load falls on both.
      await deps.summaryRefresher.idle();
      const fresh = await median(3);
      for (let i = 0; i < n; i += 1) {
        const response = await fetch(`${url}/api/v1/episodes/${episodeIds[i] ?? 'e0'}/check-ins`, {
          method: 'POST', body: checkInBody(),
          headers: { Authorization: `Bearer ${clinician.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${randomUUID()}` },
        });
        if (response.status !== 201) throw new Error(`check-in ${response.status}`);
      }
      // At once: whatever the refresher has not reached yet, this read recomputes.
      const first = await timeCaseload();
      ratio = first / fresh;
      lines.push(`right after ${n} check-ins: ${f(first)} ms against ${f(fresh)} ms fresh (the median of 3 just before): ${f(ratio)}x`);
    }
    console.log(`caseload GET, the first read after a run of check-ins, alone:\n  ${lines.join('\n  ')}`);
    console.log(`               after 1,000 check-ins: ${f(ratio)}x a fresh read (${verdict(ratio, 2)})`);
  }

  if (only('caseload')) {
    // 3. Caseload: the API (every summary fresh) against the bare SQL that reads the same rows:
    // episodes, patients, summaries and the write counts that say whether each summary is fresh.
    await deps.summaryRefresher.idle();
    const caseloadApi = await wrk({ url, token: clinician.token, connections, seconds, request: { get: '/api/v1/caseload' } });
    const bareCaseload = await loop(() => database.db.execute(sql`
      select p.id, p.name, e.id, e.status, e.start_date, s.*, w.count
      from episodes e join patients p on p.clinic_id = e.clinic_id and p.id = e.patient_id
      left join episode_summaries s on s.clinic_id = e.clinic_id and s.episode_id = e.id
      left join episode_writes w on w.clinic_id = e.clinic_id and w.episode_id = e.id
      where e.clinic_id = ${clinicId} and e.status in ('active', 'ongoing-care') order by p.name, e.id`), connections, seconds);
    const ratio = bareCaseload.perSecond / caseloadApi.perSecond;
    console.log(`caseload GET   api ${f(caseloadApi.perSecond)}/s p50 ${f(caseloadApi.p50)} ms p99 ${f(caseloadApi.p99)} ms | bare query ${f(bareCaseload.perSecond)}/s p50 ${f(bareCaseload.p50)} ms p99 ${f(bareCaseload.p99)} ms | throughput ratio ${f(ratio)}x (${verdict(ratio, 2)}), p99 ratio ${f(caseloadApi.p99 / Math.max(bareCaseload.p99, 0.01))}x`);
  }

  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => floorServer.close(() => resolve()));
  await deps.summaryRefresher.stop();
  await store.close();
}

if (values.backend !== 'postgres') await benchBackend('PGlite (in memory)', await openDatabase({ dataDir: 'memory://', purpose: 'bench', now }));
const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (values.backend === 'pglite') console.log('\n(PostgreSQL skipped: --backend pglite)');
else if (url) await benchBackend('PostgreSQL', await openDatabase({ databaseUrl: url, dataDir: 'unused', purpose: 'bench', now }));
else console.log('\n(PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL)');
