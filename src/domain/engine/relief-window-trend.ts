// The relief window's trend: the latest known window against the best before it. Growing when it is
// at least `reliefWindowGrowthDays` longer, shrinking when that much shorter, else stable.
import type { Settings } from '../settings/catalogue.ts';
import type { Finding } from './assessment.ts';
import type { ReliefWindow } from './relief-window.ts';
import { plural } from './statistics.ts';

export function reliefWindowTrend(windows: readonly ReliefWindow[], settings: Settings): Finding<'growing' | 'stable' | 'shrinking' | 'unknown'> {
  const known = windows.filter((w) => w.reliefDays !== null);
  const latest = known[known.length - 1];
  const earlier = known.slice(0, -1).map((w) => w.reliefDays ?? 0);
  if (!latest || latest.reliefDays === null || earlier.length === 0) {
    return { value: 'unknown', reasons: [{ rule: 'relief-window-trend', text: `${plural(known.length, 'relief window')} known; a trend needs two.` }] };
  }
  const best = Math.max(...earlier);
  const step = settings.reliefWindowGrowthDays;
  const value = latest.reliefDays >= best + step ? 'growing' : latest.reliefDays <= best - step ? 'shrinking' : 'stable';
  return { value, reasons: [{ rule: 'relief-window-trend', text: `Latest window ${plural(latest.reliefDays, 'day')} against a best of ${plural(best, 'day')} before (a change of ${plural(step, 'day')} counts): ${value}.` }] };
}
