// A suggested irritability grade for the clinician to confirm or override, and the grade the engine
// uses (only the confirmed one).
//
// Irritability is how little activity provokes the symptoms and how long they take to settle
// (Maitland, via reference §6). No validated operational definition with time thresholds exists
// (Barakatt et al., J Man Manip Ther 2009: therapists agreed only moderately, kappa 0.44), so the
// suggestion combines four signals, as reference §6 advises, each graded high / moderate / low:
//   - pain now, against the settings irritabilityHighPain and irritabilityLowPain (the common summary
//     of STAR-Shoulder, McClure & Michener 2015, not confirmed against the paper);
//   - night or rest pain: constant is high, intermittent moderate, none low (same summary);
//   - provocation: minimal activity is high, moderate activity moderate, sustained or heavy low;
//   - settling time, against irritabilityHighSettleHours and irritabilityLowSettleHours (heuristic).
// Combination (heuristic): high when at least two signals are high; low when none is high and at
// least three are low; moderate otherwise. Leaning to "high" on two signals keeps the suggestion on
// the cautious side, since a high grade holds back the entry of active work.
import type { CaseFile, IrritabilityRecord } from '../records/case-file.ts';
import type { Irritability } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { isKnownOn } from '../time.ts';
import type { RuleReason } from './reason.ts';

export type IrritabilityInputs = NonNullable<IrritabilityRecord['inputs']>;

export interface IrritabilitySuggestion {
  grade: Irritability;
  reasons: RuleReason[];
  /** Tells the clinician that the thresholds are not validated and that the grade is theirs to set. */
  note: string;
}

const HIGH_SIGNALS_FOR_HIGH = 2;
const LOW_SIGNALS_FOR_LOW = 3;

const NOTE =
  'This grade is a suggestion. No published, validated thresholds for irritability exist: the pain and settling-time cut-offs ' +
  'are clinic settings. Confirm the grade or choose another from your own examination; the engine uses only the grade you confirm.';

interface Signal {
  grade: Irritability;
  reason: RuleReason;
}

function painSignal(painNow: number, settings: Settings): Signal {
  const grade: Irritability =
    painNow >= settings.irritabilityHighPain ? 'high' : painNow <= settings.irritabilityLowPain ? 'low' : 'moderate';
  return {
    grade,
    reason: {
      rule: 'irritability-pain',
      text: `Pain now ${painNow}/10 counts as ${grade} (high at ${settings.irritabilityHighPain} or more, low at ${settings.irritabilityLowPain} or less; clinic settings, not validated).`,
    },
  };
}

function restPainSignal(nightOrRestPain: IrritabilityInputs['nightOrRestPain']): Signal {
  const grade: Irritability = nightOrRestPain === 'constant' ? 'high' : nightOrRestPain === 'intermittent' ? 'moderate' : 'low';
  const described = nightOrRestPain === 'none' ? 'No night or rest pain' : `Night or rest pain is ${nightOrRestPain}`;
  return { grade, reason: { rule: 'irritability-rest-pain', text: `${described}: counts as ${grade}.` } };
}

function provocationSignal(provocation: IrritabilityInputs['provocation']): Signal {
  switch (provocation) {
    case 'minimal-activity':
      return { grade: 'high', reason: { rule: 'irritability-provocation', text: 'Minimal activity brings the symptoms on: counts as high.' } };
    case 'moderate-activity':
      return { grade: 'moderate', reason: { rule: 'irritability-provocation', text: 'Moderate activity brings the symptoms on: counts as moderate.' } };
    case 'sustained-or-heavy-activity':
      return { grade: 'low', reason: { rule: 'irritability-provocation', text: 'Only sustained or heavy activity brings the symptoms on: counts as low.' } };
  }
}

function settleSignal(settleHours: number, settings: Settings): Signal {
  const grade: Irritability =
    settleHours > settings.irritabilityHighSettleHours ? 'high' : settleHours <= settings.irritabilityLowSettleHours ? 'low' : 'moderate';
  return {
    grade,
    reason: {
      rule: 'irritability-settling',
      text: `Symptoms take ${settleHours} h to settle: counts as ${grade} (high beyond ${settings.irritabilityHighSettleHours} h, low within ${settings.irritabilityLowSettleHours} h; clinic settings, not validated).`,
    },
  };
}

/** Suggest an irritability grade from the intake inputs. The clinician confirms or overrides it. */
export function suggestIrritability(inputs: IrritabilityInputs, settings: Settings): IrritabilitySuggestion {
  const signals = [
    painSignal(inputs.painNow, settings),
    restPainSignal(inputs.nightOrRestPain),
    provocationSignal(inputs.provocation),
    settleSignal(inputs.settleHours, settings),
  ];
  const highs = signals.filter((signal) => signal.grade === 'high').length;
  const lows = signals.filter((signal) => signal.grade === 'low').length;
  const grade: Irritability = highs >= HIGH_SIGNALS_FOR_HIGH ? 'high' : highs === 0 && lows >= LOW_SIGNALS_FOR_LOW ? 'low' : 'moderate';
  const summary: RuleReason = {
    rule: 'irritability-suggestion',
    text: `${highs} of 4 signals high and ${lows} low: suggested ${grade} (high needs ${HIGH_SIGNALS_FOR_HIGH} high signals; low needs no high and ${LOW_SIGNALS_FOR_LOW} low; a heuristic).`,
  };
  return { grade, reasons: [...signals.map((signal) => signal.reason), summary], note: NOTE };
}

/**
 * The irritability grade the engine may use: the clinician's confirmed grade, or null until there is
 * one. With `asOf`, a grade confirmed after that day is not yet known (an undated confirmation counts).
 */
export function effectiveIrritability(caseFile: CaseFile, asOf?: string): Irritability | null {
  const { confirmed, confirmedOn } = caseFile.intake.irritability;
  if (asOf !== undefined && confirmedOn !== undefined && !isKnownOn(confirmedOn, asOf)) return null;
  return confirmed;
}
