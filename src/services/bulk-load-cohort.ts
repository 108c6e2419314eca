// Loading simulated clinics in bulk (`threshold simulate`, the scale benchmark: issue 6). Where the
// demo goes through the use-cases one record at a time, this writes what those would write (the
// clinic and its staff, patients, episodes, every record, a care team lead, the audit rows of the
// created patients and episodes, and the caseload summaries) as multi-row inserts, one transaction
// per batch of patients. It streams: each clinic's cohort is planned (a few numbers per patient),
// then simulated one patient at a time into the current batch, so memory holds one batch, not the
// load. Each case file passes the case-file schema before it is written, as an import's would.
import { caseFileSchema, type CaseFile } from '../domain/index.ts';
import { cohortPlan, deriveSeed, simulatePlanned } from '../sim/index.ts';
import { batchRows, emptyBatch, type BulkBatch, type BulkLoader } from '../store/index.ts';
import { dayOfInstant, type ServiceDeps } from './context.ts';
import { hashPassword } from './passwords.ts';
import { summarize } from './summary-refresh.ts';
import { statusSinceOf } from './import-patient-history.ts';

export interface BulkLoadOptions {
  clinics: number;
  /** Patients across all clinics, shared out evenly (the first clinics take one more when it does not divide). */
  patients: number;
  seed: number;
  /** The first day patients join (each cohort joins over four weeks from it). */
  startDate: string;
  /** 'compute' saves each episode's summary; 'stale' leaves it for the first caseload read to compute. */
  summaries: 'compute' | 'stale';
  /** The staff's password (hashed once for all of them). */
  password: string;
  /** Patients a transaction writes (heuristic: ~50 patients is ~7,000 rows, a few hundred ms). */
  patientsPerBatch?: number;
}

export interface BulkLoadProgress {
  patientsDone: number;
  patientsTotal: number;
  rows: number;
}

export interface BulkLoadResult extends BulkLoadProgress {
  clinicIds: string[];
}

/** Patients of clinic `index` when `total` are shared among `clinics`. */
export function clinicShare(total: number, clinics: number, index: number): number {
  return Math.floor(total / clinics) + (index < total % clinics ? 1 : 0);
}

/** The seed of clinic `index`'s cohort: clinic 0 of any load with the same seed is the same clinic. */
export const clinicSeed = (seed: number, index: number): number => deriveSeed(seed, 1_000_003 + index);

/**
 * Ids that sort in the order they are made (UUID version 7 layout: time, then a counter), so the
 * records of a list keep the order of their source ids (the engine breaks ties by id) and inserts
 * land at the end of each index instead of at random pages of it.
 */
function orderedIds(now: Date, salt: string): () => string {
  const time = now.getTime().toString(16).padStart(12, '0').slice(-12);
  const noise = salt.replace(/[^0-9a-f]/g, '').padEnd(6, '0');
  let counter = 0;
  return () => {
    counter += 1;
    const c = counter.toString(16).padStart(12, '0');
    return `${time.slice(0, 8)}-${time.slice(8)}-7${noise.slice(0, 3)}-8${noise.slice(3, 6)}-${c}`;
  };
}

/** New ids for a list, given in the order of the source ids, and the source id -> new id map. */
function renumber<R extends { id?: string | undefined }>(list: readonly R[], newId: () => string): { records: (R & { id: string })[]; ids: Map<string, string> } {
  const ranked = list.map((record, index) => ({ record, index })).sort((a, b) => {
    const x = a.record.id ?? '';
    const y = b.record.id ?? '';
    return x < y ? -1 : x > y ? 1 : a.index - b.index;
  });
  const fresh = new Map<number, string>(ranked.map(({ index }) => [index, newId()]));
  const ids = new Map<string, string>();
  const records = list.map((record, index) => {
    const id = fresh.get(index) ?? newId();
    if (record.id !== undefined) ids.set(record.id, id);
    return { ...record, id };
  });
  return { records, ids };
}

/** The case file as this clinic will hold it: new ids for the patient, the episode and every record. */
export function renumberCaseFile(file: CaseFile, newId: () => string): CaseFile {
  const goals = renumber(file.goals, newId);
  const goalId = (old: string): string => goals.ids.get(old) ?? old;
  return {
    ...file,
    patient: { ...file.patient, id: newId() },
    episode: { ...file.episode, id: newId() },
    goals: goals.records,
    sessions: renumber(file.sessions, newId).records.map((s) => ({ ...s, findings: s.findings.map((f) => ({ ...f, goalId: goalId(f.goalId) })) })),
    checkIns: renumber(file.checkIns, newId).records.map((c) => ({ ...c, goals: c.goals.map((g) => ({ ...g, goalId: goalId(g.goalId) })) })),
    flares: renumber(file.flares, newId).records,
    measures: renumber(file.measures, newId).records,
    checkpoints: renumber(file.checkpoints, newId).records,
    referrals: renumber(file.referrals, newId).records,
  };
}

