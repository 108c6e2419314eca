// The relief window's trend: the latest known window against the best before it. Growing when it is
// at least `reliefWindowGrowthDays` longer, shrinking when that much shorter, else stable.
import type { Settings } from '../settings/catalogue.ts';
import type { Finding } from './assessment.ts';
import type { ReliefWindow } from './relief-window.ts';
import { plural } from './statistics.ts';

export function reliefWindowTrend(windows: readonly ReliefWindow[], settings: Settings): Finding<'growing' | 'stable' | 'shrinking' | 'unknown'> {
  // A window still holding is censored: it can show growth, but not yet shrinkage.
  const best = Math.max(0, ...windows.slice(0, -1).map((w) => w.reliefDays ?? 0));
  const known = windows.filter((w) => w.reliefDays !== null && !(w.ongoing && (w.reliefDays ?? 0) < best + settings.reliefWindowGrowthDays));
  const latest = known[known.length - 1];
  const earlier = known.slice(0, -1).map((w) => w.reliefDays ?? 0);
  if (!latest || latest.reliefDays === null || earlier.length === 0) {
    return { value: 'unknown', reasons: [{ rule: 'relief-window-trend', text: `${plural(known.length, 'relief window')} known; a trend needs two.` }] };
  }
  const bestBefore = Math.max(...earlier);
  const step = settings.reliefWindowGrowthDays;
  const value = latest.reliefDays >= bestBefore + step ? 'growing' : latest.reliefDays <= bestBefore - step ? 'shrinking' : 'stable';
  return { value, reasons: [{ rule: 'relief-window-trend', text: `Latest window ${plural(latest.reliefDays, 'day')} against a best of ${plural(bestBefore, 'day')} before (a change of ${plural(step, 'day')} counts): ${value}.` }] };
}
