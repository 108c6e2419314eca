// One batch of a bulk load of simulated clinics (issue 6), from its place in the load to rows ready
// for COPY: simulate its patients, check each case file against the case-file schema (as an import
// would), give everything its id in the clinic, compute the caseload summary, encode. Pure given the
// load's setup and the batch's place in it, so a batch is the same whichever worker thread builds it
// and however many there are: the load is deterministic for a seed (and its `now`).
import { assess, caseFileSchema, defaultSettings, type CaseFile } from '../domain/index.ts';
import { cohortPlan, deriveSeed, simulatePlanned, type PlannedEpisode } from '../sim/index.ts';
import { emptyBatch, encodeBatch, type BulkBatch, type EncodedBatch } from '../store/index.ts';
import { dayOfInstant } from './clinic-day.ts';
import { statusSinceOf } from './import-patient-history.ts';
import { summarize, type SummaryRules } from './summary-refresh.ts';
import { FIRST_SETTINGS_VERSION } from '../store/index.ts';

/** What every batch of one load shares (plain data: it is posted to the worker threads). */
export interface BulkLoadSetup {
  clinics: number;
  patients: number;
  seed: number;
  startDate: string;
  summaries: 'compute' | 'stale';
  now: Date;
  /** The staff's password hash (hashed once for the load). */
  passwordHash: string;
  /** The clinics' time zone (the server's, as for any new clinic). */
  timeZone: string;
}

/** A batch's place in the load: patients [from, to) of clinic `clinic`; the clinic's first batch also creates it. */
export interface BatchPlace {
  index: number;
  clinic: number;
  from: number;
  to: number;
}

/** Patients of clinic `index` when `total` are shared among `clinics`. */
export function clinicShare(total: number, clinics: number, index: number): number {
  return Math.floor(total / clinics) + (index < total % clinics ? 1 : 0);
}

/** The seed of clinic `index`'s cohort: clinic 0 of any load with the same seed is the same clinic. */
export const clinicSeed = (seed: number, index: number): number => deriveSeed(seed, 1_000_003 + index);

/** The batches of a load, in write order: each clinic's patients in runs of `perBatch` (at least one batch a clinic). */
export function batchPlaces(setup: Pick<BulkLoadSetup, 'clinics' | 'patients'>, perBatch: number): BatchPlace[] {
  const places: BatchPlace[] = [];
  for (let clinic = 0; clinic < setup.clinics; clinic++) {
    const share = clinicShare(setup.patients, setup.clinics, clinic);
    let from = 0;
    do {
      const to = Math.min(share, from + perBatch);
      places.push({ index: places.length, clinic, from, to });
      from = to;
    } while (from < share);
  }
  return places;
}

const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');
const MAX_CLINICS = 0x10_0000;
const MAX_PATIENTS = 0x100_0000;
const IDS_PER_PATIENT = 0x1000;

/**
 * The ids of one patient (or, for patient 0, of the clinic and its staff): UUID version 7 layout
 * with the load's time, then the seed's low 16 bits, the clinic's number (20 bits), the patient's
 * (24 bits) and a counter (12 bits). Any worker makes the same ids for the same place; they sort in
 * the order they are made within a clinic, so the records of a list keep the order of their source
 * ids (the engine breaks ties by id), and inserts land at the end of each index instead of at random
 * pages of it. Two loads differ by their time, or within one moment by their seed.
 */
