// The composition root: config -> store -> services -> API -> listen. The only place that wires the
// layers together; everything below takes what it needs as arguments.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { exportDirOf, publicUrlOf, type Config } from './config.ts';
import { createSmart } from './smart/index.ts';
import { createBulkExporter, type BulkExporter } from './fhir/bulk/exporter.ts';
import { assess } from './domain/index.ts';
import { createApi } from './api/app.ts';
import {
  createActivity, createSessionCache, createSignInLimiter, createSummaryRefresher, noRefresher, SettingsCache, SettingsPreviews, type ServiceDeps,
} from './services/index.ts';
import { createStore, openDatabase, type Store } from './store/index.ts';

export interface Running {
  port: number;
  store: Store;
  close: () => Promise<void>;
}

/**
 * The use-cases' dependencies. `background` starts the summary refresher (a server's); a command that
 * runs and exits (demo, import) leaves stale summaries to the next caseload read instead.
 */
export function serviceDeps(config: Config, store: Store, options: { background?: boolean; log?: (error: unknown) => void } = {}): ServiceDeps {
  const deps: ServiceDeps = {
    store,
    assess,
    settingsCache: new SettingsCache(),
    // The zone this server runs in (TZ, else the system's): a new clinic's day until its admin sets one.
    serverTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    previews: new SettingsPreviews(),
    sessionHours: config.sessionHours,
    signInLimiter: createSignInLimiter({ attempts: config.signInAttempts, windowMinutes: config.signInWindowMinutes }),
    signInLockout: { failures: config.signInLockoutFailures, minutes: config.signInLockoutMinutes },
    invitationHours: config.invitationHours,
    sessionCache: createSessionCache({ ttlSeconds: config.sessionCacheSeconds }),
    summaryRefresher: noRefresher,
    activity: createActivity(),
  };
  if (options.background) deps.summaryRefresher = createSummaryRefresher(() => deps, options.log ? { log: options.log } : {});
  return deps;
}

/** Open (and lock) the database, migrate it, and serve the API until close() is called. */
export async function startServer(config: Config, log: (line: string) => void): Promise<Running> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose: 'threshold serve', now: new Date() });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const store = createStore(database);
  const logError = (error: unknown): void => log(String(error instanceof Error ? error.stack : error));
  const deps = serviceDeps(config, store, { background: true, log: logError });
  const bulk = await startBulkExports(config, deps, logError);
  const smart = await createSmart({
    deps, publicUrl: publicUrlOf(config, config.port), tokenMinutes: config.appTokenMinutes, secureCookies: config.secureCookies, clock: () => new Date(), log: logError,
  });
  const smartSweep = setInterval(() => { smart.server.sweep().catch(logError); }, SWEEP_MINUTES * 60_000);
  smartSweep.unref();
  const app = createApi({ deps, secureCookies: config.secureCookies, log: logError, bulk: bulk.exporter, smart: smart.fhir });
  // The web app's build (vite build src/web), when there is one: its files, and index.html for any
  // other path outside the APIs so the browser's own routes survive a reload.
  const webRoot = fileURLToPath(new URL('../dist/web', import.meta.url));
  if (existsSync(webRoot)) {
    const isApi = (path: string): boolean => path.startsWith('/api/') || path.startsWith('/fhir/') || path.startsWith('/.well-known/');
    const files = serveStatic({ root: webRoot });
    const spa = serveStatic({ path: `${webRoot}/index.html` });
    app.use('*', async (c, next) => (isApi(c.req.path) ? next() : files(c, next)));
    app.get('*', async (c, next) => (isApi(c.req.path) ? next() : spa(c, next)));
  }
  // One listener: the SMART authorization server's paths (/oauth), and the API for the rest.
  const server = createServer(smart.listener(getRequestListener(app.fetch)));
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`Threshold API on http://localhost:${port}/api/v1 (${database.kind === 'postgres' ? 'PostgreSQL' : `data in ${config.dataDir}`})`);
  return {
    port,
    store,
    close: async () => {
      deps.previews.cancelAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearInterval(smartSweep);
      await bulk.stop();
      await deps.summaryRefresher.stop();
      await store.close();
    },
  };
}

// How often expired export files are looked for (heuristic: expiry is in hours, so minutes do).
const SWEEP_MINUTES = 10;

/** The Bulk Data exporter: what a stopped server left running fails, and expired files are deleted on a timer. */
async function startBulkExports(config: Config, deps: ServiceDeps, log: (error: unknown) => void): Promise<{ exporter: BulkExporter; stop: () => Promise<void> }> {
  const exporter = createBulkExporter({ deps, dir: exportDirOf(config), keepHours: config.exportHours, clock: () => new Date(), log });
  await exporter.recover();
  await exporter.sweep();
  const timer = setInterval(() => { exporter.sweep().catch(log); }, SWEEP_MINUTES * 60_000);
  timer.unref();
  return { exporter, stop: async () => { clearInterval(timer); await exporter.shutdown(); } };
}
