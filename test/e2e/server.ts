// A real `threshold serve` for browser tests and the web benchmark: the web app built with Vite, a
// fresh PGlite folder with one clinic and its admin, or what a test seeds instead (before the server
// takes the folder's lock), the server on a free port, and a way to call the API over HTTP as any user.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { loadConfig } from '../../src/config.ts';
import { serviceDeps } from '../../src/server.ts';
import { createClinic, type ServiceDeps } from '../../src/services/index.ts';
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

const STAMP = 'dist/web/.build-stamp';
const LOCK = 'dist/.web-build.lock';

/** A fingerprint of the web app's sources and its build config: a build of the same stamp is current. */
async function sourceStamp(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir('src/web', { recursive: true })).filter((f) => !f.startsWith('node_modules')).sort();
  for (const file of files) {
    const info = await stat(join('src/web', file));
    if (info.isFile()) hash.update(`${file}:${info.size}:${info.mtimeMs}\n`);
  }
  hash.update(await readFile('package-lock.json'));
  return hash.digest('hex');
}

/**
 * Build the web app into dist/web (what the server serves at /), unless the build there is of the same
 * sources. Browser test files run in parallel: a lock folder (mkdir is atomic) lets one of them build
 * while the others wait, so no file empties dist/web under another's server.
 */
export async function buildWeb(): Promise<void> {
  await mkdir('dist', { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${LOCK} is held for too long: remove it if no test run is building the web app`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    const stamp = await sourceStamp();
    if (existsSync(STAMP) && (await readFile(STAMP, 'utf8')) === stamp) return;
    await build({ root: 'src/web', logLevel: 'warn' });
    await writeFile(STAMP, stamp);
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
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

/** What a fresh data folder is given before the server takes it: by default one clinic and its admin. */
export type Seeder = (deps: ServiceDeps, now: Date) => Promise<void>;

const emptyClinic: Seeder = async (deps, now) => {
  await createClinic(deps, { name: 'E2E clinic', admin: { email: ADMIN_EMAIL, name: 'Ada Admin', role: 'admin', password: PASSWORD } }, now);
};

async function seedClinic(dataDir: string, seeder: Seeder): Promise<void> {
  const database = await openDatabase({ dataDir, purpose: 'e2e seed', now: new Date() });
  try {
    await database.migrate();
    await seeder(serviceDeps(loadConfig({}), createStore(database)), new Date());
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

export async function startServer(seeder: Seeder = emptyClinic): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'threshold-e2e-'));
  await seedClinic(dataDir, seeder);
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
