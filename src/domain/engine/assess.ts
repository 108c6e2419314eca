// assess(episode, asOf, settings): the progression engine (spec §4). Pure: the same case file,
// as-of day and settings always give the same assessment; records dated after the as-of day are
// invisible; the order records arrive in does not matter. Each step is one rule file.
import { draftConversations } from '../conversations/draft-conversations.ts';
import { auditGuidelines } from '../guidelines/index.ts';
import { contextualiseImaging } from '../imaging/index.ts';
import { ageOn } from '../time.ts';
import type { CaseFile } from '../records/case-file.ts';
import { suggestIrritability } from '../screens/index.ts';
import type { SideStatus } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { knownOn } from './as-of.ts';
import type { Assessment, PhaseChange } from './assessment.ts';
import { checkpointStatus } from './checkpoint.ts';
import { assessFlares } from './flares.ts';
import { flagsFor } from './flags.ts';
import { goalProgress } from './goal-progress.ts';
import { intakeStatus } from './intake-status.ts';
import { passiveShares, passiveShareTrend } from './passive-share.ts';
import { blendedSince, movementEntryBlockedByIrritability, phaseHistory } from './phase.ts';
import { detectPlateau } from './plateau.ts';
import { adviseProgramme, attributeLoadFlares, gateGraduation, selfManagement, withLoggedActiveMinutes } from './programme/index.ts';
import { recommend } from './recommendations.ts';
import { reliefWindows } from './relief-window.ts';
import { reliefWindowTrend } from './relief-window-trend.ts';

function sideStatuses(file: CaseFile, urgent: boolean, plateau: boolean): SideStatus[] {
  const statuses: SideStatus[] = [];
  if (urgent) statuses.push('urgent-referral');
  if (plateau) statuses.push('plateau');
  if (file.ongoingCare || file.episode.status === 'ongoing-care') statuses.push('ongoing-care');
  if (file.episode.status === 'referred' || file.referrals.some((r) => r.status === 'active' || r.status === 'completed')) statuses.push('referred');
  return statuses;
}

export function assess(episode: CaseFile, asOf: string, settings: Settings): Assessment {
  const file = knownOn(episode, asOf);
  const intake = intakeStatus(file, asOf, settings);
  const windows = reliefWindows(file, asOf);
  const shares = withLoggedActiveMinutes(file, passiveShares(file));
  const goals = goalProgress(file, asOf, settings);

  // Flares are classified against the early phase, which ends at movement entry; the phase history
  // then reads the classified flares (a reassess flare steps active-dominant back to blended).
  const earlyUntil = blendedSince({ settings, intake, windows });
  const flares = attributeLoadFlares(file, assessFlares(file, asOf, earlyUntil, settings), settings);
  const history: PhaseChange[] = phaseHistory({ file, asOf, settings, intake, windows, shares, flares, goals });
  const phase = history[history.length - 1]?.phase ?? 'screening';

  const { plateau, notes } = detectPlateau({ file, asOf, settings, phase, windows, flares, goals });
  const checkpoint = checkpointStatus({ file, asOf, settings, phase, windows, flares, goals, plateau, plateauNotes: notes, urgent: intake.urgent !== null });
  const flags = flagsFor({ file, asOf, settings, intake, flares, plateau, checkpoint, goals });
  const movementBlocked = movementEntryBlockedByIrritability({ file, asOf, settings, intake, windows, shares, flares, goals });
  const imaging = file.intake.imaging.map((report) => {
    const ageAtScan = ageOn(file.patient.birthDate, report.date);
    return { reportId: report.id, date: report.date, ageAtScan, context: contextualiseImaging(report.text, ageAtScan) };
  });
  const imagingForPhysician = imaging.flatMap((report) => report.context.forPhysician.map((item) => ({
    rule: 'imaging-for-physician',
    text: `Imaging report of ${report.date}: "${item.text}" (${item.reason}). This is not an age-typical finding: it needs the physician's review.`,
  })));
  // The active phase (spec §4b): advice per exercise, and graduation only with a programme run alone.
  const programme = adviseProgramme(file, asOf, settings, flares);
  const management = selfManagement(file, asOf, settings);
  const recommendations = gateGraduation(recommend({ file, asOf, settings, phase, intake, shares, flares, plateau, checkpoint, goals, flags, movementBlocked, imagingForPhysician }), management);

  const assessment: Omit<Assessment, 'conversations'> = {
    asOf,
    phase,
    phaseHistory: history,
    sideStatuses: sideStatuses(file, intake.urgent !== null, plateau !== null),
    reliefWindows: windows.map(({ knownOn: _knownOn, reliefDaysConfirmed: _confirmed, ...point }) => point),
    reliefWindowTrend: reliefWindowTrend(windows, settings),
    flares,
    plateau,
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

