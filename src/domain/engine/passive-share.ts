// Passive share per session: passive minutes / (passive + active minutes) (spec §2), and its trend.
// The trend compares the mean share of the last three sessions with the three before; a change of
// at least `passiveShareTrendChange` counts as falling or rising (heuristic).
import type { CaseFile } from '../records/case-file.ts';
import { careKindOf } from '../records/modalities.ts';
import type { Settings } from '../settings/catalogue.ts';
import type { Finding, PassiveSharePoint } from './assessment.ts';
import { mean, percent } from './statistics.ts';

const TREND_SPAN = 3;

export function passiveShares(file: CaseFile): PassiveSharePoint[] {
  return file.sessions.map((session) => {
    let passiveMinutes = 0;
    let activeMinutes = 0;
    for (const given of session.modalities) {
      const kind = careKindOf(given.modality);
      if (kind === 'passive') passiveMinutes += given.minutes;
      else if (kind === 'active') activeMinutes += given.minutes;
    }
    const total = passiveMinutes + activeMinutes;
    return { sessionId: session.id, date: session.date, passiveMinutes, activeMinutes, share: total === 0 ? null : passiveMinutes / total };
  });
}

export function passiveShareTrend(points: readonly PassiveSharePoint[], settings: Settings): Finding<'falling' | 'stable' | 'rising' | 'unknown'> {
  const shares = points.map((p) => p.share).filter((s): s is number => s !== null);
  if (shares.length < TREND_SPAN * 2) {
    return { value: 'unknown', reasons: [{ rule: 'passive-share-trend', text: `Only ${shares.length} sessions with treatment minutes; the trend needs ${TREND_SPAN * 2}.` }] };
  }
  const recent = mean(shares.slice(-TREND_SPAN)) ?? 0;
  const before = mean(shares.slice(-TREND_SPAN * 2, -TREND_SPAN)) ?? 0;
  const change = recent - before;
  const threshold = settings.passiveShareTrendChange;
  // A tolerance, so that a fall of exactly the threshold (0.5 -> 0.4) is not lost to rounding.
  const epsilon = 1e-9;
  const value = change <= -threshold + epsilon ? 'falling' : change >= threshold - epsilon ? 'rising' : 'stable';
  return {
    value,
    reasons: [{
      rule: 'passive-share-trend',
      text: `Mean passive share of the last ${TREND_SPAN} sessions is ${percent(recent)}, against ${percent(before)} in the ${TREND_SPAN} before (a change of at least ${percent(threshold)} counts as a trend): ${value}.`,
    }],
  };
}
