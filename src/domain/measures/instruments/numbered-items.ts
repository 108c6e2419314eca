// Items that the source only numbers (FABQ, TSK-11, ISI): ids "item-1", "item-2", ... in order.
import type { InstrumentItem } from '../instrument.ts';

export function numberedItems(count: number, min: number, max: number, label: (n: number) => string): InstrumentItem[] {
  return Array.from({ length: count }, (_, i) => ({ id: `item-${i + 1}`, label: label(i + 1), min, max }));
}
