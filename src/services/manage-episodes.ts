// Episodes of care: opening one, reading it as a case file, editing it, its intake, and the
// declaration of ongoing care.
import { AppError } from '../domain/errors.ts';
import { episodeSchema, intakeSchema, isoDateSchema, ongoingCareSchema, versionSchema as version, type Assessment } from '../domain/index.ts';
import type { StoredEpisode } from '../store/index.ts';
import { onEpisode, onPatient, refreshSummary } from './access.ts';
import { loadStoredCaseFile, toCaseFile, type StoredCaseFile } from './case-file.ts';
import { dayOfInstant, type Actor, type ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';

export const newEpisodeSchema = episodeSchema.omit({ id: true });
export const episodeEditSchema = newEpisodeSchema.extend({ version });
export const intakeEditSchema = intakeSchema.extend({ version });
export const ongoingCareEditSchema = ongoingCareSchema.extend({ version });

const emptyIntake = intakeSchema.parse({});

export async function openEpisode(deps: ServiceDeps, actor: Actor, patientId: string, input: unknown, now: Date): Promise<StoredCaseFile> {
  const episode = parseInput(newEpisodeSchema, input, 'episode');
  return onPatient(deps, actor, now, patientId, 'write-clinical', async ({ scope, note }) => {
    const stored = await scope.episodes.insert({
      ...episode, id: deps.store.newId(), patientId, statusSince: episode.startDate, intake: emptyIntake, ongoingCare: null,
    }, now);
    note({ action: 'create', recordType: 'episode', recordId: stored.id, patientId });
    await refreshSummary(deps, scope, stored, now);
    return loadStoredCaseFile(scope, stored);
  });
}

export async function listEpisodes(deps: ServiceDeps, actor: Actor, patientId: string, now: Date): Promise<StoredEpisode[]> {
  return onPatient(deps, actor, now, patientId, 'read-clinical', async ({ scope, note }) => {
    note({ action: 'read', recordType: 'episode-list', recordId: patientId, patientId });
    return scope.episodes.listForPatient(patientId);
  });
}

/** The episode as a case file (spec §6), each record with its version. */
export async function getEpisode(deps: ServiceDeps, actor: Actor, episodeId: string, now: Date): Promise<StoredCaseFile> {
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', ({ caseFile }) => caseFile());
  return result;
}

export async function editEpisode(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<StoredCaseFile> {
  const { version: v, ...changes } = parseInput(episodeEditSchema, input, 'episode');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, episode, episodeChanged }) => {
    const statusSince = changes.status === episode.status ? episode.statusSince : dayOfInstant(now);
    // A full replacement: an optional field left out is cleared.
    const updated = await scope.episodes.update(episodeId, v, { complaint: undefined, painDurationMonths: undefined, expectations: undefined, ...changes, statusSince });
    episodeChanged(updated);
    return loadStoredCaseFile(scope, updated);
  });
  return result;
}

export async function recordIntake(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<StoredCaseFile> {
  const { version: v, ...intake } = parseInput(intakeEditSchema, input, 'intake');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, note, episodeChanged }) => {
    const updated = await scope.episodes.update(episodeId, v, { intake });
    episodeChanged(updated);
    note({ action: 'update', recordType: 'intake', recordId: episodeId });
    return loadStoredCaseFile(scope, updated);
  });
  return result;
}

/** Care that continues on purpose: a reason and a review date (spec §2), and the status that says so. */
export async function declareOngoingCare(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<StoredCaseFile> {
  const { version: v, ...ongoingCare } = parseInput(ongoingCareEditSchema, input, 'ongoing care');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, episode, note, episodeChanged }) => {
    if (episode.status !== 'active' && episode.status !== 'ongoing-care') {
      throw new AppError('conflict', `an episode that is ${episode.status} cannot continue as ongoing care`);
    }
    const updated = await scope.episodes.update(episodeId, v, { ongoingCare, status: 'ongoing-care', statusSince: ongoingCare.declaredOn });
    episodeChanged(updated);
    note({ action: 'update', recordType: 'ongoing-care', recordId: episodeId });
    return loadStoredCaseFile(scope, updated);
  });
  return result;
}

export const asOfSchema = isoDateSchema.describe('Assess as of this date (YYYY-MM-DD); default today');

/** The engine's assessment of the episode as of a date (default today); computed, never stored. */
export async function getAssessment(deps: ServiceDeps, actor: Actor, episodeId: string, asOf: string | undefined, now: Date): Promise<Assessment> {
  const day = asOf === undefined ? dayOfInstant(now) : parseInput(asOfSchema, asOf, 'asOf');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ caseFile, note }) => {
    note({ action: 'read', recordType: 'assessment', recordId: episodeId });
    return deps.assess(toCaseFile(await caseFile()), day, deps.settings);
  });
  return result;
}
