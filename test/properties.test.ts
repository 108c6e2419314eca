// Property-based tests of the progression engine (spec §4): on any schema-valid case file it never
// throws, gives the same answer twice, cannot see records dated after the as-of day, and does not
// care in which order records arrive; and every conclusion has readable reasons within its own
// vocabulary. The cases come from test/support/case-arbitrary.ts (0-60 sessions, 0-200 check-ins,
// flares, goals with ratings, measures, checkpoints with decisions, referrals, ongoing care; dates
// within a year). Each is parsed with caseFileSchema first, so only schema-valid input reaches the
// engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/domain/engine/index.ts';
import { caseFileSchema, type CaseFile, type CaseFileInput } from '../src/domain/records/index.ts';
import { resolveSettings } from '../src/domain/settings/index.ts';
import { seeded } from './support/case-builder.ts';
import {
  asOfArb, assemble, caseArb, dateAt, futureArb, rawCaseArb, settingsArb, shuffleDeep, withFuture,
} from './support/case-arbitrary.ts';

/** Runs per property; PROPERTY_RUNS=1000 for a longer hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

const parse = (input: CaseFileInput): CaseFile => caseFileSchema.parse(input);

// ---- the properties ----

describe('engine properties on generated case files', () => {
  it('generates schema-valid case files', () => {
    fc.assert(fc.property(caseArb, (input) => {
      expect(caseFileSchema.safeParse(input).success).toBe(true);
    }), { numRuns: RUNS });
  });

  it('never throws on schema-valid input, with any settings the catalogue allows', () => {
    fc.assert(fc.property(caseArb, asOfArb, settingsArb, (input, asOf, settings) => {
      assess(parse(input), asOf, settings);
    }), { numRuns: RUNS });
  });

  it('gives every conclusion readable reasons: at least one, with no NaN, Infinity or undefined in the words', () => {
    fc.assert(fc.property(caseArb, asOfArb, (input, asOf) => {
      const assessment = assess(parse(input), asOf, resolveSettings());
      const conclusions = [
        ...assessment.phaseHistory, ...assessment.flares, ...assessment.recommendations, ...assessment.flags,
        assessment.checkpoint, assessment.reliefWindowTrend, assessment.passiveShareTrend, ...(assessment.plateau ? [assessment.plateau] : []),
      ];
      for (const conclusion of conclusions) {
        expect(conclusion.reasons.length).toBeGreaterThan(0);
        for (const reason of conclusion.reasons) {
          expect(reason.text).not.toMatch(/NaN|Infinity|undefined|\[object/);
        }
      }
    }), { numRuns: RUNS });
  });

  it('stays within its own vocabulary: windows of 0 days or more, shares from 0 to 1, a dated history in order', () => {
    fc.assert(fc.property(caseArb, asOfArb, settingsArb, (input, asOf, settings) => {
      const assessment = assess(parse(input), asOf, settings);
      for (const window of assessment.reliefWindows) {
        if (window.reliefDays !== null) expect(window.reliefDays).toBeGreaterThanOrEqual(0);
      }
      for (const point of assessment.passiveShare) {
        if (point.share !== null) expect(point.share >= 0 && point.share <= 1).toBe(true);
      }
      const days = assessment.phaseHistory.map((change) => change.since);
      expect(days).toEqual([...days].sort());
      for (const day of days) expect(day <= asOf || day === input.episode.startDate).toBe(true);
    }), { numRuns: RUNS });
  });

  it('gives the same assessment for the same input and as-of day, and leaves its input as it was', () => {
    fc.assert(fc.property(caseArb, asOfArb, (input, asOf) => {
      const file = parse(input);
      const before = JSON.stringify(file);
      const first = assess(file, asOf, resolveSettings());
      expect(JSON.stringify(file)).toBe(before);
      expect(assess(parse(structuredClone(input)), asOf, resolveSettings())).toEqual(first);
    }), { numRuns: RUNS });
  });

  it('is not changed by records dated after the as-of day', () => {
    fc.assert(fc.property(rawCaseArb, fc.integer({ min: -5, max: 400 }), futureArb, (raw, asOfN, future) => {
      const input = assemble(raw);
      const asOf = dateAt(asOfN);
      const settings = resolveSettings();
      expect(assess(parse(withFuture(input, asOfN, future)), asOf, settings)).toEqual(assess(parse(input), asOf, settings));
    }), { numRuns: RUNS });
  });

  it('does not depend on the order of any list, at any depth', () => {
    fc.assert(fc.property(caseArb, asOfArb, fc.integer(), (input, asOf, seed) => {
      const settings = resolveSettings();
      expect(assess(parse(shuffleDeep(input, seeded(seed))), asOf, settings)).toEqual(assess(parse(input), asOf, settings));
    }), { numRuns: RUNS });
  });
});
