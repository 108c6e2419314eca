// The definitions are data, so their consistency is checked as data: every code defined, subscales and
// bands pointing at things that exist, points tables that cover every answer, change thresholds that
// name real settings.
import { describe, expect, it } from 'vitest';
import { instrumentCodes } from '../../records/instrument-codes.ts';
import { settingsCatalogue } from '../../settings/catalogue.ts';
import { defaultSettings } from '../../settings/settings.ts';
import { changePoints } from '../change.ts';
import { instruments } from './index.ts';

describe.each(instrumentCodes.map((code) => [code, instruments[code]] as const))('%s definition', (code, definition) => {
  it('is filed under its own code', () => {
    expect(definition.code).toBe(code);
  });

  it('has unique item ids and sane item ranges', () => {
    const ids = definition.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of definition.items) {
      expect(Number.isInteger(item.min) && Number.isInteger(item.max) && item.min < item.max).toBe(true);
      if (item.points !== undefined) expect(item.points).toHaveLength(item.max - item.min + 1);
    }
    expect(definition.answerCount.max).toBe(definition.items.length);
    expect(definition.answerCount.min).toBeGreaterThanOrEqual(1);
  });

  it('has subscales made of its own items, and a scoring subscale that exists', () => {
    const ids = new Set(definition.items.map((item) => item.id));
    for (const subscale of definition.subscales) for (const id of subscale.items) expect(ids.has(id)).toBe(true);
    const keys = definition.subscales.map((s) => s.key);
    if (definition.scoring.method === 'subscale') expect(keys).toContain(definition.scoring.key);
    for (const rule of definition.bands?.rules ?? []) if (rule.subscale !== undefined) expect(keys).toContain(rule.subscale);
  });

  it('lists band rules from the highest threshold down, so the first match is the right band', () => {
    const thresholds = (definition.bands?.rules ?? []).filter((r) => r.subscale === undefined).map((r) => r.atLeast);
    expect([...thresholds].sort((a, b) => b - a)).toEqual(thresholds);
  });

  it('names its sources and change thresholds', () => {
    expect(definition.licence.source.length).toBeGreaterThan(10);
    expect(definition.loinc.source.length).toBeGreaterThan(10);
    expect(definition.minimalImportantChange.source.length).toBeGreaterThan(10);
    expect(definition.missing.rationale.length).toBeGreaterThan(10);
    const mic = definition.minimalImportantChange;
    if ('setting' in mic) expect(Object.keys(settingsCatalogue)).toContain(mic.setting);
  });
});

describe('change thresholds', () => {
  it('read the number from the settings, so a clinic override applies', () => {
    expect(changePoints(instruments.odi.minimalImportantChange)).toBe(10);
    expect(changePoints(instruments.odi.minimalImportantChange, { ...defaultSettings, odiMic: 12 })).toBe(12);
    expect(changePoints(instruments.nprs.minimalImportantChange)).toBe(defaultSettings.painMic);
    expect(changePoints(instruments['start-back'].minimalImportantChange)).toBeNull();
    expect(changePoints(instruments.psfs.detectableChange)).toBe(2);
  });
});
