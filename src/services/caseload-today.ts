// One caseload row as a clinician's "today" list reads it (issue 18, item 9): the facts that move with
// the calendar, worked out from today (the summary is as of its last write): is the checkpoint overdue
// or due today, has active care lapsed, and is a patient whose phase is graduated while the episode is
// still active ready to graduate. For such a patient the next step is graduation, so the row offers
// it instead of calling the checkpoint overdue.
import type { Settings } from '../domain/index.ts';
import type { CaseloadRow } from '../store/index.ts';

export interface CaseloadEntry extends CaseloadRow {
  checkpointOverdue: boolean;
  checkpointDueToday: boolean;
  /** Phase graduated while the episode is still active: the clinician's next step is graduation. */
  readyToGraduate: boolean;
  /** In blended or active-dominant care with no active minutes for at least the setting's days: since when. */
  activeCareLapse: { since: string; days: number } | null;
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function caseloadEntry(row: CaseloadRow, today: string, settings: Pick<Settings, 'activeCareLapseDays'>): CaseloadEntry {
  const { summary } = row;
  if (summary === null) return { ...row, checkpointOverdue: false, checkpointDueToday: false, readyToGraduate: false, activeCareLapse: null };
  const readyToGraduate = summary.phase === 'graduated' && row.status === 'active';
  // Declared ongoing care runs on its review date, not the checkpoint interval (spec §4c.6).
  const onReviewDate = summary.sideStatuses.includes('ongoing-care');
  const lapsed = summary.lastActiveCareOn === null ? null : daysBetween(summary.lastActiveCareOn, today);
  const shown = readyToGraduate
    ? { ...summary, flags: summary.flags.filter((f) => f !== 'checkpoint-overdue'), flagReasons: summary.flagReasons.filter((f) => f.code !== 'checkpoint-overdue') }
    : summary;
  return {
    ...row,
    summary: shown,
    checkpointOverdue: !readyToGraduate && !onReviewDate && summary.nextCheckpoint < today,
    checkpointDueToday: !readyToGraduate && !onReviewDate && summary.nextCheckpoint === today,
    readyToGraduate,
    activeCareLapse: lapsed !== null && lapsed >= settings.activeCareLapseDays && summary.lastActiveCareOn !== null
      ? { since: summary.lastActiveCareOn, days: lapsed } : null,
  };
}
