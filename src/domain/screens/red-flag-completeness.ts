// Is a red-flag screen complete? A screen counts as done only when every item asked for the
// episode's regions (redFlagItemsFor) has an answer, present or absent: an item left out is not a
// "no". The API refuses a done screen with items left out and names them; the engine itself still
// reads older case files whose screens have fewer answers (their positives are what they are).
import type { BodyRegion } from '../records/vocabulary.ts';
import { redFlagItemsFor, type RegionalRedFlagItem } from './red-flag-regions.ts';
import type { RedFlagCode } from './red-flag-items.ts';

/** The items asked for these regions that the screen leaves unanswered, in the asking order. */
export function unansweredRedFlagItems(screen: { answers: readonly { item: RedFlagCode }[] }, regions: readonly BodyRegion[]): RegionalRedFlagItem[] {
  const answered = new Set(screen.answers.map((answer) => answer.item));
  return redFlagItemsFor(regions).filter((item) => !answered.has(item.code));
}