export function placeIds(setup: Pick<BulkLoadSetup, 'now' | 'seed'>, clinic: number, patient: number): () => string {
  if (clinic >= MAX_CLINICS || patient >= MAX_PATIENTS) throw new Error(`a bulk load holds at most ${MAX_CLINICS} clinics of ${MAX_PATIENTS - 1} patients`);
  const time = hex(setup.now.getTime(), 12).slice(-12);
  const place = `${hex((setup.seed >>> 0) & 0xffff, 4)}${hex(clinic, 5)}${hex(patient, 6)}`;
  const head = `${time.slice(0, 8)}-${time.slice(8)}-7${place.slice(0, 3)}-8${place.slice(3, 6)}-${place.slice(6)}`;
  let counter = 0;
  return () => {
    if (counter >= IDS_PER_PATIENT) throw new Error(`a simulated patient has more than ${IDS_PER_PATIENT} records`);
    return `${head}${hex(counter++, 3)}`;
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
  const patient = { ...file.patient, id: newId() };
  const episode = { ...file.episode, id: newId() };
  const goals = renumber(file.goals, newId);
  const goalId = (old: string): string => goals.ids.get(old) ?? old;
  const sessions = renumber(file.sessions, newId);
  const checkIns = renumber(file.checkIns, newId).records.map((c) => ({ ...c, goals: c.goals.map((g) => ({ ...g, goalId: goalId(g.goalId) })) }));
  const flares = renumber(file.flares, newId).records;
  const measures = renumber(file.measures, newId).records;
  const checkpoints = renumber(file.checkpoints, newId);
  const referrals = renumber(file.referrals, newId).records;
  // Last, so the ids of the other records are what they were before grades existed; a grade follows
  // the session or checkpoint it was made at.
  const contextIds = { session: sessions.ids, checkpoint: checkpoints.ids, other: new Map<string, string>() };
  const irritabilityGrades = renumber(file.irritabilityGrades, newId).records
    .map((g) => (g.contextId === undefined ? g : { ...g, contextId: contextIds[g.context].get(g.contextId) ?? g.contextId }));
  return {
    ...file, patient, episode, goals: goals.records, irritabilityGrades, checkIns, flares, measures, referrals,
    sessions: sessions.records.map((s) => ({ ...s, findings: s.findings.map((f) => ({ ...f, goalId: goalId(f.goalId) })) })),
    checkpoints: checkpoints.records,
    movementAssessments: renumber(file.movementAssessments, newId).records,
    programme: renumber(file.programme, newId).records,
  };
}

interface Staff {
  clinicId: string;
  admin: { id: string; email: string; name: string; role: 'admin' };
  clinicians: { id: string; email: string; name: string; role: 'clinician'; discipline: string }[];
}

const disciplines = ['physical therapy', 'dry needling and acupuncture', 'physician'] as const;

/** A clinic's id and its staff: an admin and one clinician per discipline. */
function staffOf(setup: BulkLoadSetup, clinic: number): Staff {
  const newId = placeIds(setup, clinic, 0);
  const clinicId = newId();
  const number = String(clinic + 1).padStart(4, '0');
  return {
    clinicId,
    admin: { id: newId(), email: `admin-${clinicId}@sim.threshold.local`, name: `Admin ${number}`, role: 'admin' },
    clinicians: disciplines.map((discipline, i) => ({
      id: newId(), email: `clinician${i + 1}-${clinicId}@sim.threshold.local`, name: `Clinician ${number}-${i + 1}`, role: 'clinician', discipline,
    })),
  };
}

/** Adds one renumbered case file's rows to the batch. */
function addEpisode(batch: BulkBatch, rules: SummaryRules, file: CaseFile, lead: Staff['clinicians'][number], setup: BulkLoadSetup): void {
  const { now } = setup;
  const patientId = file.patient.id ?? '';
  const episodeId = file.episode.id ?? '';
  const { id: _p, ...patient } = file.patient;
  const { id: _e, ...episode } = file.episode;
  batch.patients.push({ ...patient, id: patientId, createdAt: now });
  batch.careTeam.push({ patientId, userId: lead.id, discipline: lead.discipline, lead: true });
  batch.episodes.push({ ...episode, id: episodeId, patientId, statusSince: statusSinceOf(file), intake: file.intake, ongoingCare: file.ongoingCare, createdAt: now });
  const of = <R extends object>(list: R[]): (R & { episodeId: string })[] => list.map((record) => ({ ...record, episodeId }));
  batch.goals.push(...of(file.goals) as BulkBatch['goals']);
  batch.irritabilityGrades.push(...of(file.irritabilityGrades) as BulkBatch['irritabilityGrades']);
  batch.sessions.push(...of(file.sessions) as BulkBatch['sessions']);
  // A time of receipt is an instant: the driver's timestamp mapping wants a Date.
  batch.checkIns.push(...of(file.checkIns).map(({ receivedAt, ...checkIn }) => ({ ...checkIn, ...(receivedAt === undefined ? {} : { receivedAt: new Date(receivedAt) }) })) as BulkBatch['checkIns']);
  batch.flares.push(...of(file.flares) as BulkBatch['flares']);
  batch.measures.push(...of(file.measures) as BulkBatch['measures']);
  batch.checkpoints.push(...of(file.checkpoints) as BulkBatch['checkpoints']);
  batch.referrals.push(...of(file.referrals) as BulkBatch['referrals']);
  batch.movementAssessments.push(...of(file.movementAssessments) as BulkBatch['movementAssessments']);
  batch.programme.push(...of(file.programme) as BulkBatch['programme']);
  if (setup.summaries === 'compute') {
    // writesSeen 0 with no episode_writes row: fresh until the first write after the load.
    const { summary } = summarize(assess, rules, file, episodeId);
    batch.summaries.push({ ...summary, writesSeen: 0, computedAt: now });
  }
  const audit = { at: now, actorUserId: lead.id, actorRole: 'clinician', action: 'create' as const, patientId };
  batch.audit.push({ ...audit, recordType: 'patient', recordId: patientId }, { ...audit, recordType: 'episode', recordId: episodeId });
}

/** Builds the batches of a load; it keeps the cohort plan of the clinic it last saw (batches of a clinic come together). */
export function batchBuilder(setup: BulkLoadSetup): (place: BatchPlace) => EncodedBatch {
  // A new clinic runs on the defaults (its settings version 1) in its own day.
  const rules: SummaryRules = { today: dayOfInstant(setup.now, setup.timeZone), settings: { version: FIRST_SETTINGS_VERSION, values: defaultSettings } };
  let planned: { clinic: number; plan: PlannedEpisode[] } | null = null;
  return (place) => {
    if (planned?.clinic !== place.clinic) {
      const patients = clinicShare(setup.patients, setup.clinics, place.clinic);
      planned = { clinic: place.clinic, plan: cohortPlan({ patients, seed: clinicSeed(setup.seed, place.clinic), startDate: setup.startDate }) };
    }
    const staff = staffOf(setup, place.clinic);
    const batch = emptyBatch();
    if (place.from === 0) {
      const people = [staff.admin, ...staff.clinicians];
      batch.clinics.push({ id: staff.clinicId, name: `Simulated clinic ${String(place.clinic + 1).padStart(4, '0')}`, timeZone: setup.timeZone, createdAt: setup.now });
      batch.users.push(...people.map((person) => ({ ...person, passwordHash: setup.passwordHash, createdAt: setup.now })));
      batch.signInDirectory.push(...people.map((person) => ({ email: person.email.toLowerCase(), userId: person.id })));
    }
    for (const episode of planned.plan.slice(place.from, place.to)) {
      const file = renumberCaseFile(caseFileSchema.parse(simulatePlanned(episode).caseFile), placeIds(setup, place.clinic, episode.index + 1));
      const lead = staff.clinicians[episode.index % staff.clinicians.length];
      if (!lead) throw new Error('a simulated clinic has clinicians');
      addEpisode(batch, rules, file, lead, setup);
    }
    return encodeBatch(staff.clinicId, batch);
  };
}
