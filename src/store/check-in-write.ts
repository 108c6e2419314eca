// A patient's check-in written in one statement (issue 15: the write path near the bare insert): a
// call of threshold_record_check_in (migrations 0011 and 0014), which inserts the check-in, counts the write to
// its episode (its caseload summary is now stale) and appends its audit event in the one transaction
// of that statement, with no BEGIN and COMMIT round trips and no read before the write. It writes
// only when everything holds, and otherwise writes nothing and says so; the caller then takes the
// full path, which finds out why (no such episode, not the patient's own, a replayed key, a goal the
// episode does not have) and answers accordingly.
import { getTableColumns, sql } from 'drizzle-orm';
import type { CheckIn } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { rowsOf } from './rows.ts';
import { checkIns } from './schema/index.ts';

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

/**
 * Write the check-in, its write count and its audit event in one statement; the episode's patient
 * when written, null when nothing was written (the caller then takes the full path).
 */
export async function writeCheckIn(db: Db, clinicId: string, write: CheckInWrite): Promise<{ patientId: string } | null> {
  const audit = { at: write.audit.at.toISOString(), actor_user_id: write.audit.actorUserId, actor_role: write.audit.actorRole };
  const result = await db.execute(sql`select threshold_record_check_in(${clinicId}, ${JSON.stringify(asRow(write))}::jsonb, ${write.onlyForPatient ?? null}::text, ${JSON.stringify(audit)}::jsonb) as patient_id`);
  const [row] = rowsOf<{ patient_id: string | null }>(result);
  return row?.patient_id ? { patientId: row.patient_id } : null;
}
