// Importing a patient's history (spec §6: transaction Bundle import; `threshold import`). The FHIR
// layer has already turned the bundle into one case file; here it becomes a new patient, a new
// episode and all its records in ONE transaction through the access gate: a record the store or the
// case-file schema refuses rolls everything back, so a failed import writes nothing (not even the
// audit rows). Every record gets a new id in this clinic (the source's ids may be "walk", "s1", and
// ids are unique per clinic); goal references in sessions and check-ins follow their goal.
import { AppError } from '../domain/errors.ts';
import { caseFileSchema, type Assessment, type CaseFile } from '../domain/index.ts';
import type { ClinicScope, StoredEpisode } from '../store/index.ts';
import { inClinic, refreshSummary } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';
import { canActOnPatientRecord, canRegisterPatient, type Decision } from './policies/index.ts';

export interface ImportedHistory {
  patientId: string;
  episodeId: string;
  /** The source's record id -> the new id, per kind (for the goal "walk": goals.walk -> uuid). */
  ids: Record<'goals' | 'irritabilityGrades' | 'sessions' | 'checkIns' | 'flares' | 'measures' | 'checkpoints' | 'referrals' | 'movementAssessments' | 'programme', Record<string, string>>;
  /** The engine's assessment of the imported episode as of today (also saved for the caseload). */
  assessment: Assessment;
}

/** An import registers a patient and writes clinical records: staff who may do both (clinicians). */
function canImport(actor: Actor): Decision {
  if (canRegisterPatient(actor) !== 'allow') return 'deny';
  return canActOnPatientRecord(actor, '', 'write-clinical') === 'allow' ? 'allow' : 'deny';
}

/**
 * The day the episode reached its status, which the case file does not hold: for ongoing care the
 * declaration; for a closed episode the last checkpoint, referral or session (heuristic: the
 * record that most likely closed it); for active care the start.
 */
export function statusSinceOf(file: CaseFile): string {
  if (file.episode.status === 'active') return file.episode.startDate;
  if (file.episode.status === 'ongoing-care' && file.ongoingCare) return file.ongoingCare.declaredOn;
  const days = [
    ...file.checkpoints.map((c) => c.date), ...file.referrals.map((r) => r.date), ...file.sessions.map((s) => s.date.slice(0, 10)),
  ].sort();
  return days.at(-1) ?? file.episode.startDate;
}

/**
 * The clinic's own exercises the imported programme names: added to this clinic when it has none of
 * that id; one it has must be the same exercise (the programme would otherwise mean something else).
 */
async function addClinicExercises(scope: ClinicScope, file: CaseFile, actor: Actor, now: Date): Promise<void> {
  const existing = new Map((await scope.exercises.getMany(file.clinicExercises.map((e) => e.id))).map((e) => [e.id, e]));
  for (const [i, exercise] of file.clinicExercises.entries()) {
    const found = existing.get(exercise.id);
    if (!found) await scope.exercises.insert(exercise, actor.userId, now);
    else if (JSON.stringify(found) !== JSON.stringify(exercise)) {
      throw new AppError('conflict', `the clinic has a different exercise "${exercise.id}": rename one of them before importing`,
        [{ path: `clinicExercises[${i}].id`, message: 'differs from the clinic\'s exercise of that id' }]);
    }
  }
}

export async function importPatientHistory(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<ImportedHistory> {
  const file = parseInput(caseFileSchema, input, 'case file');
  const newId = (): string => deps.store.newId();
  const remap = <R extends { id?: string | undefined }>(list: R[]): { records: (R & { id: string })[]; ids: Record<string, string> } => {
    const ids: Record<string, string> = {};
    const records = list.map((record) => {
      const id = newId();
      if (record.id !== undefined) ids[record.id] = id;
      return { ...record, id };
    });
    return { records, ids };
  };
  const goals = remap(file.goals);
  const goalId = (old: string): string => {
    const id = goals.ids[old];
    // The case-file schema has checked every reference, so this cannot happen for a parsed file.
    if (id === undefined) throw new AppError('validation', `no goal with id "${old}"`);
    return id;
  };
  const sessions = remap(file.sessions.map((s) => ({ ...s, findings: s.findings.map((f) => ({ ...f, goalId: goalId(f.goalId) })) })));
  const checkIns = remap(file.checkIns.map((c) => ({ ...c, goals: c.goals.map((g) => ({ ...g, goalId: goalId(g.goalId) })) })));
  const flares = remap(file.flares);
  const measures = remap(file.measures);
  const checkpoints = remap(file.checkpoints);
  const referrals = remap(file.referrals);
  // A grade made at a session or checkpoint follows it to its new id.
  const contextIds = { session: sessions.ids, checkpoint: checkpoints.ids, other: {} as Record<string, string> };
  const irritabilityGrades = remap(file.irritabilityGrades.map((g) => (g.contextId === undefined ? g : { ...g, contextId: contextIds[g.context][g.contextId] ?? g.contextId })));
  const movementAssessments = remap(file.movementAssessments);
  const programme = remap(file.programme);
  const patientId = newId();
  const episodeId = newId();

  return inClinic(deps, actor, now, canImport(actor), 'import a patient history', async ({ scope, note, rules }) => {
    const { id: _sourcePatient, ...patient } = file.patient;
    await scope.people.insertPatient({ ...patient, id: patientId }, now);
    note({ action: 'create', recordType: 'patient', recordId: patientId, patientId });
    const { id: _sourceEpisode, ...episodeFields } = file.episode;
    const episode: StoredEpisode = await scope.episodes.insert({
      ...episodeFields, id: episodeId, patientId, statusSince: statusSinceOf(file), intake: file.intake, ongoingCare: file.ongoingCare,
    }, now);
    note({ action: 'create', recordType: 'episode', recordId: episodeId, patientId });
    // One kind at a time, in order: goals first, since the other records name them.
    await addClinicExercises(scope, file, actor, now);
    const writes = [
      ['goal', goals.records], ['session', sessions.records], ['check-in', checkIns.records], ['flare', flares.records],
      ['measure', measures.records], ['checkpoint', checkpoints.records], ['referral', referrals.records],
      ['irritability-grade', irritabilityGrades.records],
      ['movement-assessment', movementAssessments.records], ['programme-version', programme.records],
    ] as const;
    for (const [kind, records] of writes) {
      // One multi-row insert per kind (not a statement per record): a year is hundreds of records.
      await scope.records(kind).insertMany(episodeId, records as never);
      for (const record of records) note({ action: 'create', recordType: kind, recordId: record.id, patientId });
    }
    // Checks the stored episode as a whole and saves what the caseload reads, in this transaction.
    const assessment = await refreshSummary(deps, scope, await rules(), episode, now);
    return {
      patientId, episodeId, assessment,
      ids: {
        goals: goals.ids, irritabilityGrades: irritabilityGrades.ids, sessions: sessions.ids, checkIns: checkIns.ids, flares: flares.ids,
        measures: measures.ids, checkpoints: checkpoints.ids, referrals: referrals.ids,
        movementAssessments: movementAssessments.ids, programme: programme.ids,
      },
    };
  });
}
