// The gates every use-case goes through. Each opens one transaction, builds the clinic scope from
// the actor's clinic (so the store filters every statement by it), asks the named policy, runs the
// work, and appends the audit events of what was read or written: all in that one transaction, so
// a write without its audit row cannot happen. Every write to an episode is counted (the caseload
// summary computed before it is then stale); most also recompute that summary (the engine runs on
// the episode as of the clinic's today, under the clinic's settings) before the transaction commits.
// A check-in defers it to the summary refresher, off the request (issue 4, issue 15: the engine made
// the check-in 16-39x slower than its insert), and the next clinic-wide read recomputes whatever the
// refresher has not reached yet.
import { AppError } from '../domain/errors.ts';
import type { Assessment } from '../domain/index.ts';
import type { AuditAction, AuditDetail, ClinicScope, StoredEpisode, StoredPatient, StoreTx } from '../store/index.ts';
import { loadStoredCaseFile, toCaseFile, type StoredCaseFile } from './case-file.ts';
import { loadClinicRules, type ClinicRules } from './clinic-rules.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { canActOnPatientRecord, enforce, type Decision, type PatientRecordAction } from './policies/index.ts';
import { parseId } from './parse-input.ts';
import { summarize } from './summary-refresh.ts';

export interface AuditNote {
  action: AuditAction;
  recordType: string;
  recordId: string;
  patientId?: string | undefined;
  /** For a change: the changed fields before and after; for a removal, its reason too. */
  detail?: AuditDetail | undefined;
}

export interface ClinicWork {
  scope: ClinicScope;
  tx: StoreTx;
  note: (event: AuditNote) => void;
  /**
   * The clinic's settings and day of this moment, read in this transaction the first time work
   * asks (a check-in, which assesses nothing, never does: its write path reads no more than before).
   */
  rules: () => Promise<ClinicRules>;
}

/**
 * A policy's refusal with what it refused. The work's transaction is rolled back by it, so the gate
 * writes its audit event (action "refused") in a transaction of its own before the error goes on
 * (issue 15: a refused look at patient data is on the record too).
 */
class Refusal extends Error {
  constructor(readonly error: AppError, readonly event: Omit<AuditNote, 'action'>) {
    super(error.message);
  }
}

/** Enforce a decision inside a gate: a refusal is audited, then answered 403 or 404 as enforce() does. */
export function enforceAudited(decision: Decision, what: string, event: Omit<AuditNote, 'action'>): void {
  try {
    enforce(decision, what);
  } catch (error) {
    throw error instanceof AppError ? new Refusal(error, event) : error;
  }
}

async function auditingRefusals<T>(deps: ServiceDeps, actor: Actor, now: Date, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    await deps.store.transaction((tx) => tx.clinic(actor.clinicId).audit.append([
      { ...error.event, action: 'refused', at: now, actorUserId: actor.userId, actorRole: actor.role },
    ]));
    throw error.error;
  }
}

/** Clinic-level work after a clinic-level policy (e.g. canManageUsers). */
export async function inClinic<T>(deps: ServiceDeps, actor: Actor, now: Date, decision: Decision, what: string, work: (ctx: ClinicWork) => Promise<T>): Promise<T> {
  return auditingRefusals(deps, actor, now, async () => {
    enforceAudited(decision, what, { recordType: what, recordId: actor.clinicId });
    return deps.store.transaction(async (tx) => {
      const scope = tx.clinic(actor.clinicId);
      const notes: AuditNote[] = [];
      let rules: Promise<ClinicRules> | null = null;
      const result = await work({ scope, tx, note: (event) => notes.push(event), rules: () => (rules ??= loadClinicRules(deps.settingsCache, scope, now)) });
      await scope.audit.append(notes.map((n) => ({ ...n, at: now, actorUserId: actor.userId, actorRole: actor.role, appId: actor.app?.clientId })));
      return result;
    });
  });
}

export interface PatientWork extends ClinicWork {
  patient: StoredPatient;
}

/** Work on one patient's record: 404 when the patient is not in the actor's clinic (or is hidden). */
export async function onPatient<T>(
  deps: ServiceDeps, actor: Actor, now: Date, patientId: string, action: PatientRecordAction, work: (ctx: PatientWork) => Promise<T>,
): Promise<T> {
  parseId(patientId, 'patientId');
  return inClinic(deps, actor, now, 'allow', 'patient', async (ctx) => {
    // A patient asking for another record is refused before anything is read (the refusal is audited).
    enforceAudited(canActOnPatientRecord(actor, patientId, action) === 'hide' ? 'hide' : 'allow', 'patient', { recordType: 'patient', recordId: patientId });
    const patient = await ctx.scope.people.getPatient(patientId);
    if (!patient) throw new AppError('not-found', `no patient ${patientId}`);
    enforceAudited(canActOnPatientRecord(actor, patientId, action), `${action} for this patient`, { recordType: 'patient', recordId: patientId, patientId });
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
  parseId(episodeId, 'episodeId');
  let deferredWrite = false;
  const done = await inClinic(deps, actor, now, 'allow', 'episode', async (ctx) => {
    const found = await ctx.scope.episodes.get(episodeId);
    if (!found) throw new AppError('not-found', `no episode ${episodeId}`);
    const decision = canActOnPatientRecord(actor, found.patientId, action);
    enforceAudited(decision, decision === 'hide' ? 'episode' : `${action.replace('-', ' ')} on this episode`,
      { recordType: 'episode', recordId: episodeId, patientId: found.patientId });
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
      deferredWrite = true;
      return { result, assessment: null };
    }
    const assessment = await refreshSummary(deps, ctx.scope, await ctx.rules(), episode, now);
    return { result, assessment };
  });
  // Committed: the summary refresher may now recompute what this write made stale.
  if (deferredWrite) deps.summaryRefresher.wake(actor.clinicId, episodeId, now);
  return done;
}

/**
 * Count a write to the episode, assess it as of the clinic's today under its settings and save what
 * the caseload reads. The count comes first: it holds the episode's write lock until commit, so the
 * records read next include every write counted before (episode-summaries.ts).
 */
export async function refreshSummary(deps: ServiceDeps, scope: ClinicScope, rules: ClinicRules, episode: StoredEpisode, now: Date): Promise<Assessment> {
  const writesSeen = await scope.summaries.countWrite(episode.id);
  const [stored, reads] = await Promise.all([loadStoredCaseFile(scope, episode), scope.checkInReads.forEpisodes([episode.id])]);
  const caseFile = toCaseFile(stored);
  const { assessment, summary } = summarize(deps.assess, rules, caseFile, episode.id, new Set(reads.map((r) => r.checkInId)));
  await scope.summaries.save([{ ...summary, writesSeen }], now);
  return assessment;
}
