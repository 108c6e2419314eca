// An episode's stored records assembled into the case file the engine reads (spec §6). The stored
// form keeps each record's version (what an edit must send back); the engine form is the same
// document parsed by caseFileSchema, which also checks the cross-record rules (a check-in naming an
// unknown goal, a flare ending before it starts): a write that would break them is refused whole.
import { caseFileSchema, validationError, type CaseFile, type Exercise } from '../domain/index.ts';
import type { ClinicScope, StoredEpisode, StoredPatient } from '../store/index.ts';

export interface StoredCaseFile {
  schemaVersion: 1;
  patient: Record<string, unknown>;
  episode: Record<string, unknown>;
  intake: StoredEpisode['intake'];
  goals: unknown[];
  irritabilityGrades: unknown[];
  sessions: unknown[];
  checkIns: unknown[];
  flares: unknown[];
  measures: unknown[];
  checkpoints: unknown[];
  referrals: unknown[];
  ongoingCare: StoredEpisode['ongoingCare'];
  movementAssessments: unknown[];
  programme: unknown[];
  clinicExercises: Exercise[];
}

const withoutEpisodeId = <R extends { episodeId: string }>({ episodeId: _e, ...rest }: R): Omit<R, 'episodeId'> => rest;

export async function loadStoredCaseFile(scope: ClinicScope, episode: StoredEpisode): Promise<StoredCaseFile> {
  const [patient, goals, irritabilityGrades, sessions, checkIns, flares, measures, checkpoints, referrals, movementAssessments, programme, clinicExercises] = await Promise.all([
    scope.people.getPatient(episode.patientId),
    scope.records('goal').list(episode.id),
    scope.records('irritability-grade').list(episode.id),
    scope.records('session').list(episode.id),
    scope.records('check-in').list(episode.id),
    scope.records('flare').list(episode.id),
    scope.records('measure').list(episode.id),
    scope.records('checkpoint').list(episode.id),
    scope.records('referral').list(episode.id),
    scope.records('movement-assessment').list(episode.id),
    scope.records('programme-version').list(episode.id),
    scope.exercises.list(),
  ]);
  return assembleStoredCaseFile(patient, episode, {
    goals, irritabilityGrades, sessions, checkIns, flares, measures, checkpoints, referrals, movementAssessments, programme,
  }, clinicExercises);
}

type RecordLists = Pick<StoredCaseFile, 'goals' | 'irritabilityGrades' | 'sessions' | 'checkIns' | 'flares' | 'measures' | 'checkpoints' | 'referrals' | 'movementAssessments' | 'programme'>;

/** The clinic's own exercises a programme names: the case file carries those, not the whole list. */
function namedExercises(programme: { items?: { exerciseId: string }[] }[], clinicExercises: readonly Exercise[]): Exercise[] {
  const named = new Set(programme.flatMap((version) => (version.items ?? []).map((item) => item.exerciseId)));
  return clinicExercises.filter((exercise) => named.has(exercise.id));
}

/**
 * The stored case file from an episode, its patient, its records (each list in id order, as read)
 * and the clinic's own exercises (the programme's are kept).
 */
export function assembleStoredCaseFile(
  patient: StoredPatient | null, episode: StoredEpisode, lists: Record<keyof RecordLists, { episodeId: string }[]>, clinicExercises: readonly Exercise[] = [],
): StoredCaseFile {
  const { intake, ongoingCare, patientId: _p, statusSince: _s, ...episodeFields } = episode;
  return {
    schemaVersion: 1,
    patient: { ...patient },
    episode: { ...episodeFields, patientId: episode.patientId },
    intake,
    goals: lists.goals.map(withoutEpisodeId),
    irritabilityGrades: lists.irritabilityGrades.map(withoutEpisodeId),
    sessions: lists.sessions.map(withoutEpisodeId),
    checkIns: lists.checkIns.map(withoutEpisodeId),
    flares: lists.flares.map(withoutEpisodeId),
    measures: lists.measures.map(withoutEpisodeId),
    checkpoints: lists.checkpoints.map(withoutEpisodeId),
    referrals: lists.referrals.map(withoutEpisodeId),
    ongoingCare,
    movementAssessments: lists.movementAssessments.map(withoutEpisodeId),
    programme: lists.programme.map(withoutEpisodeId),
    clinicExercises: namedExercises(lists.programme as { items?: { exerciseId: string }[] }[], clinicExercises),
  };
}

/** The engine's input; a case file the stored records would make invalid is a validation error. */
export function toCaseFile(stored: StoredCaseFile): CaseFile {
  const parsed = caseFileSchema.safeParse(stored);
  if (!parsed.success) throw validationError(parsed.error, 'episode (the change conflicts with its other records)');
  return parsed.data;
}
