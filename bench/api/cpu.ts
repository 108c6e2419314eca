// --cpu for bench/api/run.ts: where a measurement's CPU time went, per request, read from Linux's
// /proc: this process's main thread (the server, and PGlite when it is the database), its other
// threads, child processes that have ended (wrk), and every local `postgres` process. On two cores,
// the sum says how many requests a second the machine could serve at best, whoever makes them.
import { readdirSync, readFileSync } from 'node:fs';

type Sample = Record<string, number>;

/** [user, system] time (or, with `children`, that of ended children) of a /proc stat file, in clock ticks. */
function times(path: string, children = false): [number, number] {
  try {
    const fields = readFileSync(path, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const at = children ? 13 : 11;
    return [Number(fields[at]), Number(fields[at + 1])];
  } catch {
    return [0, 0]; // the thread or process ended between listing and reading
  }
}

const ticks = (path: string, children = false): number => times(path, children).reduce((a, b) => a + b);

function add(sample: Sample, key: string, value: number): void { sample[key] = (sample[key] ?? 0) + value; }

export function cpuSample(): Sample {
  const sample: Sample = {};
  for (const task of readdirSync('/proc/self/task')) {
    if (task !== String(process.pid)) { add(sample, 'other threads', ticks(`/proc/self/task/${task}/stat`)); continue; }
    // The server's thread in user space and in the kernel (socket reads and writes).
    const [user, system] = times(`/proc/self/task/${task}/stat`);
    add(sample, 'server thread (user)', user);
    add(sample, 'server thread (kernel)', system);
  }
  add(sample, 'load generator', ticks('/proc/self/stat', true));
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let name: string;
    try { name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim(); } catch { continue; }
    if (name.startsWith('postgres')) add(sample, 'postgres', ticks(`/proc/${pid}/stat`));
  }
  return sample;
}

/** "server thread 700 us, postgres 550 us, ..." per request since `before` (a clock tick is 10 ms). */
export function cpuPerRequest(before: Sample, requests: number): string {
  const after = cpuSample();
  const parts = Object.keys(after).map((key) => [key, ((after[key] ?? 0) - (before[key] ?? 0)) * 10_000 / Math.max(1, requests)] as const);
  const total = parts.reduce((sum, [, us]) => sum + us, 0);
  return `${parts.filter(([, us]) => us >= 1).map(([key, us]) => `${key} ${us.toFixed(0)} us`).join(', ')}; ${total.toFixed(0)} us in all`;
}
