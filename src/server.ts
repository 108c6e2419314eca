// The composition root: config -> store -> services -> API -> listen. The only place that wires the
// layers together; everything below takes what it needs as arguments.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from './config.ts';
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
  const app = createApi({ deps, secureCookies: config.secureCookies, log: logError });
  // The web app's build (vite build src/web), when there is one: its files, and index.html for any
  // other path outside the APIs so the browser's own routes survive a reload.
  const webRoot = fileURLToPath(new URL('../dist/web', import.meta.url));
  if (existsSync(webRoot)) {
    const isApi = (path: string): boolean => path.startsWith('/api/') || path.startsWith('/fhir/');
    const files = serveStatic({ root: webRoot });
    const spa = serveStatic({ path: `${webRoot}/index.html` });
    app.use('*', async (c, next) => (isApi(c.req.path) ? next() : files(c, next)));
    app.get('*', async (c, next) => (isApi(c.req.path) ? next() : spa(c, next)));
  }
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`Threshold API on http://localhost:${port}/api/v1 (${database.kind === 'postgres' ? 'PostgreSQL' : `data in ${config.dataDir}`})`);
  return {
    port,
    store,
    close: async () => {
      deps.previews.cancelAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.summaryRefresher.stop();
      await store.close();
    },
  };
}
