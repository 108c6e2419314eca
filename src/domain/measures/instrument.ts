// The shape of an instrument definition. Instruments are data: one scorer (score.ts) reads these
// definitions, so adding or correcting an instrument never means writing a new scoring function.
// Everything here is plain JSON-like data (no functions) so the API, FHIR and the UI can show it.
import type { InstrumentCode } from '../records/instrument-codes.ts';
import type { SettingKey } from '../settings/catalogue.ts';

export interface InstrumentItem {
  /** Stable id, used by wording files and error paths. */
  id: string;
  /** A short topic written by us (not the instrument's wording). */
  label: string;
  /** The raw answers allowed: whole numbers from min to max. Every item Threshold scores is whole-numbered. */
  min: number;
  max: number;
  /**
   * Points each raw answer scores, indexed by (answer - min). Absent: the answer is its own score.
   * STarT Back item 9 keeps its five raw levels and scores only the top two.
   */
  points?: readonly number[];
  /** LOINC code of the item where the clinical reference gives one. */
  loinc?: string;
}

export interface Subscale {
  /** Key in the scorer's `subscales` output, e.g. "distress". */
  key: string;
  name: string;
  /** Item ids summed for this subscale. */
  items: readonly string[];
  min: number;
  max: number;
  source: string;
}

/**
 * How the total is computed from item points.
 * - sum: the points added up.
 * - mean: the mean of the answered items' points.
 * - percent-of-possible: points / (item maximum x items answered) x 100 (the Oswestry formula).
 * - subscale: the instrument's score is one of its subscales (FABQ has no total).
 */
export type ScoringMethod =
  | { method: 'sum' }
  | { method: 'mean' }
  | { method: 'percent-of-possible' }
  | { method: 'subscale'; key: string };

/**
 * What happens when items are left blank.
 * - all-required: any missing item leaves the score (or the subscale) unscored.
 * - use-answered: the scoring method already works on the answered items (mean, percent-of-possible).
 * - add-mean-per-missing: the sum of the answered items plus their mean for each missing item.
 * `minAnswered` is the fewest answered items that give a score.
 */
export interface MissingItemRule {
  rule: 'all-required' | 'use-answered' | 'add-mean-per-missing';
  minAnswered: number;
  /** Why this rule: the instrument author's rule, or our choice and its reason. */
  rationale: string;
}

/** A band the score falls in: the first rule whose threshold is reached wins, else `otherwise`. */
export interface BandRule {
  code: string;
  label: string;
  /** Reached when the score (or the named subscale) is at least this. */
  atLeast: number;
  subscale?: string;
}

export interface Banding {
  rules: readonly BandRule[];
  otherwise: { code: string; label: string };
  source: string;
}

/**
 * A change threshold. Where the settings catalogue has the number (painMic, odiMic, ...) the
 * definition names the setting, so the number lives in one place and a clinic can change it.
 */
export type ChangeThreshold =
  | { setting: SettingKey; source: string }
  | { points: number; source: string }
  | { points: null; source: string };

export const licenceTerms = ['free-to-embed', 'non-commercial-only', 'licence-needed', 'unknown'] as const;
export type LicenceTerms = (typeof licenceTerms)[number];

export interface InstrumentLicence {
  /** `unknown`: no terms were found; treated like licence-needed (wording is not bundled). */
  terms: LicenceTerms;
  holder: string;
  source: string;
}

export interface InstrumentDefinition {
  code: InstrumentCode;
  name: string;
  /** Author, year and journal of the instrument. */
  reference: string;
  items: readonly InstrumentItem[];
  /**
   * How many answers a response holds. Usually exactly the items; the PSFS lists one to five
   * activities the patient chose, so fewer answers are fine there.
   */
  answerCount: { min: number; max: number };
  direction: 'higher-is-better' | 'higher-is-worse';
  scoreRange: { min: number; max: number };
  unit: 'points' | 'percent';
  /** Decimal places the score is rounded to. */
  decimals: number;
  scoring: ScoringMethod;
  missing: MissingItemRule;
  subscales: readonly Subscale[];
  bands: Banding | null;
  minimalImportantChange: ChangeThreshold;
  detectableChange: ChangeThreshold;
  loinc: { panel: string | null; score: string | null; source: string };
  licence: InstrumentLicence;
}
