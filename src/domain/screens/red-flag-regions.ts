// Which red-flag items a screen asks, by the episode's body regions (spec §4c.7: red flags fit the
// region). A screen counts as done only when every item for the episode's regions is answered.
// Today every region is asked the spinal items; the region-specific items (septic joint, fracture,
// DVT, referred visceral pain, ...) with their guideline sources come with the engine's revision 2.
import type { BodyRegion } from '../records/vocabulary.ts';
import { redFlagItems, type RedFlagCode } from './red-flag-items.ts';

export interface RegionalRedFlagItem {
  code: RedFlagCode;
  tier: (typeof redFlagItems)[number]['tier'];
  question: string;
  action: string;
  source: string;
}

/** The items to ask for these regions, each once, in the catalogue's order (most urgent first). */
export function redFlagItemsFor(regions: readonly BodyRegion[]): RegionalRedFlagItem[] {
  if (regions.length === 0) return [...redFlagItems];
  return [...redFlagItems];
}
