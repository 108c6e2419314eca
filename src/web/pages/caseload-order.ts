// Filtering and sorting the caseload: pure functions, so the page stays a view.
import type { CaseloadEntry, FlagCode, Phase } from '../client/types.ts';
import { flagLabel, flagSeverity, phaseLabel } from '../words.ts';

export type CaseloadSort = 'urgency' | 'name' | 'phase' | 'next-checkpoint';
export type FlagFilter = 'all' | 'any-flag' | 'no-flag' | FlagCode;

const phaseOrder = Object.keys(phaseLabel) as Phase[];
const isFlag = (code: string): code is FlagCode => code in flagLabel;

/** The most urgent flag's rank (lower is more urgent); rows without flags come last. */
export function urgency(entry: CaseloadEntry): number {
  const flags = entry.summary?.flags ?? [];
  return flags.reduce((best, flag) => Math.min(best, isFlag(flag) ? flagSeverity[flag] : 50), 100);
}

export function filterCaseload(entries: readonly CaseloadEntry[], filter: FlagFilter, search: string): CaseloadEntry[] {
  const needle = search.trim().toLowerCase();
  return entries.filter((entry) => {
    const flags = entry.summary?.flags ?? [];
    if (filter === 'any-flag' && flags.length === 0) return false;
    if (filter === 'no-flag' && flags.length > 0) return false;
    if (filter !== 'all' && filter !== 'any-flag' && filter !== 'no-flag' && !flags.includes(filter)) return false;
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
