// The gates every use-case goes through. Each opens one transaction, builds the clinic scope from
// the actor's clinic (so the store filters every statement by it), asks the named policy, runs the
// work, and appends the audit events of what was read or written: all in that one transaction, so
// a write without its audit row cannot happen. Every write to an episode is counted (the caseload
// summary computed before it is then stale); most also recompute that summary (the engine runs on
// the episode as of today) before the transaction commits. A check-in defers it to the next
// clinic-wide read (issue 4: the engine made the check-in 16-39x slower than its insert).
import { AppError } from '../domain/errors.ts';
import type { Assessment } from '../domain/index.ts';
import type { AuditAction, ClinicScope, StoredEpisode, StoredPatient, StoreTx } from '../store/index.ts';
import { loadStoredCaseFile, toCaseFile, type StoredCaseFile } from './case-file.ts';
import { dayOfInstant, type Actor, type ServiceDeps } from './context.ts';
import { canActOnPatientRecord, enforce, type Decision, type PatientRecordAction } from './policies/index.ts';
import { summarize } from './summary-refresh.ts';

export interface AuditNote {
  action: AuditAction;
  recordType: string;
  recordId: string;
  patientId?: string | undefined;
}

export interface ClinicWork {
  scope: ClinicScope;
  tx: StoreTx;
  note: (event: AuditNote) => void;
}

/** Clinic-level work after a clinic-level policy (e.g. canManageUsers). */
export async function inClinic<T>(deps: ServiceDeps, actor: Actor, now: Date, decision: Decision, what: string, work: (ctx: ClinicWork) => Promise<T>): Promise<T> {
  enforce(decision, what);
  return deps.store.transaction(async (tx) => {
    const scope = tx.clinic(actor.clinicId);
    const notes: AuditNote[] = [];
    const result = await work({ scope, tx, note: (event) => notes.push(event) });
    await scope.audit.append(notes.map((n) => ({ ...n, at: now, actorUserId: actor.userId, actorRole: actor.role, appId: actor.app?.clientId })));
    return result;
  });
}

export interface PatientWork extends ClinicWork {
  patient: StoredPatient;
}

/** Work on one patient's record: 404 when the patient is not in the actor's clinic (or is hidden). */
export async function onPatient<T>(
  deps: ServiceDeps, actor: Actor, now: Date, patientId: string, action: PatientRecordAction, work: (ctx: PatientWork) => Promise<T>,
): Promise<T> {
  if (canActOnPatientRecord(actor, patientId, action) === 'hide') throw new AppError('not-found', `no patient ${patientId}`);
  return inClinic(deps, actor, now, 'allow', 'patient', async (ctx) => {
    const patient = await ctx.scope.people.getPatient(patientId);
    if (!patient) throw new AppError('not-found', `no patient ${patientId}`);
    enforce(canActOnPatientRecord(actor, patientId, action), `${action} for this patient`);
    return work({ ...ctx, patient });
  });
}

export interface EpisodeWork extends ClinicWork {
  episode: StoredEpisode;
  /** The stored case file as it is now (after the work, for writes). */
  caseFile: () => Promise<StoredCaseFile>;
  /** For a write that turned out to change nothing (an idempotent replay): no audit row, no refresh. */
  nothingWritten: () => void;
  /** Work that changes the episode row itself hands back the new row, for the refresh to read. */
  episodeChanged: (updated: StoredEpisode) => void;
  /**
   * For a write whose summary the next caseload or outcomes read may recompute (a check-in): the
   * write is counted but neither the engine nor the case-file schema runs here, so the work must
   * itself refuse whatever the case-file schema would (see record-check-in.ts).
   */
  deferSummary: () => void;
}

const readOnly = new Set<PatientRecordAction>(['read-demographics', 'read-clinical']);

/**
 * Work on one episode and its records. After a write the whole episode is checked by the case-file
 * schema and assessed as of today; the caseload summary is saved in the same transaction.
 */
export async function onEpisode<T>(
  deps: ServiceDeps, actor: Actor, now: Date, episodeId: string, action: PatientRecordAction, work: (ctx: EpisodeWork) => Promise<T>,
): Promise<{ result: T; assessment: Assessment | null }> {
  return inClinic(deps, actor, now, 'allow', 'episode', async (ctx) => {
    const found = await ctx.scope.episodes.get(episodeId);
    const decision = found ? canActOnPatientRecord(actor, found.patientId, action) : 'hide';
    if (!found || decision === 'hide') throw new AppError('not-found', `no episode ${episodeId}`);
    enforce(decision, `${action.replace('-', ' ')} on this episode`);
    let episode = found;
    const notes: AuditNote[] = [];
    let wrote = true;
    let deferred = false;
    const result = await work({
      ...ctx, episode,
      note: (event) => notes.push({ patientId: episode.patientId, ...event }),
      caseFile: () => loadStoredCaseFile(ctx.scope, episode),
      nothingWritten: () => { wrote = false; },
      episodeChanged: (updated) => { episode = updated; },
      deferSummary: () => { deferred = true; },
    });
    if (!wrote) return { result, assessment: null };
    if (notes.length === 0) notes.push({ action: readOnly.has(action) ? 'read' : 'update', recordType: 'episode', recordId: episodeId });
    for (const n of notes) ctx.note({ patientId: episode.patientId, ...n });
    if (readOnly.has(action)) return { result, assessment: null };
    if (deferred) {
      await ctx.scope.summaries.countWrite(episode.id);
      return { result, assessment: null };
    }
    const assessment = await refreshSummary(deps, ctx.scope, episode, now);
    return { result, assessment };
  });
}

/**
 * Count a write to the episode, assess it as of today and save what the caseload reads. The count
 * comes first: it holds the episode's write lock until commit, so the records read next include
 * every write counted before (episode-summaries.ts).
 */
export async function refreshSummary(deps: ServiceDeps, scope: ClinicScope, episode: StoredEpisode, now: Date): Promise<Assessment> {
  const writesSeen = await scope.summaries.countWrite(episode.id);
  const caseFile = toCaseFile(await loadStoredCaseFile(scope, episode));
  const { assessment, summary } = summarize(deps, caseFile, episode.id, dayOfInstant(now));
  await scope.summaries.save([{ ...summary, writesSeen }], now);
  return assessment;
}
