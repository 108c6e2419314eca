// Flares the engine proposes from check-ins (spec §3: a flare may be proposed by the engine). A run
// of check-ins whose pain is at least `flareDetectPainRise` above the baseline (the median pain of the
// `flareBaselineDays` before the run) is a proposed flare; it ends on the first check-in back below
// that line. Days already covered by a recorded flare are left to the recorded one.
import type { CaseFile, Flare } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayNumber, dayOf, instant } from '../time.ts';
import { median } from './statistics.ts';

export interface ProposedFlare extends Flare {
  baselinePain: number;
}

function coveredByRecorded(file: CaseFile, day: string, asOfEnd: number): boolean {
  const at = dayNumber(day);
  return file.flares.some((flare) => {
    const start = dayNumber(flare.start);
    const end = flare.end !== undefined ? dayNumber(flare.end) : Math.floor(asOfEnd / 86_400_000);
    return at >= start - 1 && at <= end + 1;
  });
}

export function proposeFlares(file: CaseFile, settings: Settings, asOfEnd: number): ProposedFlare[] {
  const pain = file.checkIns.map((c) => ({ day: dayOf(c.date), value: c.painNow }));
  const proposals: ProposedFlare[] = [];
  let current: ProposedFlare | null = null;
  for (let i = 0; i < pain.length; i++) {
    const entry = pain[i];
    if (!entry) continue;
    if (current) {
      if (entry.value < current.baselinePain + settings.flareDetectPainRise) {
        current.end = entry.day;
        proposals.push(current);
        current = null;
      }
      continue;
    }
    const windowStart = dayNumber(entry.day) - settings.flareBaselineDays;
    const before = pain.slice(0, i).filter((p) => dayNumber(p.day) >= windowStart && dayNumber(p.day) < dayNumber(entry.day));
    const baseline = median(before.map((p) => p.value));
    if (baseline === null || entry.value < baseline + settings.flareDetectPainRise) continue;
    if (coveredByRecorded(file, entry.day, asOfEnd)) continue;
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
  // Keep the peak: the highest pain inside each run.
  for (const proposal of proposals) {
    const end = proposal.end !== undefined ? instant(proposal.end) : asOfEnd;
    const inRun = pain.filter((p) => instant(p.day) >= instant(proposal.start) && instant(p.day) < end);
    proposal.peakPain = Math.max(...inRun.map((p) => p.value));
  }
  return proposals;
}
