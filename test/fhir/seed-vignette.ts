// A vignette of test/cases entered into a clinic the way a clinician would, one use-case at a time
// (register, open the episode, intake, goals, sessions, programme, movement assessments, check-ins,
// flares, measures, checkpoints, referrals, ongoing care, status), so the FHIR tests export records the services wrote.
import type { CaseFile } from '../../src/domain/index.ts';
import { completedAnswers } from '../support/screens.ts';
import {
  addRecord, changeProgramme, declareOngoingCare, editEpisode, getEpisode, holdCheckpoint, openEpisode, recordCheckIn, recordIntake, registerPatient,
  type Actor, type ServiceDeps,
} from '../../src/services/index.ts';

export async function seedVignette(deps: ServiceDeps, actor: Actor, file: CaseFile, now: Date): Promise<{ patientId: string; episodeId: string }> {
  const { id: _p, ...patient } = file.patient;
  const { id: patientId } = await registerPatient(deps, actor, patient, now);
  const { id: _e, status, ...episode } = file.episode;
  const stored = await openEpisode(deps, actor, patientId, { ...episode, status: 'active' }, now);
  const episodeId = String(stored.episode.id);
  // A clinician answers every red-flag item the screen asks; the vignettes list only the ones they are about.
  const { redFlags } = file.intake;
  const intake = redFlags?.status === 'done' ? { ...file.intake, redFlags: { ...redFlags, answers: completedAnswers(redFlags.answers, file.episode.regions) } } : file.intake;
  await recordIntake(deps, actor, episodeId, { ...intake, version: stored.episode.version }, now);
  const goalIds = new Map<string, string>();
  for (const { id, ...goal } of file.goals) goalIds.set(id, (await addRecord(deps, actor, 'goal', episodeId, goal, now)).id);
  const goalId = (id: string): string => goalIds.get(id) ?? id;
  for (const { id: _s, ...session } of file.sessions) {
    await addRecord(deps, actor, 'session', episodeId, { ...session, findings: session.findings.map((f) => ({ ...f, goalId: goalId(f.goalId) })) }, now);
  }
  // The programme (by version) before the check-ins that log it.
  for (const [i, version] of file.programme.entries()) await changeProgramme(deps, actor, episodeId, { date: version.date, reason: version.reason, items: version.items, basedOn: i }, now);
  for (const { id: _a, ...assessment } of file.movementAssessments) await addRecord(deps, actor, 'movement-assessment', episodeId, assessment, now);
  for (const { id, ...checkIn } of file.checkIns) {
    await recordCheckIn(deps, actor, episodeId, `seed-${id}-key`, { ...checkIn, goals: checkIn.goals.map((g) => ({ ...g, goalId: goalId(g.goalId) })) }, now);
  }
  for (const { id: _f, ...flare } of file.flares) await addRecord(deps, actor, 'flare', episodeId, flare, now);
  for (const { id: _m, ...measure } of file.measures) await addRecord(deps, actor, 'measure', episodeId, measure, now);
  for (const checkpoint of file.checkpoints) await holdCheckpoint(deps, actor, episodeId, { date: checkpoint.date, decision: checkpoint.decision }, now);
  for (const { id: _r, ...referral } of file.referrals) await addRecord(deps, actor, 'referral', episodeId, referral, now);
  const version = async (): Promise<number> => Number((await getEpisode(deps, actor, episodeId, now)).episode.version);
  if (file.ongoingCare) await declareOngoingCare(deps, actor, episodeId, { ...file.ongoingCare, version: await version() }, now);
  if (status !== 'active' && status !== 'ongoing-care') await editEpisode(deps, actor, episodeId, { ...episode, status, version: await version() }, now);
  return { patientId, episodeId };
}
