// What a FHIR export reads (spec §6: $everything, read and search of the mapped resources): a
// patient's episodes as case files, each with its assessment as of today and the clinicians who
// appear in it. Plain data: the FHIR layer maps it to resources (services know no FHIR). Read
// through the access gate, so it is clinic-scoped and leaves one audit row per export.
import type { Assessment, CaseFile } from '../domain/index.ts';
import type { CareTeamMember, ClinicScope, StoredEpisode, StoredPatient, User } from '../store/index.ts';
import { onEpisode, onPatient } from './access.ts';
import { loadStoredCaseFile, toCaseFile, type StoredCaseFile } from './case-file.ts';
import { dayOfInstant, type Actor, type ServiceDeps } from './context.ts';

/** A clinician of the episode as the export names them (the case file holds clinician ids only). */
export interface PractitionerFacts {
  id: string;
  name?: string;
  discipline?: string;
  lead?: boolean;
}

export interface EpisodeHistory {
  patientId: string;
  episodeId: string;
  caseFile: CaseFile;
  /** The engine's assessment as of `asOf` (today): phase, flags and goal achievement in the export. */
  assessment: Assessment;
  asOf: string;
  practitioners: PractitionerFacts[];
}

export interface PatientHistory {
  patient: StoredPatient;
  episodes: EpisodeHistory[];
}

/** The care team plus any clinician named by a session, with names from the clinic's users. */
export function practitionerFacts(team: readonly CareTeamMember[], caseFile: CaseFile, userOf: (id: string) => User | undefined): PractitionerFacts[] {
  const ids = [...new Set([...team.map((m) => m.userId), ...caseFile.sessions.flatMap((s) => (s.clinicianId === undefined ? [] : [s.clinicianId]))])];
  const facts: PractitionerFacts[] = [];
  for (const id of ids) {
    const user = userOf(id);
    // A session may name a clinician of another system (an imported history): kept by id only.
    if (!user) continue;
    const member = team.find((m) => m.userId === id);
    const discipline = member?.discipline ?? user.discipline;
    facts.push({ id, name: user.name, ...(discipline === undefined ? {} : { discipline }), ...(member?.lead === true ? { lead: true } : {}) });
  }
  return facts;
}

/** One episode's history from its stored case file: checked by the case-file schema, assessed as of `asOf`. */
export function episodeHistory(deps: Pick<ServiceDeps, 'assess' | 'settings'>, episode: StoredEpisode, stored: StoredCaseFile, practitioners: (file: CaseFile) => PractitionerFacts[], asOf: string): EpisodeHistory {
  const caseFile = toCaseFile(stored);
  return {
    patientId: episode.patientId,
    episodeId: episode.id,
    caseFile,
    assessment: deps.assess(caseFile, asOf, deps.settings),
    asOf,
    practitioners: practitioners(caseFile),
  };
}

async function historyOf(deps: ServiceDeps, scope: ClinicScope, episode: StoredEpisode, team: CareTeamMember[], asOf: string): Promise<EpisodeHistory> {
  const stored = await loadStoredCaseFile(scope, episode);
  const ids = [...new Set([...team.map((m) => m.userId), ...stored.sessions.flatMap((s) => { const id = (s as { clinicianId?: string }).clinicianId; return id === undefined ? [] : [id]; })])];
  const users = new Map<string, User>();
  for (const id of ids) {
    const user = await scope.people.getUser(id);
    if (user) users.set(id, user);
  }
  return episodeHistory(deps, episode, stored, (file) => practitionerFacts(team, file, (id) => users.get(id)), asOf);
}

/** Every episode of one patient (Patient/{id}/$everything, search by patient). */
export async function exportPatientHistory(deps: ServiceDeps, actor: Actor, patientId: string, now: Date): Promise<PatientHistory> {
  const asOf = dayOfInstant(now);
  return onPatient(deps, actor, now, patientId, 'read-clinical', async ({ scope, patient, note }) => {
    const [episodes, team] = await Promise.all([scope.episodes.listForPatient(patientId), scope.people.careTeam(patientId)]);
    const histories: EpisodeHistory[] = [];
    for (const episode of episodes) histories.push(await historyOf(deps, scope, episode, team, asOf));
    note({ action: 'read', recordType: 'patient-history', recordId: patientId, patientId });
    return { patient, episodes: histories };
  });
}

/** One episode (read of a resource that belongs to it). */
export async function exportEpisodeHistory(deps: ServiceDeps, actor: Actor, episodeId: string, now: Date): Promise<EpisodeHistory> {
  const asOf = dayOfInstant(now);
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ scope, episode, note }) => {
    note({ action: 'read', recordType: 'episode-history', recordId: episodeId });
    return historyOf(deps, scope, episode, await scope.people.careTeam(episode.patientId), asOf);
  });
  return result;
}
