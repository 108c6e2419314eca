// What every assessment of a clinic runs on (spec §4a.5, §4a.6): the clinic's settings of that
// moment (the catalogue's defaults with the clinic's overrides, at a version) and its day (today in
// its time zone). Read from the clinic's row in the transaction that uses them, so an assessment and
// the version it records cannot disagree; the resolved values are kept per clinic and version, so the
// overrides are checked against the catalogue once per version, not once per request.
import { resolveSettings, usableOverrides, type Settings } from '../domain/index.ts';
import type { ClinicScope } from '../store/index.ts';
import { dayOfInstant } from './clinic-day.ts';

export interface ClinicSettingsInUse {
  version: number;
  values: Settings;
}

export interface ClinicRules {
  clinicId: string;
  timeZone: string;
  /** Today in the clinic's time zone, at the instant the request arrived. */
  today: string;
  settings: ClinicSettingsInUse;
}

/** Resolved settings by clinic and version. A version's values never change, so nothing goes stale here. */
export class SettingsCache {
  private readonly resolved = new Map<string, Settings>();

  constructor(private readonly limit = 10_000) {}

  values(clinicId: string, version: number, overrides: Readonly<Record<string, number>>): Settings {
    const key = `${clinicId}@${version}`;
    let values = this.resolved.get(key);
    if (!values) {
      values = resolveSettings(usableOverrides(overrides));
      // A server of a few clinics never gets here; a network of thousands starts over rather than grow.
      if (this.resolved.size >= this.limit) this.resolved.clear();
      this.resolved.set(key, values);
    }
    return values;
  }
}

export async function loadClinicRules(cache: SettingsCache, scope: ClinicScope, now: Date): Promise<ClinicRules> {
  const profile = await scope.profile.get();
  return {
    clinicId: profile.id,
    timeZone: profile.timeZone,
    today: dayOfInstant(now, profile.timeZone),
    settings: { version: profile.settingsVersion, values: cache.values(profile.id, profile.settingsVersion, profile.overrides) },
  };
}
