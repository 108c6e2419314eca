// A patient's check-in written in one statement (issue 15: the write path near the bare insert):
// threshold_record_check_in (migrations 0011 and 0014) inserts the check-in, counts the write to its
// episode (its caseload summary is now stale) and appends its audit event in the one transaction of
// that statement, with no BEGIN and COMMIT round trips and no read before the write. It writes only
// when everything holds, and otherwise writes nothing and says so; the caller then takes the full
// path, which finds out why (no such episode, not the patient's own, a replayed key, a goal the
// episode does not have) and answers accordingly.
// Check-ins of one clinic that arrive while its previous statement is under way are written
// together by threshold_record_check_ins (0016), each as the single call would (write-groups.ts):
// a check-in is answered only once the statement that wrote it has committed.
import { getTableColumns, sql } from 'drizzle-orm';
import type { CheckIn } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { rowsOf } from './rows.ts';
import { checkIns } from './schema/index.ts';
import { groupedWrites } from './write-groups.ts';

export interface CheckInWrite {
  episodeId: string;
  checkIn: CheckIn;
  idempotencyKey: string;
  requestHash: string;
  /** Write only if the episode is this patient's (a patient's own check-in). */
  onlyForPatient?: string | undefined;
  audit: { at: Date; actorUserId: string; actorRole: string };
}

/** The check-in as a row of check_ins, by column name (what jsonb_populate_record reads). */
function asRow(write: CheckInWrite): Record<string, unknown> {
  const values: Record<string, unknown> = { ...write.checkIn, episodeId: write.episodeId, idempotencyKey: write.idempotencyKey, requestHash: write.requestHash };
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(checkIns))) {
    if (key !== 'clinicId' && values[key] !== undefined) row[column.name] = values[key];
  }
  return row;
}

/** One check-in as threshold_record_check_ins reads it. */
function asItem(write: CheckInWrite): Record<string, unknown> {
  return {
    check_in: asRow(write),
    only_for_patient: write.onlyForPatient ?? null,
    audit: { at: write.audit.at.toISOString(), actor_user_id: write.audit.actorUserId, actor_role: write.audit.actorRole },
  };
}

/** A group of one clinic's check-ins in one statement: for each, its episode's patient when written, else null. */
async function writeGroup(db: Db, clinicId: string, writes: CheckInWrite[]): Promise<({ patientId: string } | null)[]> {
  const result = await db.execute(sql`select threshold_record_check_ins(${clinicId}, ${JSON.stringify(writes.map(asItem))}::jsonb) as written`);
  const [row] = rowsOf<{ written: (string | null)[] }>(result);
  return (row?.written ?? []).map((patientId) => (patientId ? { patientId } : null));
}

/**
 * The check-in writer of a database: write the check-in, its write count and its audit event in one
 * statement, grouped with the clinic's other check-ins that arrive meanwhile; resolves with the
 * episode's patient when written, null when nothing was written (the caller then takes the full path).
 */
export function checkInWriter(db: Db): (clinicId: string, write: CheckInWrite) => Promise<{ patientId: string } | null> {
  return groupedWrites((clinicId, writes: CheckInWrite[]) => writeGroup(db, clinicId, writes));
}
