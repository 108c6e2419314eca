// The records of a case file that stand: every record marked removed left out, whatever its day.
// For what leaves the clinic (a FHIR export): a removed record must not come back to life in a system
// that cannot read the removal marker. A removed goal takes with it the session findings and check-in
// answers that rated it. (The engine does not use this: it drops a record from its removal day on,
// so a replay of an earlier day still sees it; see engine/as-of.ts.)
import type { CaseFile } from './case-file.ts';

export function withoutRemovedRecords(file: CaseFile): CaseFile {
  const stands = <T extends { removed?: unknown }>(record: T): boolean => record.removed === undefined;
  const removedGoals = new Set(file.goals.filter((goal) => !stands(goal)).map((goal) => goal.id));
  const rated = <T extends { goalId: string }>(entry: T): boolean => !removedGoals.has(entry.goalId);
  return {
    ...file,
    intake: { ...file.intake, imaging: file.intake.imaging.filter(stands) },
    goals: file.goals.filter(stands),
    sessions: file.sessions.filter(stands).map((session) => ({ ...session, findings: session.findings.filter(rated) })),
    checkIns: file.checkIns.map((checkIn) => ({ ...checkIn, goals: checkIn.goals.filter(rated) })),
    flares: file.flares.filter(stands),
    measures: file.measures.filter(stands),
    checkpoints: file.checkpoints.filter(stands),
    referrals: file.referrals.filter(stands),
  };
}
