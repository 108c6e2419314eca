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
