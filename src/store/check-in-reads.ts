// Which check-in notes have been read, per clinic (schema/notes.ts). A reading is recorded once per
// check-in: the first reader and time are kept, a second reading changes nothing.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './database.ts';
import { checkIns, checkInReads } from './schema/index.ts';

export interface CheckInRead {
  checkInId: string;
  episodeId: string;
  readBy: string;
  readAt: Date;
}

export class CheckInReads {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  /**
   * Record that these check-ins of the episode were read; ids of other episodes (or unknown ids)
   * are left out. Returns the readings recorded now (not those already recorded).
   */
  async record(episodeId: string, checkInIds: readonly string[], readBy: string, now: Date): Promise<CheckInRead[]> {
    if (checkInIds.length === 0) return [];
    const owned = await this.db.select({ id: checkIns.id }).from(checkIns)
      .where(and(eq(checkIns.clinicId, this.clinicId), eq(checkIns.episodeId, episodeId), inArray(checkIns.id, [...checkInIds])));
    if (owned.length === 0) return [];
    const rows = await this.db.insert(checkInReads)
      .values(owned.map(({ id }) => ({ clinicId: this.clinicId, checkInId: id, episodeId, readBy, readAt: now })))
      .onConflictDoNothing().returning();
    return rows.map(({ clinicId: _c, ...read }) => read);
  }

  /** Every reading of the episodes' check-ins. */
  async forEpisodes(episodeIds: readonly string[]): Promise<CheckInRead[]> {
    if (episodeIds.length === 0) return [];
    const rows = await this.db.select().from(checkInReads)
      .where(and(eq(checkInReads.clinicId, this.clinicId), inArray(checkInReads.episodeId, [...episodeIds])));
    return rows.map(({ clinicId: _c, ...read }) => read);
  }
}
