// The API in-process for tests: one database per test file (PGlite is slow to start and heavy),
// one fresh clinic per test (makeClinic), requests through app.request without a listening socket.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { vi, type Mock } from 'vitest';
import { createApi } from '../../src/api/app.ts';
import type { ApiEnv } from '../../src/api/env.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { createBulkExporter, type BulkExporter, type BulkExporterOptions } from '../../src/fhir/bulk/exporter.ts';
import { serviceDeps } from '../../src/server.ts';
import { createClinic, type ServiceDeps } from '../../src/services/index.ts';
import { createSmart } from '../../src/smart/index.ts';
import { createStore, type Database, type Store } from '../../src/store/index.ts';
import { openMigrated, type Backend } from './backends.ts';

export interface TestApi {
  database: Database;
  store: Store;
  app: OpenAPIHono<ApiEnv>;
  deps: ServiceDeps;
  /** The clock every request reads; tests move it. */
  clock: { now: Date };
  /** Bulk Data export, writing into a temporary folder of this test file. */
  bulk: BulkExporter;
  /** Resolves when the background work requests leave behind (summary refreshes, exports) is done. */
  settle: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startTestApi(backend: Backend, options: { bulk?: Pick<BulkExporterOptions, 'batchSize' | 'afterBatch' | 'keepHours'> } = {}): Promise<TestApi> {
  const database = await openMigrated(backend);
  const store = createStore(database);
  const clock = { now: new Date('2026-03-10T10:00:00Z') };
  // The server's own wiring (sessions of 12 hours, 5 sign-ins per 15 minutes: the config's defaults),
  // with the summary refresher running as in the server.
  const deps: ServiceDeps = serviceDeps(loadConfig({}), store, { background: true });
  const exportDir = mkdtempSync(join(tmpdir(), 'threshold-exports-'));
  const log = (error: unknown): void => console.error(error);
  const bulk = createBulkExporter({ deps, dir: exportDir, keepHours: 24, clock: () => clock.now, log, ...options.bulk });
  // The SMART authorization server as the API knows it (app tokens, EHR launches); test/smart drives it over HTTP.
  const smart = await createSmart({ deps, publicUrl: 'http://clinic.test', tokenMinutes: 60, secureCookies: false, clock: () => clock.now, log });
  const app = createApi({ deps, secureCookies: false, clock: () => clock.now, log, bulk, smart: smart.fhir });
  return {
    database, store, app, deps, clock, bulk,
    settle: async () => {
      await deps.summaryRefresher.idle();
      await bulk.idle();
    },
    close: async () => {
      await bulk.shutdown();
      await deps.summaryRefresher.stop();
      deps.previews.cancelAll();
      await database.close();
      rmSync(exportDir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  body: unknown;
  headers: Headers;
}

/** A request as a signed-in user (bearer token), or anonymous without a token. */
export async function call(api: TestApi, token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await api.app.request(`/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

export const PASSWORD = 'correct horse battery staple';

export interface TestClinic {
  clinicId: string;
  tokens: { admin: string; clinician: string; patient: string; otherPatient: string };
  userIds: { admin: string; clinician: string; patient: string; otherPatient: string };
  patientId: string;
  otherPatientId: string;
  episodeId: string;
  otherEpisodeId: string;
}

let counter = 0;
const uniqueEmail = (who: string): string => `${who}-${Date.now().toString(36)}-${(counter += 1)}@clinic.example`;

async function signInAs(api: TestApi, email: string): Promise<string> {
  const reply = await call(api, null, 'POST', '/auth/login', { email, password: PASSWORD });
  if (reply.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(reply.body)}`);
  return (reply.body as { token: string }).token;
}

function expectOk(reply: Reply, what: string): Record<string, unknown> {
  if (reply.status >= 300) throw new Error(`${what} failed with ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body as Record<string, unknown>;
}

/**
 * A fresh clinic: an admin, a clinician, two patients each with a sign-in and an active episode with
 * one goal. Everything goes through the API, as a clinic would set itself up.
 */
export async function makeClinic(api: TestApi): Promise<TestClinic> {
  const adminEmail = uniqueEmail('admin');
  const { clinicId, admin } = await createClinic(api.deps, { name: 'Test clinic', admin: { email: adminEmail, name: 'Ada Admin', role: 'admin', password: PASSWORD } }, api.clock.now);
  const adminToken = await signInAs(api, adminEmail);

  const clinicianEmail = uniqueEmail('clinician');
  const clinician = expectOk(await call(api, adminToken, 'POST', '/users', { email: clinicianEmail, name: 'Cleo Clinician', role: 'clinician', password: PASSWORD, discipline: 'physical therapy' }), 'create clinician');
  const clinicianToken = await signInAs(api, clinicianEmail);

  const people: { patientId: string; userId: string; token: string; episodeId: string }[] = [];
  for (const name of ['Pat Patient', 'Olly Other']) {
    const patient = expectOk(await call(api, clinicianToken, 'POST', '/patients', { name, birthDate: '1975-06-15', sex: 'female' }), 'register patient');
    const email = uniqueEmail('patient');
    const user = expectOk(await call(api, adminToken, 'POST', '/users', { email, name, role: 'patient', password: PASSWORD, patientId: patient.id }), 'create patient user');
    const episode = expectOk(await call(api, clinicianToken, 'POST', `/patients/${String(patient.id)}/episodes`, { startDate: '2026-03-01', regions: ['low-back'], condition: 'low-back-pain' }), 'open episode');
    const episodeId = String((episode.episode as { id: string }).id);
    expectOk(await call(api, clinicianToken, 'POST', `/episodes/${episodeId}/goals`, { activity: 'walk 30 minutes', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-03-01' }), 'set goal');
    people.push({ patientId: String(patient.id), userId: String(user.id), token: await signInAs(api, email), episodeId });
  }
  const [own, other] = people as [typeof people[0], typeof people[0]];
  return {
    clinicId,
    tokens: { admin: adminToken, clinician: clinicianToken, patient: own.token, otherPatient: other.token },
    userIds: { admin: admin.id, clinician: String(clinician.id), patient: own.userId, otherPatient: other.userId },
    patientId: own.patientId,
    otherPatientId: other.patientId,
    episodeId: own.episodeId,
    otherEpisodeId: other.episodeId,
  };
}

/** The real engine, watched: the returned mock counts every assessment the API runs from now on. */
export function watchEngine(api: TestApi): Mock<TestApi['deps']['assess']> {
  const real = api.deps.assess;
  const assess = vi.fn<TestApi['deps']['assess']>((...args) => real(...args));
  api.deps.assess = assess;
  return assess;
}
