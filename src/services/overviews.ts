// What a page shows, read once (issue 18: every page fetched its data in two or three reads, so the
// audit log recorded each visit two or three times). One use-case per page kind, one transaction,
// one audit row: an episode with its case file, the engine's assessment as of today, the imaging in
// age context and the red-flag items its screen asks; a patient with their episodes and the one in
// care shown in full.
import type { Assessment } from '../domain/index.ts';
import { redFlagItemsFor, type RegionalRedFlagItem } from '../domain/index.ts';
import type { ClinicScope, StoredEpisode, StoredPatient } from '../store/index.ts';
import { onEpisode, onPatient } from './access.ts';
import { loadStoredCaseFile, toCaseFile, type StoredCaseFile } from './case-file.ts';
import type { ClinicRules } from './clinic-rules.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { imagingInContext, type ImagingReportInContext } from './imaging-context.ts';
import { readingsOf, type CheckInReading } from './read-check-in-notes.ts';

export interface EpisodeOverview {
  caseFile: StoredCaseFile;
  assessment: Assessment;
  imaging: ImagingReportInContext[];
  /** The red-flag items the screen asks for this episode's regions (the one list; the web app asks it). */
  redFlagItems: RegionalRedFlagItem[];
  /** Which check-in notes the care team has read: the staff's, in the same read (a patient gets none). */
  checkInReads: CheckInReading[];
}

export interface PatientOverview {
  patient: StoredPatient;
  episodes: StoredEpisode[];
  /** The episode to show: the one in care, else the latest; null before the first episode. */
  current: EpisodeOverview | null;
}

async function overviewOf(deps: ServiceDeps, scope: ClinicScope, rules: ClinicRules, episode: StoredEpisode, actor: Actor): Promise<EpisodeOverview> {
  const caseFile = await loadStoredCaseFile(scope, episode);
  const assessment = deps.assess(toCaseFile(caseFile), rules.today, rules.settings.values);
  const birthDate = typeof caseFile.patient.birthDate === 'string' ? caseFile.patient.birthDate : undefined;
  // Who read which note is the care team's business, read with the rest so a visit is one read.
  const checkInReads = actor.role === 'patient' ? [] : await readingsOf(scope, episode.id);
  return { caseFile, assessment, imaging: imagingInContext(episode.intake.imaging, birthDate), redFlagItems: redFlagItemsFor(episode.regions), checkInReads };
}

/** The episode in care, else the latest one started. */
export function currentEpisodeOf(episodes: readonly StoredEpisode[]): StoredEpisode | undefined {
  const inCare = episodes.filter((e) => e.status === 'active' || e.status === 'ongoing-care');
  return [...(inCare.length > 0 ? inCare : episodes)].sort((a, b) => b.startDate.localeCompare(a.startDate) || b.id.localeCompare(a.id))[0];
}

export async function getEpisodeOverview(deps: ServiceDeps, actor: Actor, episodeId: string, now: Date): Promise<EpisodeOverview> {
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ scope, episode, note, rules }) => {
    note({ action: 'read', recordType: 'episode', recordId: episodeId });
    return overviewOf(deps, scope, await rules(), episode, actor);
  });
  return result;
}

export async function getPatientOverview(deps: ServiceDeps, actor: Actor, patientId: string, now: Date): Promise<PatientOverview> {
  return onPatient(deps, actor, now, patientId, 'read-clinical', async ({ scope, patient, note, rules }) => {
    const episodes = await scope.episodes.listForPatient(patientId);
    const current = currentEpisodeOf(episodes);
    note({ action: 'read', recordType: 'patient-record', recordId: current?.id ?? patientId, patientId });
    return { patient, episodes, current: current ? await overviewOf(deps, scope, await rules(), current, actor) : null };
  });
}
