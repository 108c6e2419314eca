// The share of pain-free people of a given age who show a finding, and how sure we are of it.
// Source: Brinjikji 2015 Tables 1 and 2 (reference §1), see brinjikji-2015.ts.

import { AppError } from '../errors.ts';
import { brinjikji2015, type DegenerativeFindingKey } from './brinjikji-2015.ts';

export const prevalenceCertainties = ['low', 'moderate', 'high'] as const;
export type PrevalenceCertainty = (typeof prevalenceCertainties)[number];

export interface AgePrevalence {
  /** Whole percent: the source gives whole percents, so decimals would be false precision. */
  percent: number;
  certainty: PrevalenceCertainty;
}

const ages = brinjikji2015.ages;
const youngest = ages[0];
const oldest = ages[6];

/** The oldest age we accept as a plausible human age: anything above is a typing error. */
const maxAgeYears = 130;

export function assertAgeYears(ageYears: number): void {
  if (!Number.isFinite(ageYears) || ageYears < 0 || ageYears > maxAgeYears) {
    throw new AppError('validation', `ageYears must be a number of years from 0 to ${maxAgeYears}, got ${String(ageYears)}`, [
      { path: 'ageYears', message: `expected 0-${maxAgeYears}` },
    ]);
  }
}

/**
 * Prevalence at `ageYears`: linear interpolation between the decade estimates, clamped to the
 * table's ends (20 and 80). The paper's model was itself linear in age, so a straight line between
 * decades is a fair display choice (reference §1, implementation notes).
 *
 * Certainty (heuristic, following reference §1: cells on 0-1 studies are model extrapolation):
 * - an age outside 20-80 is `low`: the number is carried past the end of the data;
 * - otherwise the decade cells on either side of the age decide (one cell when the age is exactly a
 *   decade), by the fewest studies behind them: 0-1 studies `low`, 2-4 `moderate`, 5 or more `high`.
 * Table 1 also gives the number of people per cell; with this table every cell of 5 or more studies
 * rests on more than 50 people, so the study count alone separates the cells.
 */
export function agePrevalence(finding: DegenerativeFindingKey, ageYears: number): AgePrevalence {
  assertAgeYears(ageYears);
  const row = brinjikji2015.findings[finding];
  const age = Math.min(Math.max(ageYears, youngest), oldest);
  const lower = Math.min(Math.floor((age - youngest) / 10), ages.length - 1);
  const upper = Math.min(lower + 1, ages.length - 1);
  const lowerAge = ages[lower] ?? youngest;
  const fraction = upper === lower ? 0 : (age - lowerAge) / 10;
  const lowerPercent = row.prevalencePercent[lower] ?? 0;
  const upperPercent = row.prevalencePercent[upper] ?? lowerPercent;
  const percent = Math.round(lowerPercent + (upperPercent - lowerPercent) * fraction);

  const outside = ageYears < youngest || ageYears > oldest;
  const cells = fraction === 0 ? [lower] : [lower, upper];
  const fewestStudies = Math.min(...cells.map((cell) => row.studies[cell] ?? 0));
  return { percent, certainty: outside ? 'low' : certaintyFromStudies(fewestStudies) };
}

function certaintyFromStudies(studies: number): PrevalenceCertainty {
  if (studies <= 1) return 'low';
  if (studies <= 4) return 'moderate';
  return 'high';
}
