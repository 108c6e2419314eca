// Bulk export of a clinic (FHIR Bulk Data Access v2, issue 16), as use-cases that know no FHIR: a
// job is started (and audited), then the clinic's patients are read in batches, each batch in its
// own short transaction through the access gate (clinic scope, policy, an audit row per patient),
// and handed to the caller, which maps and writes them (src/fhir/bulk). Nothing holds the clinic in
// memory: one batch at a time, and the connection is free between batches (PGlite has only one).
import { AppError } from '../domain/errors.ts';
import type { BulkExportRow, CareTeamMember, DocumentRecord, ExportFile, StoredEpisode, StoredPatient, User } from '../store/index.ts';
import { assembleStoredCaseFile } from './case-file.ts';
import { inClinic, type ClinicWork } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { episodeHistory, practitionerFacts, type PatientHistory } from './export-patient-history.ts';
import { canExportClinic } from './policies/index.ts';
import { groupBy } from './group-by.ts';

export type BulkExportJob = BulkExportRow;
export type { ExportFile } from '../store/index.ts';

export interface BulkExportRequest {
  /** system: GET [base]/$export; patient: GET [base]/Patient/$export. Both read every patient of the clinic. */
  level: 'system' | 'patient';
  /** The kick-off URL, as the manifest repeats it. */
  request: string;
  /** _type: only these resource types; null for all. */
  types: string[] | null;
  /** _since: only patients with a recorded change after this instant; null for all. */
  since: Date | null;
}

export async function startBulkExport(deps: ServiceDeps, actor: Actor, request: BulkExportRequest, now: Date): Promise<BulkExportJob> {
  return inClinic(deps, actor, now, canExportClinic(actor), 'export the clinic\'s records', async ({ scope, note }) => {
    // One export at a time per clinic: each reads every patient, and a second would only halve both.
    const running = await scope.bulkExports.inProgress();
    if (running.length > 0) {
      throw new AppError('rate-limited', 'an export of this clinic is already running: wait for it (or cancel it) and try again', [{ path: 'retryAfterSeconds', message: '30' }]);
    }
    const job = await scope.bulkExports.insert({
      id: deps.store.newId(), userId: actor.userId, level: request.level, request: request.request, types: request.types, since: request.since,
      status: 'in-progress', transactionTime: now,
    });
    note({ action: 'read', recordType: 'bulk-export', recordId: job.id });
    return job;
  });
}

/** The job, for the user who started it only: to anyone else it does not exist. */
async function ownJob(ctx: ClinicWork, actor: Actor, id: string): Promise<BulkExportJob> {
  const job = await ctx.scope.bulkExports.get(id);
  if (!job || job.userId !== actor.userId) throw new AppError('not-found', `no export ${id}`);
  return job;
}

export async function getBulkExport(deps: ServiceDeps, actor: Actor, id: string, now: Date): Promise<BulkExportJob> {
  return inClinic(deps, actor, now, 'allow', 'export', (ctx) => ownJob(ctx, actor, id));
}

/** A file of a finished export, for its owner, audited as a read; 404 once the export expired. */
export async function readBulkExportFile(deps: ServiceDeps, actor: Actor, id: string, file: string, now: Date): Promise<{ job: BulkExportJob; file: ExportFile }> {
  return inClinic(deps, actor, now, canExportClinic(actor), 'read the export', async (ctx) => {
    const job = await ownJob(ctx, actor, id);
    const found = job.output.find((f) => f.file === file);
    if (job.status !== 'complete' || found === undefined || (job.expiresAt !== null && job.expiresAt <= now)) throw new AppError('not-found', `no file ${file} in export ${id}`);
    ctx.note({ action: 'read', recordType: 'bulk-export-file', recordId: `${id}/${file}` });
    return { job, file: found };
  });
}

/**
 * Cancel a running export, or (Bulk Data: "a client is done retrieving files") end a finished one:
 * either way its files are to be deleted. Returns the job as it was before.
 */
