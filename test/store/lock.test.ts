// The data-folder lock: while `threshold serve` holds a PGlite folder, commands that need it refuse
// with a message naming the server, instead of opening the folder a second time (which silently
// loses committed rows, stack notes §2). Once the server stops, they work again.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { lockDataFolder } from '../../src/store/lock.ts';

const bin = fileURLToPath(new URL('../../bin/threshold.js', import.meta.url));

function captureIo(): { text: () => string; io: Parameters<typeof main>[1] } {
  let out = '';
  return {
    text: () => out,
    io: { stdout: (t) => { out += t; }, stderr: (t) => { out += t; }, today: () => '2026-03-10', readFile: async () => '' },
  };
}

async function withEnv<T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  delete process.env.DATABASE_URL;
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    }
  }
}

describe('data-folder lock', () => {
  const dirs: string[] = [];
  let server: ChildProcess | null = null;
  afterAll(async () => {
    server?.kill('SIGKILL');
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('refuses migrate and backup while the server runs, and allows them after it stops', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'threshold-lock-'));
    dirs.push(dir);
    const data = join(dir, 'data');
    // Start the real server on that folder, on any free port.
    server = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, THRESHOLD_DATA: data, PORT: '0', DATABASE_URL: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const running = server;
    let log = '';
    await new Promise<void>((resolve, reject) => {
      running.stderr?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('Threshold API on')) resolve();
      });
      running.once('exit', (code) => reject(new Error(`server exited ${code}: ${log}`)));
    });

    // While it runs, migrate and backup refuse, naming the server, and exit 1.
    await withEnv({ THRESHOLD_DATA: data }, async () => {
      const migrate = captureIo();
      expect(await main(['migrate'], migrate.io)).toBe(1);
      expect(migrate.text()).toMatch(/in use by "threshold serve" \(pid \d+/);
      const backup = captureIo();
      expect(await main(['backup', join(dir, 'b.jsonl')], backup.io)).toBe(1);
      expect(backup.text()).toMatch(/in use by "threshold serve"/);
    });

    // Stop the server; it releases the lock and the command goes through.
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
    server = null;
    await withEnv({ THRESHOLD_DATA: data }, async () => {
      const migrate = captureIo();
      expect(await main(['migrate'], migrate.io), migrate.text()).toBe(0);
    });
  }, 90_000);

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'threshold-lock-'));
    dirs.push(dir);
    // A pid that cannot be running: a finished child's.
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid;
    await new Promise((resolve) => child.once('exit', resolve));
    await writeFile(join(dir, 'threshold.lock'), JSON.stringify({ pid: deadPid, purpose: 'threshold serve', since: '2026-01-01T00:00:00Z' }));
    const lock = await lockDataFolder(dir, 'test', new Date());
    await expect(lockDataFolder(dir, 'second', new Date())).rejects.toMatchObject({ code: 'locked' });
    await lock.release();
    const again = await lockDataFolder(dir, 'third', new Date());
    await again.release();
  });
});
