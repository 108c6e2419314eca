// Episodes of care: opening one, reading it as a case file, editing it, its intake, and the
// declaration of ongoing care. Every change keeps its before and after in the audit row, and no
// date of what has happened may lie after today.
import { AppError } from '../domain/errors.ts';
import { episodeSchema, intakeSchema, isoDateSchema, ongoingCareSchema, versionSchema as version, type Assessment } from '../domain/index.ts';
import type { StoredEpisode } from '../store/index.ts';
import { onEpisode, onPatient, refreshSummary } from './access.ts';
import { changedFields } from './audit-detail.ts';
import { loadStoredCaseFile, toCaseFile, type StoredCaseFile } from './case-file.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { refuseDatesAfterToday } from './dates-after-today.ts';
import { intakeEditSchema, settledIntake } from './intake-rules.ts';
import { parseInput } from './parse-input.ts';

export { intakeEditSchema };
export const newEpisodeSchema = episodeSchema.omit({ id: true });
export const episodeEditSchema = newEpisodeSchema.extend({ version });
export const ongoingCareEditSchema = ongoingCareSchema.extend({ version });

export const emptyIntake = intakeSchema.parse({});

export async function openEpisode(deps: ServiceDeps, actor: Actor, patientId: string, input: unknown, now: Date): Promise<StoredCaseFile> {
  const episode = parseInput(newEpisodeSchema, input, 'episode');
  return onPatient(deps, actor, now, patientId, 'write-clinical', async ({ scope, note, rules }) => {
    refuseDatesAfterToday('episode', episode, (await rules()).today, now);
    const stored = await scope.episodes.insert({
      ...episode, id: deps.store.newId(), patientId, statusSince: episode.startDate, intake: emptyIntake, ongoingCare: null,
    }, now);
    note({ action: 'create', recordType: 'episode', recordId: stored.id, patientId });
    await refreshSummary(deps, scope, await rules(), stored, now);
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

/** The fields of an episode a person edits (what the audit row compares). */
const episodeFields = ({ intake: _i, ongoingCare: _o, version: _v, ...fields }: StoredEpisode): Omit<StoredEpisode, 'intake' | 'ongoingCare' | 'version'> => fields;

export async function editEpisode(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<StoredCaseFile> {
  const { version: v, ...changes } = parseInput(episodeEditSchema, input, 'episode');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, episode, note, episodeChanged, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday('episode', changes, today, now);
    const statusSince = changes.status === episode.status ? episode.statusSince : today;
    // A full replacement: an optional field left out is cleared.
    const updated = await scope.episodes.update(episodeId, v, { complaint: undefined, painDurationMonths: undefined, expectations: undefined, ...changes, statusSince });
    episodeChanged(updated);
    note({ action: 'update', recordType: 'episode', recordId: episodeId, detail: changedFields(episodeFields(episode), episodeFields(updated)) });
    return loadStoredCaseFile(scope, updated);
  });
  return result;
}

export async function recordIntake(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<StoredCaseFile> {
  const { version: v, ...intake } = parseInput(intakeEditSchema, input, 'intake');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, episode, note, episodeChanged, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday('intake', intake, today, now);
    const settled = settledIntake(intake, episode, actor, today);
    const updated = await scope.episodes.update(episodeId, v, { intake: settled });
    episodeChanged(updated);
    note({ action: 'update', recordType: 'intake', recordId: episodeId, detail: changedFields(episode.intake, updated.intake) });
    return loadStoredCaseFile(scope, updated);
  });
  return result;
}

/** Care that continues on purpose: a reason and a review date (spec §2), and the status that says so. */
export async function declareOngoingCare(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<StoredCaseFile> {
  const { version: v, ...ongoingCare } = parseInput(ongoingCareEditSchema, input, 'ongoing care');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, episode, note, episodeChanged, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday('ongoing-care', ongoingCare, today, now);
    if (episode.status !== 'active' && episode.status !== 'ongoing-care') {
      throw new AppError('conflict', `an episode that is ${episode.status} cannot continue as ongoing care`);
    }
    const updated = await scope.episodes.update(episodeId, v, { ongoingCare, status: 'ongoing-care', statusSince: ongoingCare.declaredOn });
    episodeChanged(updated);
    note({
      action: 'update', recordType: 'ongoing-care', recordId: episodeId,
      detail: changedFields({ ongoingCare: episode.ongoingCare, status: episode.status }, { ongoingCare: updated.ongoingCare, status: updated.status }),
    });
    return loadStoredCaseFile(scope, updated);
  });
  return result;
}

export const asOfSchema = isoDateSchema.describe('Assess as of this date (YYYY-MM-DD); default today in the clinic\'s time zone');

/**
 * The engine's assessment of the episode as of a date (default the clinic's today), under the
 * clinic's settings of this moment; computed, never stored.
 */
export async function getAssessment(deps: ServiceDeps, actor: Actor, episodeId: string, asOf: string | undefined, now: Date): Promise<Assessment> {
  const given = asOf === undefined ? undefined : parseInput(asOfSchema, asOf, 'asOf');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ caseFile, note, rules }) => {
    note({ action: 'read', recordType: 'assessment', recordId: episodeId });
    const clinic = await rules();
    return deps.assess(toCaseFile(await caseFile()), given ?? clinic.today, clinic.settings.values);
  });
  return result;
}