interface Lead {
  userId: string;
  discipline: string;
}

/** Adds one renumbered case file's rows to the batch. */
function addEpisode(batch: BulkBatch, deps: ServiceDeps, file: CaseFile, lead: Lead, now: Date, summaries: BulkLoadOptions['summaries']): void {
  const patientId = file.patient.id ?? '';
  const episodeId = file.episode.id ?? '';
  const { id: _p, ...patient } = file.patient;
  const { id: _e, ...episode } = file.episode;
  batch.patients.push({ ...patient, id: patientId, createdAt: now });
  batch.careTeam.push({ patientId, userId: lead.userId, discipline: lead.discipline, lead: true });
  batch.episodes.push({ ...episode, id: episodeId, patientId, statusSince: statusSinceOf(file), intake: file.intake, ongoingCare: file.ongoingCare, createdAt: now });
  const of = <R extends object>(list: R[]): (R & { episodeId: string })[] => list.map((record) => ({ ...record, episodeId }));
  batch.goals.push(...of(file.goals) as BulkBatch['goals']);
  batch.sessions.push(...of(file.sessions) as BulkBatch['sessions']);
  batch.checkIns.push(...of(file.checkIns) as BulkBatch['checkIns']);
  batch.flares.push(...of(file.flares) as BulkBatch['flares']);
  batch.measures.push(...of(file.measures) as BulkBatch['measures']);
  batch.checkpoints.push(...of(file.checkpoints) as BulkBatch['checkpoints']);
  batch.referrals.push(...of(file.referrals) as BulkBatch['referrals']);
  if (summaries === 'compute') {
    // writesSeen 0 with no episode_writes row: fresh until the first write after the load.
    const { summary } = summarize(deps, file, episodeId, dayOfInstant(now));
    batch.summaries.push({ ...summary, writesSeen: 0, computedAt: now });
  }
  const audit = { at: now, actorUserId: lead.userId, actorRole: 'clinician', action: 'create' as const, patientId };
  batch.audit.push({ ...audit, recordType: 'patient', recordId: patientId }, { ...audit, recordType: 'episode', recordId: episodeId });
}

const disciplines = ['physical therapy', 'dry needling and acupuncture', 'physician'] as const;
const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function bulkLoadSimulatedClinics(
  deps: ServiceDeps, loader: BulkLoader, options: BulkLoadOptions, now: Date, progress: (p: BulkLoadProgress) => void = () => {},
): Promise<BulkLoadResult> {
  const newId = orderedIds(now, deps.store.newId());
  const passwordHash = await hashPassword(options.password);
  const perBatch = Math.max(1, options.patientsPerBatch ?? 50);
  const done: BulkLoadResult = { patientsDone: 0, patientsTotal: options.patients, rows: 0, clinicIds: [] };
  // One write in flight while the next batch is simulated: PostgreSQL works on it meanwhile.
  let pending: Promise<void> = Promise.resolve();
  const flush = async (clinicId: string, batch: BulkBatch, patients: number): Promise<void> => {
    await pending;
    pending = loader.write(clinicId, batch).then((rows) => {
      done.rows += rows;
      done.patientsDone += patients;
      progress(done);
    });
  };
  for (let c = 0; c < options.clinics; c++) {
    const clinicId = newId();
    const number = String(c + 1).padStart(4, '0');
    const admin = { id: newId(), email: `admin-${clinicId}@sim.threshold.local`, name: `Admin ${number}`, role: 'admin' as const };
    const clinicians = disciplines.map((discipline, i) => ({
      id: newId(), email: `clinician${i + 1}-${clinicId}@sim.threshold.local`, name: `Clinician ${number}-${i + 1}`, role: 'clinician' as const, discipline,
    }));
    await pending;
    await loader.createClinic({ id: clinicId, name: `Simulated clinic ${number}`, createdAt: now },
      [admin, ...clinicians].map((u) => ({ ...u, passwordHash, createdAt: now })));
    done.clinicIds.push(clinicId);
    done.rows += 2 * (1 + clinicians.length) + 1;
    const plan = cohortPlan({ patients: clinicShare(options.patients, options.clinics, c), seed: clinicSeed(options.seed, c), startDate: options.startDate });
    let batch = emptyBatch();
    let inBatch = 0;
    for (const planned of plan) {
      const file = renumberCaseFile(caseFileSchema.parse(simulatePlanned(planned).caseFile), newId);
      const lead = clinicians[planned.index % clinicians.length];
      if (!lead) throw new Error('a simulated clinic has clinicians');
      addEpisode(batch, deps, file, { userId: lead.id, discipline: lead.discipline }, now, options.summaries);
      inBatch += 1;
      if (inBatch >= perBatch) {
        await flush(clinicId, batch, inBatch);
        batch = emptyBatch();
        inBatch = 0;
      }
      await yieldToIo();
    }
    if (batchRows(batch) > 0) await flush(clinicId, batch, inBatch);
  }
  await pending;
  return done;
}
