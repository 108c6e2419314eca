// A clinic's overrides: changed by a partial set (a number sets, null goes back to the default, a
// name left out keeps its value), kept only where they differ from the default, and read leniently
// from storage so a later catalogue (a setting dropped, a range narrowed) cannot break a clinic.
import { describe, expect, it } from 'vitest';
import { applySettingsChange, defaultSettings, settingsChangeSchema, usableOverrides } from './settings.ts';

describe('a change to a clinic\'s settings', () => {
  it('sets, resets and keeps, storing only differences from the defaults', () => {
    const before = { plateauMinDays: 28, firstWindowDays: 2 };
    const after = applySettingsChange(before, { plateauMinDays: null, checkpointIntervalDays: 7, sorenessWindowHours: defaultSettings.sorenessWindowHours });
    expect(after).toEqual({ firstWindowDays: 2, checkpointIntervalDays: 7 });
  });

  it('refuses a value out of range and an unknown name, naming each', () => {
    const parsed = settingsChangeSchema.safeParse({ sorenessWindowHours: 200, noSuchSetting: 1 });
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    expect(issues).toContainEqual({ code: 'too_big', path: ['sorenessWindowHours'], message: 'sorenessWindowHours must be between 12 and 96 hours' });
    expect(issues?.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it('reads stored overrides leniently: a dropped setting or a value now out of range falls back to the default', () => {
    expect(usableOverrides({ plateauMinDays: 28, retiredSetting: 3, sorenessWindowHours: 500 })).toEqual({ plateauMinDays: 28 });
  });
});
