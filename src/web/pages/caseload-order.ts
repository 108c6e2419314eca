// Filtering and sorting the caseload: pure functions, so the page stays a view.
import type { CaseloadEntry, FlagCode, Phase } from '../client/types.ts';
import { flagLabel, flagSeverity, phaseLabel } from '../words.ts';

export type CaseloadSort = 'urgency' | 'name' | 'phase' | 'next-checkpoint';
export type FlagFilter = 'all' | 'any-flag' | 'no-flag' | 'today' | FlagCode;

/** Something for today beside the flags: graduation ready, a checkpoint due today, an unread note, active care lapsed. */
export function hasTodayItem(entry: CaseloadEntry): boolean {
  return entry.readyToGraduate || entry.checkpointDueToday || (entry.summary?.unreadNotes ?? 0) > 0 || entry.activeCareLapse !== null;
}

const phaseOrder = Object.keys(phaseLabel) as Phase[];
const isFlag = (code: string): code is FlagCode => code in flagLabel;

/**
 * The most urgent flag's rank (lower is more urgent); a row with only something for today comes after
 * the flagged rows of the same or higher urgency; rows with neither come last.
 */
export function urgency(entry: CaseloadEntry): number {
  const flags = entry.summary?.flags ?? [];
  const flagRank = flags.reduce((best, flag) => Math.min(best, isFlag(flag) ? flagSeverity[flag] : 50), 100);
  return Math.min(flagRank, hasTodayItem(entry) ? 60 : 100);
}

export function filterCaseload(entries: readonly CaseloadEntry[], filter: FlagFilter, search: string): CaseloadEntry[] {
  const needle = search.trim().toLowerCase();
  return entries.filter((entry) => {
    const flags = entry.summary?.flags ?? [];
    if (filter === 'any-flag' && flags.length === 0) return false;
    if (filter === 'no-flag' && flags.length > 0) return false;
    if (filter === 'today' && !hasTodayItem(entry)) return false;
    if (filter !== 'all' && filter !== 'any-flag' && filter !== 'no-flag' && filter !== 'today' && !flags.includes(filter)) return false;
    return needle === '' || (entry.patientName ?? '').toLowerCase().includes(needle);
  });
}

export function sortCaseload(entries: readonly CaseloadEntry[], sort: CaseloadSort): CaseloadEntry[] {
  const byName = (a: CaseloadEntry, b: CaseloadEntry): number => (a.patientName ?? '').localeCompare(b.patientName ?? '');
  const compare: Record<CaseloadSort, (a: CaseloadEntry, b: CaseloadEntry) => number> = {
    urgency: (a, b) => urgency(a) - urgency(b) || (b.summary?.flags.length ?? 0) - (a.summary?.flags.length ?? 0) || byName(a, b),
    name: byName,
    phase: (a, b) => phaseOrder.indexOf((a.summary?.phase ?? 'screening') as Phase) - phaseOrder.indexOf((b.summary?.phase ?? 'screening') as Phase) || byName(a, b),
    'next-checkpoint': (a, b) => (a.summary?.nextCheckpoint ?? '9999').localeCompare(b.summary?.nextCheckpoint ?? '9999') || byName(a, b),
  };
  return [...entries].sort(compare[sort]);
}
