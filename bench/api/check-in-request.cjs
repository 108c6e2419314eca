// autocannon's request hook for the check-in load (bench/api/run.ts), run in autocannon's worker
// thread so the load generator's own work is not on the server's thread: each check-in goes to the
// next episode of the benchmark clinic in turn (e0 ... e<BENCH_EPISODES - 1>), with a key of its own.
const { randomUUID } = require('node:crypto');

const episodes = Number(process.env.BENCH_EPISODES || 2000);
let next = 0;
const body = JSON.stringify({ date: '2026-03-09', painNow: 4, reliefSinceLastSession: true, hep: 'yes' });

module.exports = (request) => {
  next += 1;
  return {
    ...request,
    path: `/api/v1/episodes/e${next % episodes}/check-ins`,
    body,
    headers: { ...request.headers, 'Idempotency-Key': `bench-${randomUUID()}` },
  };
};
