// Replays the engine along a simulated cohort on worker threads and gathers one result per episode,
// in plan order. The bench (`npm run bench:accuracy`) and a clinic's settings preview both run it,
// so a clinic sees the same measurement the project reports, under its own values.
import { typescriptWorker } from '../services/typescript-worker.ts';
import { cohortPlan, type PlannedEpisode } from '../sim/index.ts';
import type { EpisodeResult } from './evaluate.ts';

export interface CohortRun {
  patients: number;
  seed: number;
  startDate: string;
  /** A clinic's overrides of the default settings (checked by resolveSettings in each worker). */
  overrides: unknown;
  workers: number;
  /** Called after each episode with how many are done; for progress on stderr or in a page. */
  onProgress?: (done: number, total: number) => void;
  /** Also measure the home programme's advice (two more simulations per episode; the bench does, a preview need not). */
  programme?: boolean;
  /** Aborting stops the workers; the promise then rejects. */
  signal?: AbortSignal;
}

export async function runCohort(run: CohortRun): Promise<EpisodeResult[]> {
  const plan = cohortPlan({ patients: run.patients, seed: run.seed, startDate: run.startDate });
  const workers = Math.max(1, Math.min(run.workers, plan.length));
  const chunks: PlannedEpisode[][] = Array.from({ length: workers }, () => []);
  plan.forEach((episode, i) => chunks[i % workers]?.push(episode));
  const results: EpisodeResult[] = new Array<EpisodeResult>(plan.length);
  let done = 0;
  await Promise.all(chunks.map((chunk) => new Promise<void>((resolve, reject) => {
    const worker = typescriptWorker(new URL('./worker.ts', import.meta.url), { planned: chunk, overrides: run.overrides, programme: run.programme ?? false });
    const abort = (): void => { void worker.terminate(); reject(new Error('the accuracy run was cancelled')); };
    if (run.signal?.aborted) return abort();
    run.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: { index: number; result: EpisodeResult }) => {
      results[message.index] = message.result;
      done += 1;
      run.onProgress?.(done, plan.length);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      run.signal?.removeEventListener('abort', abort);
      if (code === 0) resolve();
      else reject(new Error(`accuracy worker stopped with code ${code}`));
    });
  })));
  return results;
}
