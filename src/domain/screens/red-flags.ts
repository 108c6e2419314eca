// The red-flag screen as known on the as-of day: which answers are positive, the highest urgency
// tier among them, whether a clinician has cleared them, and whether care must stop.
//
// Rule (spec §4 phase `screening`; reference §5): an `emergency` or `urgent` answer that no clinician
// has cleared blocks care; the engine then puts the episode in phase `urgent-referral` with the
// recommendation `urgent-medical-referral` and the item's action text. A `routine` answer gives a
// referral reason without blocking; a `monitor` answer gives a safety-net reason. A clearance counts
// only when it is dated on or after the screen (it must have seen the answers) and known on the
// as-of day. A screen dated after the as-of day does not exist yet, and a screen recorded as not done
// (with its reason) is no screen: the patient is not screened, whatever answers it holds.
//
// Not checked here: whether every item was asked (items depend on the region, e.g. the cervical
// arterial item is for neck pain), and whether the referral itself was made (that is a referral
// record, read by the engine and the guideline audit).
import type { RedFlagScreen } from '../records/case-file.ts';
import { isKnownOn } from '../time.ts';
import { redFlagItem, redFlagTiers, type RedFlagCode, type RedFlagTier } from './red-flag-items.ts';
import type { RuleReason } from './reason.ts';

export interface RedFlagPositive {
  item: RedFlagCode;
  tier: RedFlagTier;
  question: string;
  action: string;
  source: string;
}

export interface RedFlagClearance {
  date: string;
  by: string;
  reason: string;
}

export interface RedFlagResult {
  /** True when a screen was done on or before the as-of day (one recorded as not done does not count). */
  screened: boolean;
  /** The most urgent tier among the positive answers, cleared or not. */
  highestTier: RedFlagTier | null;
  /** Positive answers, most urgent first (then in the order of the item list). */
  positives: RedFlagPositive[];
  cleared: RedFlagClearance | null;
  /** An emergency or urgent positive that no clinician has cleared: nothing else proceeds. */
  blocksCare: boolean;
  reasons: RuleReason[];
}

/** Lower is more urgent: the position of the tier in `redFlagTiers`. */
function tierRank(tier: RedFlagTier): number {
  return redFlagTiers.indexOf(tier);
}

function blocking(tier: RedFlagTier): boolean {
  return tier === 'emergency' || tier === 'urgent';
}

/** The positive answers, each item once (a duplicate "present" answer wins: the safe side). */
function positivesOf(screen: RedFlagScreen): RedFlagPositive[] {
  const present = new Set(screen.answers.filter((answer) => answer.present).map((answer) => answer.item));
  const order = (code: RedFlagCode): number => screen.answers.findIndex((answer) => answer.item === code);
  return [...present]
    .map((code) => {
      const item = redFlagItem(code);
      return { item: code, tier: item.tier, question: item.question, action: item.action, source: item.source };
    })
    .sort((a, b) => tierRank(a.tier) - tierRank(b.tier) || order(a.item) - order(b.item));
}

function clearanceOf(screen: RedFlagScreen, asOf: string, reasons: RuleReason[]): RedFlagClearance | null {
  const clearance = screen.clearance;
  if (!clearance || !isKnownOn(clearance.date, asOf)) return null;
  if (clearance.date < screen.date) {
    reasons.push({
      rule: 'red-flag-clearance',
      text: `The clearance dated ${clearance.date} comes before the screen of ${screen.date}, so it cannot have reviewed these answers; it is not counted.`,
    });
    return null;
  }
  return { date: clearance.date, by: clearance.by, reason: clearance.reason };
}

function reasonFor(positive: RedFlagPositive, cleared: RedFlagClearance | null): RuleReason {
  switch (positive.tier) {
    case 'emergency':
    case 'urgent':
      return cleared
        ? {
            rule: `red-flag-${positive.tier}`,
            text: `Red flag "${positive.item}" (${positive.tier}) was cleared by ${cleared.by} on ${cleared.date}: ${cleared.reason}`,
          }
        : {
            rule: `red-flag-${positive.tier}`,
            text: `Red flag "${positive.item}" (${positive.tier}) is positive and not cleared by a clinician. ${positive.action} Source: ${positive.source}.`,
          };
    case 'routine':
      return {
        rule: 'red-flag-routine-referral',
        text: `Red flag "${positive.item}" (routine) is positive: care may continue, and a referral is advised. ${positive.action} Source: ${positive.source}.`,
      };
    case 'monitor':
      return {
        rule: 'red-flag-safety-net',
        text: `Soft flag "${positive.item}" is present: care may continue with a safety net. ${positive.action} Source: ${positive.source}.`,
      };
  }
}

/** Evaluate the red-flag screen of an intake as known on `asOf` (a YYYY-MM-DD date). */
export function evaluateRedFlags(screen: RedFlagScreen | undefined, asOf: string): RedFlagResult {
  const notScreened = (text: string): RedFlagResult => ({
    screened: false, highestTier: null, positives: [], cleared: null, blocksCare: false, reasons: [{ rule: 'red-flag-screen', text }],
  });
  if (!screen || !isKnownOn(screen.date, asOf)) {
    return notScreened(`No red-flag screen is recorded on or before ${asOf}; the intake is not complete until one is.`);
  }
  if (screen.status === 'not-done') {
    return notScreened(`The red-flag screen of ${screen.date} was not done (${screen.notDoneReason ?? 'no reason given'}); the intake is not complete until a screen is done.`);
  }

  const reasons: RuleReason[] = [];
  const positives = positivesOf(screen);
  const cleared = clearanceOf(screen, asOf, reasons);
  const highestTier = positives[0]?.tier ?? null;
  const blocksCare = cleared === null && positives.some((positive) => blocking(positive.tier));

  if (positives.length === 0) {
    reasons.unshift({ rule: 'red-flag-screen', text: `Red-flag screen of ${screen.date}: no item positive.` });
  } else {
    reasons.unshift(...positives.map((positive) => reasonFor(positive, cleared)));
  }
  if (blocksCare) {
    reasons.push({
      rule: 'red-flag-blocks-care',
      text: 'An emergency or urgent red flag is open: refer now, and continue care only after a clinician has reviewed it and recorded a clearance.',
    });
  }
  return { screened: true, highestTier, positives, cleared, blocksCare, reasons };
}