export async function cancelBulkExport(deps: ServiceDeps, actor: Actor, id: string, now: Date): Promise<BulkExportJob> {
  return inClinic(deps, actor, now, 'allow', 'export', async (ctx) => {
    const job = await ownJob(ctx, actor, id);
    if (job.status === 'expired' || job.status === 'cancelled') throw new AppError('not-found', `export ${id} has already ended`);
    await ctx.scope.bulkExports.update(id, { status: job.status === 'in-progress' ? 'cancelled' : 'expired', completedAt: job.completedAt ?? now, expiresAt: now },
      ['in-progress', 'complete', 'failed']);
    ctx.note({ action: 'update', recordType: 'bulk-export', recordId: id });
    return job;
  });
}

export interface ExportProgress {
  patientsDone: number;
  patientsTotal: number;
}

/** Patients read per transaction (heuristic: 10 patients with a year of records is ~1,400 rows and ~12 MB of NDJSON; measured by bench:fhir:export). */
export const EXPORT_BATCH = 10;

/**
 * Read the clinic's patient histories in batches, oldest id first, calling `onBatch` with each batch
 * outside its transaction (the caller maps and writes it). Stops, returning 'cancelled', when the job
 * is no longer in progress (DELETE) or `signal` is aborted.
 */
export async function readExportHistories(
  deps: ServiceDeps, actor: Actor, job: BulkExportJob, now: Date,
  onBatch: (histories: Iterable<PatientHistory>, progress: ExportProgress) => Promise<void>,
  options: { signal?: AbortSignal; batchSize?: number; withRecords?: boolean } = {},
): Promise<'complete' | 'cancelled'> {
  const batchSize = options.batchSize ?? EXPORT_BATCH;
  const setup = await inClinic(deps, actor, now, canExportClinic(actor), 'export the clinic\'s records', async ({ scope, rules }) => {
    const only = job.since === null ? undefined : await scope.audit.patientsChangedSince(job.since);
    const total = await scope.people.countPatients(only);
    await scope.bulkExports.update(job.id, { patientsTotal: total });
    // Every episode assessed as of the clinic's today under its settings, with the clinic's own exercises.
    return {
      only, total, clinic: await rules(), exercises: await scope.exercises.list(),
      users: new Map((await scope.people.listUsers()).map((u): [string, User] => [u.id, u])),
    };
  });
  // The rows of a batch in one short transaction; checking and assessing them after it, with the
  // connection free. The next batch is read while this one is mapped and written.
  const readBatch = (after: string | undefined): Promise<BatchRows | null> =>
    inClinic(deps, actor, now, canExportClinic(actor), 'export the clinic\'s records', async ({ scope, note }) => {
      const current = await scope.bulkExports.get(job.id);
      if (current?.status !== 'in-progress') return null;
      const patients = await scope.people.patientsPage(after, batchSize, setup.only);
      const ids = patients.map((p) => p.id);
      const [episodes, teams] = options.withRecords === false ? [[], []] : await Promise.all([scope.episodes.listForPatients(ids), scope.people.careTeams(ids)]);
      const [lists, documents] = await Promise.all([recordLists(scope, episodes), scope.documents.listForEpisodes(episodes.map((e) => e.id))]);
      for (const patient of patients) note({ action: 'read', recordType: 'patient-history', recordId: patient.id, patientId: patient.id });
      return { patients, episodes, teams, lists, documents };
    });
  let done = 0;
  let next = readBatch(undefined);
  for (;;) {
    const rows = await next;
    if (rows === null || options.signal?.aborted === true) return 'cancelled';
    if (rows.patients.length === 0) return 'complete';
    next = readBatch(rows.patients[rows.patients.length - 1]?.id);
    // Should this batch fail, the read already under way is not waited for: its failure is not news.
    next.catch(() => undefined);
    // Each patient's history is checked, assessed and handed on one at a time (a generator), so
    // memory holds the batch's rows and one patient's history, never the batch's histories.
    const teams = groupBy(rows.teams, (m) => m.patientId);
    const episodes = groupBy(rows.episodes, (e) => e.patientId);
    const documents = groupBy(rows.documents, (d) => d.episodeId);
    const { patients, lists } = rows;
    function* histories(): Generator<PatientHistory> {
      for (const patient of patients) {
        const team = teams.get(patient.id) ?? [];
        yield {
          patient,
          episodes: (episodes.get(patient.id) ?? []).map((episode) => {
            const made = documents.get(episode.id) ?? [];
            return episodeHistory(
              deps, episode, assembleStoredCaseFile(patient, episode, lists(episode.id), setup.exercises),
              (file) => practitionerFacts(team, file, (id) => setup.users.get(id), made), setup.clinic, made,
            );
          }),
        };
      }
    }
    done += rows.patients.length;
    // Progress counts the patients handed on to be written, not those read ahead.
    await inClinic(deps, actor, now, canExportClinic(actor), 'export the clinic\'s records', ({ scope }) => scope.bulkExports.update(job.id, { patientsDone: done }));
    await onBatch(histories(), { patientsDone: done, patientsTotal: setup.total });
  }
}

