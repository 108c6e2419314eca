// The records of a case file that stand: every record marked removed left out, whatever its day.
// For what leaves the clinic (a FHIR export): a removed record must not come back to life in a system
// that cannot read the removal marker. A removed goal takes with it the session findings and check-in
// answers that rated it; a grade made at a removed session or checkpoint stands (the engine reads it
// too) but loses its link to the record that is gone, so nothing exported points at a missing one.
// (The engine does not use this: it drops a record from its removal day on, so a replay of an
// earlier day still sees it; see engine/as-of.ts.)
import type { CaseFile } from './case-file.ts';

export function withoutRemovedRecords(file: CaseFile): CaseFile {
  const stands = <T extends { removed?: unknown }>(record: T): boolean => record.removed === undefined;
  const removedGoals = new Set(file.goals.filter((goal) => !stands(goal)).map((goal) => goal.id));
  const rated = <T extends { goalId: string }>(entry: T): boolean => !removedGoals.has(entry.goalId);
  const removedContexts = new Set([...file.sessions, ...file.checkpoints].filter((record) => !stands(record)).map((record) => record.id));
  const unlinked = <T extends { contextId?: string | undefined }>({ contextId, ...grade }: T): T =>
    (contextId === undefined || removedContexts.has(contextId) ? grade : { ...grade, contextId }) as T;
  return {
    ...file,
    intake: { ...file.intake, imaging: file.intake.imaging.filter(stands) },
    irritabilityGrades: file.irritabilityGrades.filter(stands).map(unlinked),
    goals: file.goals.filter(stands),
    sessions: file.sessions.filter(stands).map((session) => ({ ...session, findings: session.findings.filter(rated) })),
    checkIns: file.checkIns.map((checkIn) => ({ ...checkIn, goals: checkIn.goals.filter(rated) })),
    flares: file.flares.filter(stands),
    measures: file.measures.filter(stands),
    checkpoints: file.checkpoints.filter(stands),
    referrals: file.referrals.filter(stands),
  };
}
