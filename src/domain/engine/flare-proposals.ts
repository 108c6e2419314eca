// Flares the engine proposes from check-ins (spec §3: a flare may be proposed by the engine). A run
// of check-ins whose pain is at least `flareDetectPainRise` above the baseline (the median pain of the
// `flareBaselineDays` before the run) is a proposed flare; it ends on the first check-in back below
// that line. Days already covered by a recorded flare are left to the recorded one.
import type { CaseFile, Flare } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayNumber, dayOf } from '../time.ts';
import { median } from './statistics.ts';

export interface ProposedFlare extends Flare {
  baselinePain: number;
}

/** The day-number ranges recorded flares cover, with a day's margin either side. */
function recordedRanges(file: CaseFile, asOfEnd: number): { from: number; to: number }[] {
  return file.flares.map((flare) => ({
    from: dayNumber(flare.start) - 1,
    to: (flare.end !== undefined ? dayNumber(flare.end) : Math.floor(asOfEnd / 86_400_000)) + 1,
  }));
}

export function proposeFlares(file: CaseFile, settings: Settings, asOfEnd: number): ProposedFlare[] {
  // Check-ins in time order; day numbers computed once (the baseline window slides with them).
  const pain = file.checkIns.map((c) => ({ day: dayOf(c.date), dayNumber: dayNumber(c.date), value: c.painNow }));
  const proposals: ProposedFlare[] = [];
  let current: ProposedFlare | null = null;
  const recorded = recordedRanges(file, asOfEnd);
  let windowStart = 0;
  for (let i = 0; i < pain.length; i++) {
    const entry = pain[i];
    if (!entry) continue;
    if (current) {
      if (entry.value < current.baselinePain + settings.flareDetectPainRise) {
        current.end = entry.day;
        proposals.push(current);
        current = null;
      } else {
        current.peakPain = Math.max(current.peakPain ?? entry.value, entry.value);
      }
      continue;
    }
    while ((pain[windowStart]?.dayNumber ?? Infinity) < entry.dayNumber - settings.flareBaselineDays) windowStart++;
    const before: number[] = [];
    for (let j = windowStart; j < i; j++) {
      const p = pain[j];
      if (p && p.dayNumber < entry.dayNumber) before.push(p.value);
    }
    const baseline = median(before);
    if (baseline === null || entry.value < baseline + settings.flareDetectPainRise) continue;
    if (recorded.some((r) => entry.dayNumber >= r.from && entry.dayNumber <= r.to)) continue;
    current = {
      id: `proposed-${entry.day}`,
      start: entry.day,
      cause: 'unknown',
      recordedBy: 'patient',
      peakPain: entry.value,
      baselinePain: baseline,
    };
  }
  if (current) proposals.push(current);
  return proposals;
}
