import { describe, expect, it } from 'vitest';
import {
  bodyRegions, conditionCategories, episodeStatuses, flagCodes, flareClassifications, instrumentCodes, instruments,
  modalityCodes, phases, recommendationCodes, sideStatuses,
} from '../domain/index.ts';
import { structureErrors } from './structure-validation.ts';
import { subscaleCode, thresholdCodeSystem, thresholdDisplay } from './threshold-code-system.ts';

describe('the Threshold code system', () => {
  const system = thresholdCodeSystem();
  const codes = (system.concept ?? []).map((c) => c.code);

  it('is a valid R4 CodeSystem whose codes are unique and all displayed', () => {
    expect(structureErrors(system)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(system.count).toBe(codes.length);
    for (const concept of system.concept ?? []) expect(concept.display, concept.code).toMatch(/\S/);
  });

  it('has a code for every value of the spec\'s vocabulary', () => {
    const expected = [
      ...phases.map((v) => `phase-${v}`), ...sideStatuses.map((v) => `side-status-${v}`),
      ...flareClassifications.map((v) => `flare-class-${v}`), ...flagCodes.map((v) => `flag-${v}`),
      ...recommendationCodes.map((v) => `recommendation-${v}`), ...episodeStatuses.map((v) => `episode-status-${v}`),
      ...modalityCodes.map((v) => `modality-${v}`), ...bodyRegions.map((v) => `region-${v}`),
      ...conditionCategories.map((v) => `condition-${v}`), ...instrumentCodes.map((v) => `instrument-${v}`),
      'relief-window', 'goal-ability', 'goal-capacity', 'passive-share',
    ];
    expect(codes).toEqual(expect.arrayContaining(expected));
  });

  it('has a subscale code for every subscale the instruments define, and none for others', () => {
    for (const definition of Object.values(instruments)) {
      for (const subscale of definition.subscales) {
        const code = subscaleCode(definition.code, subscale.key);
        expect(code).toBeDefined();
        expect(codes).toContain(code);
      }
    }
    expect(subscaleCode('odi', 'made-up')).toBeUndefined();
    expect(thresholdDisplay('not-a-code')).toBeUndefined();
  });
});
