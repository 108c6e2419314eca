import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../records/case-file.ts';
import { defaultSettings, resolveSettings } from '../settings/settings.ts';
import { effectiveIrritability, suggestIrritability, type IrritabilityInputs } from './irritability.ts';

const inputs = (over: Partial<IrritabilityInputs>): IrritabilityInputs => ({
  painNow: 5, nightOrRestPain: 'intermittent', provocation: 'moderate-activity', settleHours: 6, ...over,
});

describe('suggestIrritability', () => {
  it('suggests high when two signals are high', () => {
    const result = suggestIrritability(inputs({ painNow: 8, provocation: 'minimal-activity' }), defaultSettings);
    expect(result.grade).toBe('high');
    expect(result.reasons.map((r) => r.rule)).toEqual([
      'irritability-pain', 'irritability-rest-pain', 'irritability-provocation', 'irritability-settling', 'irritability-suggestion',
    ]);
  });

  it('stays moderate with a single high signal', () => {
    expect(suggestIrritability(inputs({ painNow: 9 }), defaultSettings).grade).toBe('moderate');
  });

  it('counts settling beyond the high setting as high, and exactly at it as not', () => {
    expect(suggestIrritability(inputs({ settleHours: 30, nightOrRestPain: 'constant' }), defaultSettings).grade).toBe('high');
    expect(suggestIrritability(inputs({ settleHours: 24, nightOrRestPain: 'constant' }), defaultSettings).grade).toBe('moderate');
  });

  it('suggests low when three signals are low and none high', () => {
    const result = suggestIrritability(
      { painNow: 2, nightOrRestPain: 'none', provocation: 'sustained-or-heavy-activity', settleHours: 3 },
      defaultSettings,
    );
    expect(result.grade).toBe('low');
  });

  it('does not suggest low when one signal is high', () => {
    const result = suggestIrritability(
      { painNow: 2, nightOrRestPain: 'none', provocation: 'sustained-or-heavy-activity', settleHours: 48 },
      defaultSettings,
    );
    expect(result.grade).toBe('moderate');
  });

  it('follows the clinic settings for the cut-offs', () => {
    const strict = resolveSettings({ irritabilityHighPain: 5 });
    expect(suggestIrritability(inputs({ painNow: 5, provocation: 'minimal-activity' }), strict).grade).toBe('high');
    expect(suggestIrritability(inputs({ painNow: 5, provocation: 'minimal-activity' }), defaultSettings).grade).toBe('moderate');
  });

  it('tells the clinician the thresholds are not validated and the grade is theirs', () => {
    const { note } = suggestIrritability(inputs({}), defaultSettings);
    expect(note).toMatch(/validated/);
    expect(note).toMatch(/[Cc]onfirm/);
  });
});

describe('effectiveIrritability', () => {
  const base = {
    schemaVersion: 1, patient: { birthDate: '1970-01-01', sex: 'female' }, episode: { startDate: '2026-03-02', regions: ['low-back'] },
  } as const;

  it('is null until the clinician confirms a grade, even with a suggestion', () => {
    const file = caseFileSchema.parse({ ...base, intake: { irritability: { suggested: 'high' } } });
    expect(effectiveIrritability(file)).toBeNull();
  });

  it('is the confirmed grade, known from the day it was confirmed', () => {
    const file = caseFileSchema.parse({ ...base, intake: { irritability: { suggested: 'high', confirmed: 'moderate', confirmedOn: '2026-03-04' } } });
    expect(effectiveIrritability(file)).toBe('moderate');
    expect(effectiveIrritability(file, '2026-03-04')).toBe('moderate');
    expect(effectiveIrritability(file, '2026-03-03')).toBeNull();
  });
});
