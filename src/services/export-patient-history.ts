// What a FHIR export reads (spec §6: $everything, read and search of the mapped resources): a
// patient's episodes as case files, each with its assessment as of the clinic's today (under the
// clinic's settings) and the clinicians who
// appear in it. Plain data: the FHIR layer maps it to resources (services know no FHIR). Read
// through the access gate, so it is clinic-scoped and leaves one audit row per export.
import type { Assessment, CaseFile } from '../domain/index.ts';
import type { CareTeamMember, ClinicScope, DocumentRecord, StoredEpisode, StoredPatient, User } from '../store/index.ts';
import { onEpisode, onPatient } from './access.ts';
import { loadStoredCaseFile, toCaseFile, type StoredCaseFile } from './case-file.ts';
import type { ClinicRules } from './clinic-rules.ts';
import type { Actor, ServiceDeps } from './context.ts';

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
  /** The engine's assessment as of `asOf` (the clinic's today) under its settings: phase, flags and goal achievement in the export. */
  assessment: Assessment;
  asOf: string;
  settingsVersion: number;
  practitioners: PractitionerFacts[];
  /** The documents made of the episode (without their bytes). */
  documents: DocumentRecord[];
}

export interface PatientHistory {
  patient: StoredPatient;
  episodes: EpisodeHistory[];
}

/**
 * The care team plus any clinician named by a session or who made a document, with names from the
 * clinic's users (`userOf`).
 */
export function practitionerFacts(
  team: readonly CareTeamMember[], caseFile: CaseFile, userOf: (id: string) => User | undefined, documents: readonly DocumentRecord[] = [],
): PractitionerFacts[] {
  const makers = new Set(documents.map((d) => d.madeBy));
  const ids = [...new Set([...team.map((m) => m.userId), ...caseFile.sessions.flatMap((s) => (s.clinicianId === undefined ? [] : [s.clinicianId])), ...makers])];
  const facts: PractitionerFacts[] = [];
  for (const id of ids) {
    const user = userOf(id);
    // A session may name a clinician of another system (an imported history): kept by id only.
    if (!user) continue;
    // A patient who took home their own summary made a document, but is no practitioner.
    if (makers.has(id) && user.role !== 'clinician' && !team.some((m) => m.userId === id)) continue;
    const member = team.find((m) => m.userId === id);
    const discipline = member?.discipline ?? user.discipline;
    facts.push({ id, name: user.name, ...(discipline === undefined ? {} : { discipline }), ...(member?.lead === true ? { lead: true } : {}) });
  }
  return facts;
}

/**
 * One episode's history from its stored case file: checked by the case-file schema, assessed as of
 * the clinic's today under its settings.
 */
export function episodeHistory(
  deps: Pick<ServiceDeps, 'assess'>, episode: StoredEpisode, stored: StoredCaseFile, practitioners: (file: CaseFile) => PractitionerFacts[],
  clinic: Pick<ClinicRules, 'today' | 'settings'>, documents: DocumentRecord[],
): EpisodeHistory {
  const caseFile = toCaseFile(stored);
  return {
    patientId: episode.patientId,
    episodeId: episode.id,
    caseFile,
    assessment: deps.assess(caseFile, clinic.today, clinic.settings.values),
    asOf: clinic.today,
    settingsVersion: clinic.settings.version,
    practitioners: practitioners(caseFile),
    documents,
  };
}

async function historyOf(deps: ServiceDeps, scope: ClinicScope, episode: StoredEpisode, team: CareTeamMember[], clinic: ClinicRules): Promise<EpisodeHistory> {
  const [stored, documents] = await Promise.all([loadStoredCaseFile(scope, episode), scope.documents.listForEpisodes([episode.id])]);
  const sessionClinicians = stored.sessions.flatMap((s) => { const id = (s as { clinicianId?: string }).clinicianId; return id === undefined ? [] : [id]; });
  const ids = [...new Set([...team.map((m) => m.userId), ...sessionClinicians, ...documents.map((d) => d.madeBy)])];
  const users = new Map<string, User>();
  for (const id of ids) {
    const user = await scope.people.getUser(id);
    if (user) users.set(id, user);
  }
  return episodeHistory(deps, episode, stored, (file) => practitionerFacts(team, file, (id) => users.get(id), documents), clinic, documents);
}

/** Every episode of one patient (Patient/{id}/$everything, search by patient). */
export async function exportPatientHistory(deps: ServiceDeps, actor: Actor, patientId: string, now: Date): Promise<PatientHistory> {
  return onPatient(deps, actor, now, patientId, 'read-clinical', async ({ scope, patient, note, rules }) => {
    const [episodes, team, clinic] = await Promise.all([scope.episodes.listForPatient(patientId), scope.people.careTeam(patientId), rules()]);
    const histories: EpisodeHistory[] = [];
    for (const episode of episodes) histories.push(await historyOf(deps, scope, episode, team, clinic));
    note({ action: 'read', recordType: 'patient-history', recordId: patientId, patientId });
    return { patient, episodes: histories };
  });
}

/** One episode (read of a resource that belongs to it). */
export async function exportEpisodeHistory(deps: ServiceDeps, actor: Actor, episodeId: string, now: Date): Promise<EpisodeHistory> {
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ scope, episode, note, rules }) => {
    note({ action: 'read', recordType: 'episode-history', recordId: episodeId });
    return historyOf(deps, scope, episode, await scope.people.careTeam(episode.patientId), await rules());
  });
  return result;
}
