// Fresh caseloads without waiting (issue 15). A check-in only counts itself as a write to its
// episode; this refresher recomputes the summaries such writes leave stale, off the request path:
// - woken by the writes themselves (wake(), after the write has committed), with the clinic, the
//   episode and the request's clock, so a summary is assessed as of the day of the write that
//   staled it, as the write path would have;
// - batched: the episodes pending when it runs are refreshed up to `batchSize` at a time, each batch
//   one transaction of a handful of queries whatever its size (summary-refresh.ts), so a batch of
//   fifty costs less per episode than a bare insert where one at a time costs a dozen;
// - bounded: it runs in the gaps between requests (Activity), one batch at a time, handing the
//   event loop back between batches; under a stream of requests that leaves no gap, it still takes
//   one small batch (`busyBatchSize`) every `maxWaitMs`, so summaries do not wait for ever and no
//   request waits behind more than a small batch;
// - fair: after each batch it rests n - 1 times as long as the batch took, n being the most requests
//   under way at once over the last second or two (Activity.recentPeak): beside a single client it
//   alternates a batch and a request as it always did (which keeps the first caseload read after a
//   run of check-ins near a fresh one: bench:api's second measure), beside ten at once it takes
//   about a tenth of the server's time. Under a stream of writes that saturates the server the
//   summaries fall behind and catch up when the stream eases; a read meanwhile recomputes whatever
//   is stale itself (below). On PGlite a summary costs a few times a bare insert (1.1 ms an episode
//   in batches of 50, 2.5 ms in batches of 10), and without this rest bench:api's ten connections
//   got 453 check-ins/s against 709-824/s with it (and 1,580/s once the body limit stopped building
//   a Request per request). Two ways tried and dropped (bench:api): counting the requests under
//   way at a batch's end undercounts on PGlite, where a batch holds the event loop and the requests
//   sent meanwhile are still unread (844/s); resting n times the batch, also beside one client,
//   left the first read after 1,000 check-ins 2.9x a fresh one on PGlite and 14x on PostgreSQL.
// - gathered: it lets writes gather for `gatherMs` after the oldest pending one before it takes a
//   batch, unless a full batch is already waiting. Under a steady stream of writes a gap between two
//   requests comes after almost every one, and without gathering each gap refreshed one episode at
//   a batch's fixed cost (a dozen queries): measured on PGlite (bench:api, alternated runs), check-in
//   throughput was about a quarter lower without it.
// It only ever helps: the freshness rule stays where it was (episode-summaries.ts), so a caseload
// read that arrives before the refresher has caught up still recomputes what is stale itself, and no
// read shows a summary older than a write it has seen acknowledged. What it holds is whatever
// summarize() makes of an assessment: it knows nothing of the summary's fields.
import { loadClinicRules } from './clinic-rules.ts';
import type { Store } from '../store/index.ts';
import type { Activity } from './activity.ts';
import type { SettingsCache } from './clinic-rules.ts';
import type { Assess } from './summary-refresh.ts';
import { refreshStale } from './summary-refresh.ts';

export interface SummaryRefresher {
  /** A write to the episode has committed: its summary is stale. */
  wake: (clinicId: string, episodeId: string, now: Date) => void;
  /** Resolves when nothing is pending or running (tests, benchmarks, shutdown). */
  idle: () => Promise<void>;
  /** Finish the batch under way and stop; later wake-ups are ignored. */
  stop: () => Promise<void>;
}

/** Heuristic defaults, from bench/api (a batch of 50 refreshes an episode in less than a bare insert's time). */
export interface RefresherOptions {
  batchSize?: number;
  busyBatchSize?: number;
  maxWaitMs?: number;
  gatherMs?: number;
  log?: (error: unknown) => void;
}

/** A refresher that does nothing: the caseload read recomputes what is stale (the CLI, one-off tools). */
export const noRefresher: SummaryRefresher = { wake: () => undefined, idle: async () => undefined, stop: async () => undefined };

/** What it needs of the services' wiring (context.ts, which holds this refresher). */
type Deps = { store: Store; assess: Assess; settingsCache: SettingsCache; activity: Activity };

