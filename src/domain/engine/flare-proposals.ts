// Flares the engine proposes from check-ins (spec §3: a flare may be proposed by the engine). A run
// of check-ins whose pain is at least `flareDetectPainRise` above the baseline, and at least
// `flareDetectMinPain` (spec §4c.4), is a proposed flare.
// The baseline is the patient's level without relief (unrelieved-baseline.ts). The flare ends the day
// after its last raised check-in, or at the next check-in back below the line if that comes first, so
// days without a check-in do not stretch it; and a raised check-in more than MAX_BRIDGED_DAYS after
// the last raised one starts a new flare: flares mostly last under a day and a normal one settles
// within 72 h (reference §7), so two raised days a week apart with nothing between are two flares,
// not one flare of a week (joining them made false "reassess" verdicts, docs/accuracy.md). Days
// covered by a recorded flare are left to it.
import type { CaseFile, Flare } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayNumber, dayOf } from '../time.ts';
import { readBaseline } from './unrelieved-baseline.ts';

/** The longest run of days without a check-in a proposed flare is assumed to last through (heuristic, see above). */
const MAX_BRIDGED_DAYS = 2;

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
  // Check-ins in time order, day numbers computed once: each baseline reads back from its own check-in.
  const pain = file.checkIns.map((c) => ({ day: dayOf(c.date), dayNumber: dayNumber(c.date), value: c.painNow, withoutRelief: c.reliefSinceLastSession === undefined ? null : !c.reliefSinceLastSession }));
  const proposals: ProposedFlare[] = [];
  let current: ProposedFlare | null = null;
  let lastRaised = '';
  const recorded = recordedRanges(file, asOfEnd);
  for (let i = 0; i < pain.length; i++) {
    const entry = pain[i];
    if (!entry) continue;
    if (current && entry.dayNumber - dayNumber(lastRaised) > MAX_BRIDGED_DAYS) {
      current.end = addDays(lastRaised, 1);
      proposals.push(current);
      current = null;
    }
    if (current) {
      if (entry.value < current.baselinePain + settings.flareDetectPainRise || entry.value < settings.flareDetectMinPain) {
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
    const { level: baseline, relievedOnly } = readBaseline(pain, i, entry.dayNumber, (p) => p.withoutRelief, settings);
    // Spec §4c.4: at least the minimal important change above baseline, and at least flareDetectMinPain.
    if (baseline === null || entry.value < baseline + settings.flareDetectPainRise || entry.value < settings.flareDetectMinPain) continue;
    // Every recent day relieved, and today the relief has ended: symptoms returning to a level this
    // record never showed without relief, not a rise above it.
    if (relievedOnly && entry.withoutRelief === true) continue;
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