interface BatchRows {
  patients: StoredPatient[];
  episodes: StoredEpisode[];
  teams: CareTeamMember[];
  lists: (episodeId: string) => Record<ListName, { episodeId: string }[]>;
  documents: DocumentRecord[];
}

const recordKinds = {
  goals: 'goal', irritabilityGrades: 'irritability-grade', sessions: 'session', checkIns: 'check-in', flares: 'flare', measures: 'measure',
  checkpoints: 'checkpoint', referrals: 'referral', movementAssessments: 'movement-assessment', programme: 'programme-version',
} as const;
type ListName = keyof typeof recordKinds;

const emptyLists = (): Record<ListName, { episodeId: string }[]> => Object.fromEntries(Object.keys(recordKinds).map((name) => [name, []])) as unknown as Record<ListName, { episodeId: string }[]>;

/** Every record of the episodes, read with one statement per kind, grouped by episode. */
async function recordLists(scope: ClinicWork['scope'], episodes: StoredEpisode[]): Promise<(episodeId: string) => Record<ListName, { episodeId: string }[]>> {
  const ids = episodes.map((e) => e.id);
  const names = Object.keys(recordKinds) as ListName[];
  const rows = await Promise.all(names.map((name) => scope.records(recordKinds[name]).listForEpisodes(ids)));
  const byEpisode = new Map<string, Record<ListName, { episodeId: string }[]>>();
  for (const id of ids) byEpisode.set(id, emptyLists());
  names.forEach((name, i) => {
    for (const row of rows[i] ?? []) byEpisode.get(row.episodeId)?.[name].push(row);
  });
  return (episodeId) => byEpisode.get(episodeId) ?? emptyLists();
}

/** Record how the export ended: its files (complete) or what went wrong (failed); files expire after `keepHours`. */
export async function finishBulkExport(
  deps: ServiceDeps, actor: Actor, id: string, result: { output: ExportFile[] } | { error: string }, now: Date, keepHours: number,
): Promise<BulkExportJob | null> {
  return inClinic(deps, actor, now, 'allow', 'export', async ({ scope }) => {
    const expiresAt = new Date(now.getTime() + keepHours * 3_600_000);
    const changes = 'error' in result
      ? { status: 'failed' as const, error: result.error, completedAt: now, expiresAt }
      : { status: 'complete' as const, output: result.output, completedAt: now, expiresAt };
    return scope.bulkExports.update(id, changes);
  });
}

/** Expire finished exports whose time is up, across clinics; the caller deletes their files. */
export async function expireBulkExports(deps: ServiceDeps, now: Date): Promise<{ clinicId: string; id: string }[]> {
  return deps.store.transaction((tx) => tx.exportJobs.expire(now));
}

/** At start: exports a stopped server left in progress can never finish; say so. */
export async function failInterruptedExports(deps: ServiceDeps, now: Date, keepHours: number): Promise<{ clinicId: string; id: string }[]> {
  return deps.store.transaction((tx) => tx.exportJobs.failInterrupted(now, new Date(now.getTime() + keepHours * 3_600_000)));
}
