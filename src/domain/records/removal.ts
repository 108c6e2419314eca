// A record taken back: entered in error, on the wrong patient, or not valid. It is never deleted
// (the audit trail and a replay of an earlier day must still find it): it carries this marker, and
// from the marker's day on the engine reads the episode as if the record were not there
// (engine/as-of.ts). Who, when and why are kept with the record; the audit row keeps it too.
import { z } from 'zod';
import { isoDateSchema, textSchema } from './primitives.ts';

export const removalSchema = z.object({
  on: isoDateSchema.describe('The day it was removed: from this day on the engine ignores the record; a replay of an earlier day still shows it'),
  by: textSchema({ min: 1, max: 200 }).describe('Who removed it (a user id)'),
  reason: textSchema({ min: 1, max: 2000 }).describe('Why it was removed, in words ("entered on the wrong patient")'),
}).describe('Set when the record was removed; a removed record is kept, never deleted');

export type Removal = z.infer<typeof removalSchema>;

/** True when the record was removed on or before `day`: from then on it does not count. */
export function removedBy(record: { removed?: Removal | undefined }, day: string): boolean {
  return record.removed !== undefined && record.removed.on <= day;
}
