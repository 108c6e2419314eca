// The number behind an instrument's minimal important change or detectable change. Where the settings
// catalogue holds it (painMic, odiMic, ...) the clinic's settings decide, so a clinic that changes
// odiMic changes it everywhere at once.
import { defaultSettings } from '../settings/settings.ts';
import type { Settings } from '../settings/catalogue.ts';
import type { ChangeThreshold } from './instrument.ts';

/** Points of change, or null where no published value exists. */
export function changePoints(threshold: ChangeThreshold, settings: Settings = defaultSettings): number | null {
  return 'setting' in threshold ? settings[threshold.setting] : threshold.points;
}
