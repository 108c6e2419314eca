// A real `threshold serve` for browser tests and the web benchmark: the web app built with Vite, a
// fresh PGlite folder with one clinic and its admin (seeded before the server takes the folder's
// lock), the server on a free port, and a way to call the API over HTTP as any user.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { loadConfig } from '../../src/config.ts';
import { serviceDeps } from '../../src/server.ts';
import { createClinic } from '../../src/services/index.ts';
import { createStore, openDatabase } from '../../src/store/index.ts';

export const PASSWORD = 'correct horse battery staple';
export const ADMIN_EMAIL = 'admin@e2e.example';

export interface RunningServer {
  url: string;
  dataDir: string;
  /** An API call with a bearer token (no CSRF needed), failing loudly on an error status. */
  call: <T>(token: string | null, method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;
  signIn: (email: string) => Promise<string>;
  stop: () => Promise<void>;
}

/** Build the web app into dist/web (what the server serves at /). */
export async function buildWeb(): Promise<void> {
  await build({ root: 'src/web', logLevel: 'warn' });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function seedClinic(dataDir: string): Promise<void> {
  const database = await openDatabase({ dataDir, purpose: 'e2e seed', now: new Date() });
  try {
    await database.migrate();
    const store = createStore(database);
    await createClinic(serviceDeps(loadConfig({}), store), {
      name: 'E2E clinic', admin: { email: ADMIN_EMAIL, name: 'Ada Admin', role: 'admin', password: PASSWORD },
    }, new Date());
  } finally {
    await database.close();
  }
}

function waitForListening(child: ChildProcess, log: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`threshold serve did not start:\n${log.join('')}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      if (log.join('').includes('Threshold API on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`threshold serve exited with ${code}:\n${log.join('')}`));
    });
  });
}

export async function startServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'threshold-e2e-'));
  await seedClinic(dataDir);
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, ['bin/threshold.js', 'serve'], {
    // The public URL the browser uses, so SMART apps are sent back to the same host they started on.
    env: { ...process.env, PORT: String(port), THRESHOLD_DATA: dataDir, DATABASE_URL: '', THRESHOLD_SIGN_IN_ATTEMPTS: '50', THRESHOLD_PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await waitForListening(child, log);
  const url = `http://127.0.0.1:${port}`;

  const call = async <T>(token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} failed with ${response.status}: ${text}`);
    return (text === '' ? null : JSON.parse(text)) as T;
  };
  const signIn = async (email: string): Promise<string> => (await call<{ token: string }>(null, 'POST', '/auth/login', { email, password: PASSWORD })).token;

  return {
    url, dataDir, call, signIn,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
