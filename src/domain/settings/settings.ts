// A clinic's settings: the catalogue's defaults with the clinic's overrides, each checked against
// the range the catalogue allows. Unknown keys are rejected so that a typo is not silently ignored.
import { z } from 'zod';
import { settingsCatalogue, type SettingKey, type Settings } from './catalogue.ts';

const settingKeys = Object.keys(settingsCatalogue) as SettingKey[];

export const settingsOverridesSchema = z.strictObject(
  Object.fromEntries(
    settingKeys.map((key) => {
      const { min, max, rationale } = settingsCatalogue[key];
      return [key, z.number().min(min).max(max).optional().describe(rationale)];
    }),
  ) as Record<SettingKey, z.ZodOptional<z.ZodNumber>>,
);
export type SettingsOverrides = z.infer<typeof settingsOverridesSchema>;

export const defaultSettings: Settings = Object.freeze(
  Object.fromEntries(settingKeys.map((key) => [key, settingsCatalogue[key].default])) as Record<SettingKey, number>,
);

/** The defaults with a clinic's overrides applied. Throws a ZodError for an unknown key or a value out of range. */
export function resolveSettings(overrides: unknown = {}): Settings {
  const parsed = settingsOverridesSchema.parse(overrides);
  const merged: Record<string, number> = { ...defaultSettings };
  for (const key of settingKeys) {
    const value = parsed[key];
    if (value !== undefined) merged[key] = value;
  }
  return Object.freeze(merged) as Settings;
}

/**
 * A change to a clinic's overrides (spec §4a.5): a partial set, setting name -> a value within the
 * catalogue's range, or null to go back to the default. Names left out keep what they have. Built
 * from the catalogue, so a setting added there can be changed here with no code of its own.
 */
export const settingsChangeSchema = z.strictObject(
  Object.fromEntries(
    settingKeys.map((key) => {
      const { min, max, unit, rationale } = settingsCatalogue[key];
      const range = `${key} must be between ${min} and ${max} ${unit}`;
      return [key, z.number(`${key} must be a number`).min(min, range).max(max, range).nullable().optional().describe(rationale)];
    }),
  ) as Record<SettingKey, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>,
);
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

/**
 * The overrides after a change: a number sets the setting, null (or the default's own value) takes
 * it back to the default; only true differences from the defaults are kept.
 */
export function applySettingsChange(overrides: SettingsOverrides, change: SettingsChange): SettingsOverrides {
  const next: Record<string, number> = {};
  for (const key of settingKeys) {
    const value = key in change ? change[key] : overrides[key];
    if (value !== undefined && value !== null && value !== settingsCatalogue[key].default) next[key] = value;
  }
  return next as SettingsOverrides;
}

/**
 * A clinic's stored overrides as they can be used today: those the catalogue still knows, within its
 * present range. A later catalogue may drop a setting or narrow a range; the clinic's assessments
 * then run on the default for it (and its settings page shows the default) instead of failing.
 */
export function usableOverrides(stored: Readonly<Record<string, number>>): SettingsOverrides {
  const usable: Record<string, number> = {};
  for (const key of settingKeys) {
    const value = stored[key];
    const { min, max } = settingsCatalogue[key];
    if (typeof value === 'number' && value >= min && value <= max) usable[key] = value;
  }
  return usable as SettingsOverrides;
}
