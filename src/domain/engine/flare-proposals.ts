// Flares the engine proposes from check-ins (spec §3: a flare may be proposed by the engine). A run
// of check-ins whose pain is at least `flareDetectPainRise` above the baseline is a proposed flare.
// The baseline is the patient's level *without* relief: the median pain of the `flareBaselineDays`
// before the run, counting only check-ins that did not report relief from the last session (when
// there are at least two; otherwise all of them). Symptoms coming back when a relief window closes
// are a return to baseline, not a flare: measured against simulated truth, a baseline of relieved
// days turned most window endings into false flares (docs/accuracy.md). The flare ends the day after
// its last raised check-in, or at the next check-in back below the line if that comes first, so
// days without a check-in do not stretch it. Days covered by a recorded flare are left to it.
import type { CaseFile, Flare } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayNumber, dayOf } from '../time.ts';
import { median } from './statistics.ts';

/** How many baseline windows back the unrelieved baseline may reach (heuristic: four weeks by default). */
const UNRELIEVED_LOOKBACK = 4;

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
  const pain = file.checkIns.map((c) => ({ day: dayOf(c.date), dayNumber: dayNumber(c.date), value: c.painNow, relieved: c.reliefSinceLastSession === true }));
  const proposals: ProposedFlare[] = [];
  let current: ProposedFlare | null = null;
  let lastRaised = '';
  const recorded = recordedRanges(file, asOfEnd);
  let windowStart = 0;
  for (let i = 0; i < pain.length; i++) {
    const entry = pain[i];
    if (!entry) continue;
    if (current) {
      if (entry.value < current.baselinePain + settings.flareDetectPainRise) {
        const dayAfterLastRaised = addDays(lastRaised, 1);
        current.end = dayAfterLastRaised < entry.day ? dayAfterLastRaised : entry.day;
        proposals.push(current);
        current = null;
      } else {
        current.peakPain = Math.max(current.peakPain ?? entry.value, entry.value);
        lastRaised = entry.day;
      }
      continue;
    }
    while ((pain[windowStart]?.dayNumber ?? Infinity) < entry.dayNumber - settings.flareBaselineDays) windowStart++;
    const before: number[] = [];
    for (let j = windowStart; j < i; j++) {
      const p = pain[j];
      if (p && p.dayNumber < entry.dayNumber) before.push(p.value);
    }
    // The last week's worth of check-ins without relief, looking back further when a long relief
    // window fills the last week (up to UNRELIEVED_LOOKBACK baseline windows).
    const unrelieved: number[] = [];
    const oldest = entry.dayNumber - settings.flareBaselineDays * UNRELIEVED_LOOKBACK;
    for (let j = i - 1; j >= 0 && unrelieved.length < settings.flareBaselineDays; j--) {
      const p = pain[j];
      if (!p || p.dayNumber < oldest) break;
      if (!p.relieved && p.dayNumber < entry.dayNumber) unrelieved.push(p.value);
    }
    const baseline = median(unrelieved.length >= 2 ? unrelieved : before);
    if (baseline === null || entry.value < baseline + settings.flareDetectPainRise) continue;
    if (recorded.some((r) => entry.dayNumber >= r.from && entry.dayNumber <= r.to)) continue;
    lastRaised = entry.day;
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
