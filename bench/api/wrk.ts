// HTTP load for bench/api/run.ts from wrk (Debian's package `wrk`), in a process of its own.
// Why not a Node load generator: on this 2-core machine autocannon's worker thread took about
// 600 us of CPU per check-in request, as much as the server's own thread (measured from
// /proc/<pid>/task/*/stat over a round), so a third of the machine went to making the load and
// the API's ratio against the bare insert (which needs no client) measured the client as much as
// the server. wrk takes a few percent of that.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface Measured { perSecond: number; p50: number; p99: number; count: number }

const script = fileURLToPath(new URL('./load.lua', import.meta.url));

export interface Load {
  url: string;
  token: string;
  connections: number;
  /** Whole seconds (wrk counts no finer). */
  seconds: number;
  /** A GET of this path; or check-ins, each on the next of `episodes` episodes e0, e1, ... with a key of its own. */
  request: { get: string } | { checkIns: { episodes: number; run: string } };
}

export async function wrk(load: Load): Promise<Measured> {
  const target = 'get' in load.request ? `${load.url}${load.request.get}` : load.url;
  const env = 'get' in load.request ? process.env
    : { ...process.env, BENCH_CHECK_INS: '1', BENCH_EPISODES: String(load.request.checkIns.episodes), BENCH_RUN: load.request.checkIns.run, BENCH_TOKEN: load.token };
  const args = ['-t1', `-c${load.connections}`, `-d${Math.max(1, Math.round(load.seconds))}s`, '--timeout', '120s', '-s', script, '-H', `Authorization: Bearer ${load.token}`, target];
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)('wrk', args, { env }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('bench:api makes its HTTP load with wrk: apt-get install wrk (Debian)', { cause: error });
    throw error;
  }
  const line = stdout.split('\n').find((l) => l.startsWith('{'));
  if (line === undefined) throw new Error(`wrk printed no summary:\n${stdout}`);
  const r = JSON.parse(line) as { requests: number; durationUs: number; p50Us: number; p99Us: number; errors: number; non2xx: number };
  if (r.errors > 0 || r.non2xx > 0) throw new Error(`wrk ${target}: ${r.non2xx} responses not 2xx, ${r.errors} socket errors or timeouts`);
  return { perSecond: r.requests / (r.durationUs / 1e6), p50: r.p50Us / 1000, p99: r.p99Us / 1000, count: r.requests };
}
