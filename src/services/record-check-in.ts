// A patient's check-in (spec §3), submitted with an idempotency key: a phone that retries after a
// lost response sends the same key, gets the first result back, and nothing new is written (no
// second row, no audit row, no recomputed summary). The same key with a different body is refused:
// it is a client bug, not a retry. The server stamps the time it received the check-in (the request's
// clock, read once at the edge) beside the device's time the patient made it (spec §4a.3).
//
// The write path (issue 4, issue 15): a check-in is written in one statement that also counts the
// write to its episode (the caseload summary is now stale: the summary refresher recomputes it off
// the request) and appends its audit event, all in that statement's one transaction, with no read
// before it: the statement itself checks that the episode is in the actor's clinic (and is the
// patient's own), that the goals it rates are the episode's, that the exercises it logs (spec §4b)
// are in the episode's programme, and that the key is new. When any of that fails it writes
// nothing, and the full gate (onEpisode) runs to find out why and answer: 404, 403, a 400 naming the
// goal or the exercise, or the first result of a replayed key.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { checkInSchema, type CheckIn } from '../domain/index.ts';
import type { ClinicScope, Stored } from '../store/index.ts';
import { onEpisode } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseId, parseInput } from './parse-input.ts';
import { patientScope } from './policies/index.ts';

/**
 * What a client sends: the check-in as the patient made it, `date` by the device clock with its
 * offset. The time the server received it is the server's to stamp: the schema is strict, so a body
 * that carries one (or any field it does not know) is refused, and no client can make a late
 * check-in look timely.
 */
export const newCheckInSchema = z.strictObject(checkInSchema.omit({ id: true, receivedAt: true }).shape);
const keyPattern = /^[A-Za-z0-9._:-]{8,128}$/;

export interface RecordedCheckIn {
  checkIn: Stored<CheckIn>;
  /** True when this was a retry of an earlier submission with the same key. */
  replayed: boolean;
}

function fingerprint(input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(input))).digest('hex');
}

/**
 * What caseFileSchema's cross-record check refuses in a new check-in: a goal id the episode does not
 * have, and an ability goal rated above 10. Its id is new and its fields passed checkInSchema.
 */
async function checkGoalsNamed(scope: ClinicScope, episodeId: string, goals: CheckIn['goals']): Promise<void> {
  if (goals.length === 0) return;
  const known = new Map((await scope.records('goal').list(episodeId)).map((goal) => [goal.id, goal]));
  const details = goals.flatMap(({ goalId, value }, i) => {
    const goal = known.get(goalId);
    if (!goal) return [{ path: `goals[${i}].goalId`, message: `no goal with id "${goalId}"` }];
    if (goal.measure.kind === 'ability' && value > 10) return [{ path: `goals[${i}].value`, message: 'an ability is rated 0 to 10' }];
    return [];
  });
  const first = details[0];
  if (first) throw new AppError('validation', `Invalid check-in: ${first.path}: ${first.message}`, details);
}

/** The one-statement write; null when it wrote nothing (or the actor's scope cannot be put in it). */
async function writeInOneStatement(
  deps: ServiceDeps, actor: Actor, episodeId: string, idempotencyKey: string, fields: Omit<CheckIn, 'id'>, requestHash: string, now: Date,
): Promise<RecordedCheckIn | null> {
  const scope = patientScope(actor, 'report-check-in');
  if (scope === 'none') return null;
  parseId(episodeId, 'episodeId');
  // The server stamps its receipt (spec §4a.3); the client's own time is `date`.
  const checkIn: CheckIn = { ...fields, receivedAt: now.toISOString(), id: deps.store.newId() };
  const written = await deps.store.singleStatement(actor.clinicId).recordCheckIn({
    episodeId, checkIn, idempotencyKey, requestHash,
    onlyForPatient: scope === 'any' ? undefined : scope.patientId,
    audit: { at: now, actorUserId: actor.userId, actorRole: actor.role },
  });
  if (!written) return null;
  deps.summaryRefresher.wake(actor.clinicId, episodeId, now);
  const stored = Object.fromEntries(Object.entries(checkIn).filter(([, value]) => value !== undefined)) as CheckIn;
  return { checkIn: { ...stored, episodeId, version: 1 }, replayed: false };
}

/** What caseFileSchema refuses in a check-in's programme log: an exercise no programme version named. */
async function checkExercisesNamed(scope: ClinicScope, episodeId: string, checkIn: Pick<CheckIn, 'exercises' | 'morningAfter'>): Promise<void> {
  if (checkIn.exercises.length === 0 && checkIn.morningAfter.length === 0) return;
  const prescribed = new Set((await scope.records('programme-version').list(episodeId)).flatMap((v) => v.items.map((i) => i.exerciseId)));
  const details = [
    ...checkIn.exercises.map((e, i) => ({ path: `exercises[${i}].exerciseId`, id: e.exerciseId })),
    ...checkIn.morningAfter.map((e, i) => ({ path: `morningAfter[${i}].exerciseId`, id: e.exerciseId })),
  ].filter(({ id }) => !prescribed.has(id)).map(({ path, id }) => ({ path, message: `"${id}" is not in the programme` }));
  const first = details[0];
  if (first) throw new AppError('validation', `Invalid check-in: ${first.path}: ${first.message}`, details);
}

export async function recordCheckIn(
  deps: ServiceDeps, actor: Actor, episodeId: string, idempotencyKey: string | undefined, input: unknown, now: Date,
): Promise<RecordedCheckIn> {
  if (idempotencyKey === undefined || !keyPattern.test(idempotencyKey)) {
    throw new AppError('validation', 'the Idempotency-Key header is required: 8 to 128 letters, digits or . _ : -',
      [{ path: 'Idempotency-Key', message: 'required, 8-128 characters [A-Za-z0-9._:-]' }]);
  }
  const fields = parseInput(newCheckInSchema, input, 'check-in');
  const requestHash = fingerprint(fields);
  const fast = await writeInOneStatement(deps, actor, episodeId, idempotencyKey, fields, requestHash, now);
  if (fast) return fast;
  const { result } = await onEpisode(deps, actor, now, episodeId, 'report-check-in', async ({ scope, note, nothingWritten, deferSummary }) => {
    deferSummary();
    const repo = scope.records('check-in');
    const inserted = await repo.insertUnlessExists(episodeId, { ...fields, id: deps.store.newId(), receivedAt: now.toISOString() }, { idempotencyKey, requestHash });
    if (inserted) {
      // Checked once written, as the whole case file was before: a replay is never checked again.
      // Throwing rolls the insert back.
      await checkGoalsNamed(scope, episodeId, fields.goals);
      await checkExercisesNamed(scope, episodeId, fields);
      note({ action: 'create', recordType: 'check-in', recordId: inserted.id });
      return { checkIn: inserted, replayed: false };
    }
    const first = await repo.findBy(episodeId, 'idempotencyKey', idempotencyKey);
    if (!first) throw new AppError('internal', 'a check-in with this key exists but cannot be read');
    if (first.requestHash !== requestHash) {
      throw new AppError('conflict', 'this Idempotency-Key was already used for a different check-in: use a new key for a new check-in',
        [{ path: 'Idempotency-Key', message: 'reused with a different body' }]);
    }
    nothingWritten();
    const { requestHash: _h, ...checkIn } = first;
    return { checkIn, replayed: true };
  });
  return result;
}
