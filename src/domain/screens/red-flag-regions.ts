// Which red-flag items a screen asks, by the episode's body regions (spec §4c.7: red flags fit the
// region). Each item names its regions (red-flag-items.ts, with its source); an episode with several
// regions asks every item of each, once, in the catalogue's order (most urgent first).
import type { BodyRegion } from '../records/vocabulary.ts';
import { redFlagItems, type RedFlagItem } from './red-flag-items.ts';

export type RegionalRedFlagItem = (typeof redFlagItems)[number];

export function redFlagItemsFor(regions: readonly BodyRegion[]): RegionalRedFlagItem[] {
  const asked = new Set<BodyRegion>(regions.length === 0 ? ['other'] : regions);
  return redFlagItems.filter((item: RedFlagItem) => item.regions.some((region) => asked.has(region)));
}
