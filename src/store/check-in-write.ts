// A patient's check-in written in one statement (issue 15: the write path near the bare insert). One
// INSERT with data-modifying CTEs is one transaction on both backends, so the check-in, the count of
// the write to its episode (its caseload summary is now stale) and its audit event commit together
// or not at all, with no BEGIN and COMMIT round trips and no read before the write. The statement
// writes only when everything holds; otherwise it writes nothing and says so, and the caller takes
// the full path, which finds out why (no such episode, not the patient's own, a replayed key, a goal
// the episode does not have) and answers accordingly:
// - the episode exists in this clinic (and belongs to `onlyForPatient`, when given);
// - every goal the check-in rates is a goal of the episode, an ability rated at most 10 (the rule
//   caseFileSchema checks across records);
// - the idempotency key is new for the episode (the unique index decides, under concurrency too).
import { sql, type SQL } from 'drizzle-orm';
import type { CheckIn } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { rowsOf } from './rows.ts';
import { auditEvents, checkIns, episodes, episodeWrites, goals } from './schema/index.ts';

export interface CheckInWrite {
  episodeId: string;
  checkIn: CheckIn;
  idempotencyKey: string;
  requestHash: string;
  /** Write only if the episode is this patient's (a patient's own check-in). */
  onlyForPatient?: string | undefined;
  audit: { at: Date; actorUserId: string; actorRole: string };
}

const column = (name: string): SQL => sql`${sql.identifier(name)}`;

/** The check-in's columns in the order of the VALUES below. */
const checkInColumns = [
  checkIns.clinicId, checkIns.id, checkIns.episodeId, checkIns.date, checkIns.painNow, checkIns.goals, checkIns.reliefSinceLastSession,
  checkIns.soreness, checkIns.sleepQuality, checkIns.stress, checkIns.hep, checkIns.note, checkIns.idempotencyKey, checkIns.requestHash,
].map((c) => column(c.name));

const auditColumns = [
  auditEvents.clinicId, auditEvents.at, auditEvents.actorUserId, auditEvents.actorRole, auditEvents.action, auditEvents.recordType,
  auditEvents.recordId, auditEvents.patientId,
].map((c) => column(c.name));

/**
 * Write the check-in, its write count and its audit event in one statement; the episode's patient
 * when written, null when nothing was written (the caller then takes the full path).
 */
export async function writeCheckIn(db: Db, clinicId: string, write: CheckInWrite): Promise<{ patientId: string } | null> {
  const { checkIn, episodeId } = write;
  const rated = JSON.stringify(checkIn.goals.map((g) => ({ goalId: g.goalId, value: g.value })));
  const ownership = write.onlyForPatient === undefined ? sql`` : sql` and ${column(episodes.patientId.name)} = ${write.onlyForPatient}`;
  const result = await db.execute(sql`
    with episode as (
      select ${column(episodes.patientId.name)} as patient_id from ${episodes}
      where ${column(episodes.clinicId.name)} = ${clinicId} and ${column(episodes.id.name)} = ${episodeId}${ownership}
    ), unknown_goal as (
      select 1 from jsonb_array_elements(${rated}::jsonb) as rating
      where not exists (
        select 1 from ${goals}
        where ${column(goals.clinicId.name)} = ${clinicId} and ${column(goals.episodeId.name)} = ${episodeId}
          and ${column(goals.id.name)} = rating->>'goalId'
          and (${column(goals.measure.name)}->>'kind' <> 'ability' or (rating->>'value')::float8 <= 10)
      )
    ), inserted as (
      insert into ${checkIns} (${sql.join(checkInColumns, sql`, `)})
      select ${clinicId}, ${checkIn.id}, ${episodeId}, ${checkIn.date}, ${checkIn.painNow}, ${JSON.stringify(checkIn.goals)}::jsonb,
        ${checkIn.reliefSinceLastSession ?? null}::boolean, ${checkIn.soreness ?? null}::float8, ${checkIn.sleepQuality ?? null}::float8,
        ${checkIn.stress ?? null}::float8, ${checkIn.hep ?? null}::text, ${checkIn.note ?? null}::text, ${write.idempotencyKey}, ${write.requestHash}
      from episode where not exists (select 1 from unknown_goal)
      on conflict (${column(checkIns.clinicId.name)}, ${column(checkIns.episodeId.name)}, ${column(checkIns.idempotencyKey.name)}) do nothing
      returning ${column(checkIns.id.name)}
    ), counted as (
      insert into ${episodeWrites} (${column(episodeWrites.clinicId.name)}, ${column(episodeWrites.episodeId.name)}, ${column(episodeWrites.count.name)})
      select ${clinicId}, ${episodeId}, 1 from inserted
      on conflict (${column(episodeWrites.clinicId.name)}, ${column(episodeWrites.episodeId.name)})
      do update set ${column(episodeWrites.count.name)} = ${episodeWrites}.${column(episodeWrites.count.name)} + 1
      returning 1
    ), audited as (
      insert into ${auditEvents} (${sql.join(auditColumns, sql`, `)})
      select ${clinicId}, ${write.audit.at.toISOString()}::timestamptz, ${write.audit.actorUserId}, ${write.audit.actorRole}, 'create', 'check-in', inserted.id, episode.patient_id
      from inserted, episode
      returning 1
    )
    select episode.patient_id as patient_id, (select count(*) from counted) as counted, (select count(*) from audited) as audited
    from inserted, episode`);
  const [row] = rowsOf<{ patient_id: string }>(result);
  return row ? { patientId: row.patient_id } : null;
}