export function createSummaryRefresher(deps: () => Deps, options: RefresherOptions = {}): SummaryRefresher {
  const batchSize = options.batchSize ?? 50;
  const busyBatchSize = options.busyBatchSize ?? 10;
  const maxWaitMs = options.maxWaitMs ?? 2_000;
  const gatherMs = options.gatherMs ?? 100;
  const log = options.log ?? ((error: unknown): void => console.error('summary refresher:', error));
  // Per clinic: the episodes written since their last refresh, the latest clock a write brought, and
  // when the oldest of them was written (for the bound on waiting).
  const pending = new Map<string, { episodes: Set<string>; now: Date; since: number }>();
  let running: Promise<void> | null = null;
  let stopped = false;
  const waiters: (() => void)[] = [];

  /** A wait that stop() cuts short (the loop waits on one at a time). */
  let endSleep = (): void => undefined;
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    endSleep = () => { clearTimeout(timer); resolve(); };
  });
  const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const oldest = (): number => Math.min(...[...pending.values()].map((work) => work.since));
  const pendingCount = (): number => [...pending.values()].reduce((n, work) => n + work.episodes.size, 0);

  /** Take up to `size` episodes of one clinic off the pending set. */
  function nextBatch(size: number): { clinicId: string; episodeIds: string[]; now: Date } | null {
    for (const [clinicId, work] of pending) {
      const episodeIds = [...work.episodes].slice(0, size);
      for (const id of episodeIds) work.episodes.delete(id);
      if (work.episodes.size === 0) pending.delete(clinicId);
      if (episodeIds.length > 0) return { clinicId, episodeIds, now: work.now };
    }
    return null;
  }

  async function refresh(batch: { clinicId: string; episodeIds: string[]; now: Date }): Promise<void> {
    const d = deps();
    try {
      await d.store.transaction(async (tx) => {
        const scope = tx.clinic(batch.clinicId);
        // Assessed as the write path would have: the clinic's day and settings at the write's moment.
        const rules = await loadClinicRules(d.settingsCache, scope, batch.now);
        await refreshStale(d, scope, rules, await scope.summaries.staleAmong(batch.episodeIds, rules.settings.version), batch.now);
      });
    } catch (error) {
      // The next caseload read recomputes these itself (and shows what went wrong, if anything did).
      log(error);
    }
  }

  async function run(): Promise<void> {
    const { activity } = deps();
    while (pending.size > 0 && !stopped) {
      // Let writes gather into a batch, then wait for a gap between requests, or until the oldest
      // write has waited long enough.
      await nextTurn();
      const gatheredIn = oldest() + gatherMs - Date.now();
      if (gatheredIn > 0 && pendingCount() < batchSize) await sleep(gatheredIn);
      if (stopped) return;
      const overdueIn = oldest() + maxWaitMs - Date.now();
      if (!activity.idle() && overdueIn > 0) await Promise.race([activity.whenIdle(), sleep(overdueIn)]);
      if (stopped) return;
      const batch = nextBatch(activity.idle() ? batchSize : busyBatchSize);
      if (!batch) continue;
      const started = performance.now();
      await refresh(batch);
      const sharers = activity.recentPeak();
      if (sharers > 1 && !stopped) await sleep((performance.now() - started) * (sharers - 1));
    }
  }

  function start(): void {
    if (running !== null || stopped) return;
    running = run().finally(() => {
      running = null;
      if (pending.size > 0 && !stopped) start();
      else while (waiters.length > 0) waiters.shift()?.();
    });
  }

  return {
    wake(clinicId, episodeId, now) {
      if (stopped) return;
      const work = pending.get(clinicId) ?? { episodes: new Set<string>(), now, since: Date.now() };
      work.episodes.add(episodeId);
      if (now > work.now) work.now = now;
      pending.set(clinicId, work);
      start();
    },
    idle: () => (running === null && pending.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    async stop() {
      stopped = true;
      pending.clear();
      endSleep();
      await running;
      while (waiters.length > 0) waiters.shift()?.();
    },
  };
}
