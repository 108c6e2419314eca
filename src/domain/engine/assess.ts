// assess(episode, asOf, settings): the progression engine (spec §4, §4a, §4c). Pure: the same case
// file, as-of day and settings always give the same assessment; records dated after the as-of day
// are invisible; the order records arrive in does not matter. Each step is one rule file, in this
// order: intake and irritability -> relief windows, passive share, goals -> the early phase, which
// flares are classified against -> the entry points and the phase history -> plateau -> checkpoint
// -> flags -> recommendations -> conversation drafts.
import { draftConversations } from '../conversations/draft-conversations.ts';
import { auditGuidelines } from '../guidelines/index.ts';
import { contextualiseImaging } from '../imaging/index.ts';
import { ageOn } from '../time.ts';
import type { CaseFile } from '../records/case-file.ts';
import { suggestIrritability } from '../screens/index.ts';
import type { Phase, SideStatus } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { knownOn } from './as-of.ts';
import type { Assessment, Finding, PhaseChange } from './assessment.ts';
import { checkpointStatus } from './checkpoint.ts';
import { entryPoints, firstResponse, startsBlended } from './entry-points.ts';
import { assessFlares, type EarlyPhase } from './flares.ts';
import { flagsFor } from './flags.ts';
import { goalProgress } from './goal-progress.ts';
import { intakeStatus, type IntakeStatus } from './intake-status.ts';
import { passiveShares, passiveShareTrend } from './passive-share.ts';
import { phaseHistory } from './phase.ts';
import { detectPlateau } from './plateau.ts';
import { adviseProgramme, attributeLoadFlares, gateGraduation, selfManagement, withLoggedActiveMinutes } from './programme/index.ts';
import { recommend } from './recommendations.ts';
import { reliefWindows, type ReliefWindow } from './relief-window.ts';
import { reliefWindowTrend } from './relief-window-trend.ts';

function sideStatuses(file: CaseFile, urgent: boolean, plateau: boolean): SideStatus[] {
  const statuses: SideStatus[] = [];
  if (urgent) statuses.push('urgent-referral');
  if (plateau) statuses.push('plateau');
  if (file.ongoingCare || file.episode.status === 'ongoing-care') statuses.push('ongoing-care');
  if (file.episode.status === 'referred' || file.referrals.some((r) => r.status === 'active' || r.status === 'completed')) statuses.push('referred');
  return statuses;
}

/** The establishing-response phase, which expected soreness belongs to (spec §4a.2): it ends at the first relief window. */
function earlyPhase(intake: IntakeStatus, windows: readonly ReliefWindow[], settings: Settings): EarlyPhase | null {
  if (!intake.complete || intake.startDay === null || startsBlended(intake)) return null;
  const first = firstResponse(windows, settings.firstWindowDays);
  return { from: intake.startDay, until: first === null ? null : first.day > intake.startDay ? first.day : intake.startDay };
}

const PASSIVE_PHASES: readonly Phase[] = ['screening', 'establishing-response', 'extending-window'];

/** Once care is blended the relief window is no longer the progress measure (spec §4c.1). */
function windowTrend(windows: readonly ReliefWindow[], phase: Phase, history: readonly PhaseChange[], settings: Settings): Finding<'growing' | 'stable' | 'shrinking' | 'unknown'> {
  if (PASSIVE_PHASES.includes(phase)) return reliefWindowTrend(windows, settings);
  const blended = history.find((h) => h.phase === 'blended')?.since ?? history.at(-1)?.since ?? '';
  return { value: 'unknown', reasons: [{ rule: 'relief-window-trend', text: `Blended care since ${blended}: the relief window between sessions is no longer the progress measure; the goals and the active work are.` }] };
}

export function assess(episode: CaseFile, asOf: string, settings: Settings): Assessment {
  const file = knownOn(episode, asOf);
  const intake = intakeStatus(file, asOf, settings);
  const windows = reliefWindows(file, asOf);
  const shares = withLoggedActiveMinutes(file, passiveShares(file));
  const goals = goalProgress(file, asOf, settings);

  // Flares are classified against the early phase; a flare that began within the set hours of a load
  // increase is attributed to it (spec §4b). The phase history then reads the classified flares.
  const flares = attributeLoadFlares(file, assessFlares(file, asOf, earlyPhase(intake, windows, settings), settings), settings);
  const points = entryPoints({ file, settings, intake, windows, shares, flares, asOf });
  const history = phaseHistory({ file, asOf, settings, intake, points, shares, flares, goals });
  const phase = history[history.length - 1]?.phase ?? 'screening';

  const plateau = detectPlateau({ file, asOf, settings, phase, history, windows, flares, goals });
  const checkpoint = checkpointStatus({ file, asOf, settings, phase, careStart: intake.startDay, windows, flares, goals, plateau, urgent: intake.urgent !== null });
  const imaging = file.intake.imaging.map((report) => {
    const ageAtScan = ageOn(file.patient.birthDate, report.date);
    return { reportId: report.id, date: report.date, ageAtScan, context: contextualiseImaging(report.text, ageAtScan) };
  });
  const imagingForPhysician = imaging.map((report) => ({
    reportId: report.reportId,
    date: report.date,
    reasons: report.context.forPhysician.map((item) => ({
      rule: 'imaging-for-physician',
      text: `Imaging report of ${report.date}: "${item.text}" (${item.reason}). This is not an age-typical finding: it needs the physician's review.`,
    })),
  })).filter((report) => report.reasons.length > 0);
  const flags = flagsFor({ file, asOf, settings, intake, flares, plateau: plateau.plateau, checkpoint, goals, history, imagingForPhysician });
  // The active phase (spec §4b): advice per exercise, and graduation only with a programme run alone.
  const programme = adviseProgramme(file, asOf, settings, flares);
  const management = selfManagement(file, asOf, settings);
  const recommendations = gateGraduation(recommend({
    file, asOf, settings, phase, history, intake, shares, flares, plateau: plateau.plateau, checkpoint, goals, flags, awaitingRegrade: points?.awaitingRegrade ?? null,
  }), management);

  const assessment: Omit<Assessment, 'conversations'> = {
    asOf,
    phase,
    phaseHistory: history,
    sideStatuses: sideStatuses(file, intake.urgent !== null, plateau.plateau !== null),
    reliefWindows: windows.map(({ knownOn: _knownOn, reliefDaysConfirmed: _confirmed, ...point }) => point),
    reliefWindowTrend: windowTrend(windows, phase, history, settings),
    flares,
    plateau: plateau.plateau,
    passiveShare: shares,
    passiveShareTrend: passiveShareTrend(shares, settings),
    goals,
    checkpoint,
    recommendations,
    flags,
    screening: {
      redFlags: intake.redFlags,
      psychosocial: intake.psychosocial,
      irritability: {
        confirmed: intake.irritability,
        current: intake.irritabilityGrade,
        grades: intake.grades,
        suggestion: file.intake.irritability.inputs ? suggestIrritability(file.intake.irritability.inputs, settings) : null,
      },
    },
    guidelineAudit: auditGuidelines(file, asOf, settings),
    imaging,
    programme,
    selfManagement: management,
  };
  return { ...assessment, conversations: draftConversations(file, assessment, settings) };
}
