// What a change to a clinic's settings would do, measured before it is saved (spec §4a.5): the
// engine replayed along a few hundred simulated episodes under the clinic's current values and under
// the proposed ones, side by side, by the same measurement the project reports (src/accuracy, `npm
// run bench:accuracy`). It runs off the request path, on worker threads: a POST starts it and answers
// at once, the page polls its progress, and it can be cancelled. At most one runs per clinic. Jobs
// live in this process only: a restart forgets them (they are a preview, not a record).
import { randomUUID } from 'node:crypto';
import { summarise } from '../accuracy/metrics.ts';
import { runCohort } from '../accuracy/run-cohort.ts';
import { AppError } from '../domain/errors.ts';
import type { SettingsOverrides } from '../domain/index.ts';

/** The figures the preview shows for one set of values. */
export interface PreviewFigures {
  episodes: number;
  plateau: {
    /** Plateaus found, of the episodes where the spec's definition came to hold. */
    sensitivity: number | null;
    definable: number;
    /** Episodes without a plateau where none was reported. */
    specificity: number | null;
    negatives: number;
    /** Days from the first day the spec's window could show the plateau to its report (median). */
    medianDelayDays: number | null;
  };
  flares: {
    /** Flares classed as the simulator's truth has them, of those the engine found. */
    correct: number | null;
    matched: number;
  };
}

export type PreviewStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface PreviewRun {
  overrides: SettingsOverrides;
  figures: PreviewFigures | null;
}

export interface SettingsPreview {
  id: string;
  status: PreviewStatus;
  startedAt: string;
  finishedAt: string | null;
  startedBy: string;
  /** Simulated episodes replayed under each set of values. */
  episodes: number;
  /** Episodes replayed so far, of `total` (both runs together). */
  done: number;
  total: number;
  /** The settings version the current values were read at. */
  settingsVersion: number;
  current: PreviewRun;
  proposed: PreviewRun;
  error: string | null;
}

export interface PreviewRequest {
  clinicId: string;
  userId: string;
  settingsVersion: number;
  current: SettingsOverrides;
  proposed: SettingsOverrides;
  episodes: number;
  now: Date;
}

/** The simulated cohort every preview replays: the bench's seed, so a clinic sees the project's own episodes. */
export const PREVIEW_COHORT = { seed: 20260301, startDate: '2026-01-05' } as const;

interface Job {
  clinicId: string;
  preview: SettingsPreview;
  abort: AbortController;
}

export function figuresOf(results: Parameters<typeof summarise>[0]): PreviewFigures {
  const metrics = summarise(results);
  return {
    episodes: metrics.episodes,
    plateau: {
      sensitivity: metrics.plateau.sensitivity,
      definable: metrics.plateau.definable,
      specificity: metrics.plateau.specificity,
      negatives: metrics.plateau.negatives,
      medianDelayDays: metrics.plateau.delayAfterDefinable.median,
    },
    flares: { correct: metrics.flares.accuracy, matched: metrics.flares.matched },
  };
}

const canonical = (overrides: SettingsOverrides): string =>
  JSON.stringify(Object.fromEntries(Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : 1))));

export class SettingsPreviews {
  private readonly jobs = new Map<string, Job>();
  /** Figures already measured, by cohort size and values: the current values are usually measured once. */
  private readonly measured = new Map<string, PreviewFigures>();

  /**
   * `workers`: threads per run (the two runs go side by side, so a preview takes two threads and the
   * request path keeps the main one). `clock` stamps when a job finishes, outside any request.
   */
  constructor(private readonly workers = 1, private readonly clock: () => Date = () => new Date()) {}

  /** The clinic's latest preview (running or finished), or null. */
  latest(clinicId: string): SettingsPreview | null {
    const job = this.jobs.get(clinicId);
    return job ? { ...job.preview } : null;
  }

  start(request: PreviewRequest): SettingsPreview {
    const running = this.jobs.get(request.clinicId);
    if (running?.preview.status === 'running') {
      throw new AppError('conflict', 'a preview of this clinic\'s settings is already running: wait for it or cancel it',
        [{ path: 'preview', message: `preview ${running.preview.id} is running` }]);
    }
    const preview: SettingsPreview = {
      id: randomUUID(), status: 'running', startedAt: request.now.toISOString(), finishedAt: null, startedBy: request.userId,
      episodes: request.episodes, done: 0, total: 2 * request.episodes, settingsVersion: request.settingsVersion,
      current: { overrides: request.current, figures: null }, proposed: { overrides: request.proposed, figures: null }, error: null,
    };
    const job: Job = { clinicId: request.clinicId, preview, abort: new AbortController() };
    this.jobs.set(request.clinicId, job);
    void this.run(job);
    return { ...preview };
  }

  /** Cancel the clinic's preview `id` if it is still running; the preview as it now is. */
  cancel(clinicId: string, id: string): SettingsPreview {
    const job = this.jobs.get(clinicId);
    if (!job || job.preview.id !== id) throw new AppError('not-found', `no settings preview ${id}`);
    this.stop(job, 'cancelled');
    return { ...job.preview };
  }

  /** Stop every running preview (the server is closing). */
  cancelAll(): void {
    for (const job of this.jobs.values()) this.stop(job, 'cancelled');
  }

  private stop(job: Job, status: 'cancelled' | 'failed', error?: string): void {
    if (job.preview.status !== 'running') return;
    job.preview.status = status;
    job.preview.error = error ?? null;
    job.preview.finishedAt = this.clock().toISOString();
    job.abort.abort();
  }

  private async run(job: Job): Promise<void> {
    const { preview } = job;
    const progress = { current: 0, proposed: 0 };
    const measure = async (which: 'current' | 'proposed'): Promise<PreviewFigures> => {
      const key = `${preview.episodes}:${canonical(preview[which].overrides)}`;
      const known = this.measured.get(key);
      if (known) {
        progress[which] = preview.episodes;
        preview.done = progress.current + progress.proposed;
        return known;
      }
      const results = await runCohort({
        patients: preview.episodes, seed: PREVIEW_COHORT.seed, startDate: PREVIEW_COHORT.startDate,
        overrides: preview[which].overrides, workers: this.workers, signal: job.abort.signal,
        onProgress: (done) => {
          progress[which] = done;
          preview.done = progress.current + progress.proposed;
        },
      });
      const figures = figuresOf(results);
      if (this.measured.size >= 32) this.measured.clear();
      this.measured.set(key, figures);
      return figures;
    };
    try {
      const [current, proposed] = await Promise.all([measure('current'), measure('proposed')]);
      if (preview.status !== 'running') return;
      preview.current.figures = current;
      preview.proposed.figures = proposed;
      preview.status = 'done';
      preview.finishedAt = this.clock().toISOString();
    } catch (error) {
      // A cancelled job's workers reject as they stop: it stays cancelled.
      this.stop(job, 'failed', error instanceof Error ? error.message : String(error));
    }
  }
}
