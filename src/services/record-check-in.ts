// A patient's check-in (spec §3), submitted with an idempotency key: a phone that retries after a
// lost response sends the same key, gets the first result back, and nothing new is written (no
// second row, no audit row, no recomputed summary). The same key with a different body is refused:
// it is a client bug, not a retry.
//
// The write path is kept to the check-in, its audit row and a count of the write to the episode
// (issue 4): the caseload summary it makes stale is recomputed by the next caseload or outcomes read,
// and the whole case file is not read back. So the rules the case-file schema checks across records
// for a check-in are checked here against the goals and programme exercises it names
// (src/domain/records/case-file.ts).
import { createHash } from 'node:crypto';
import { AppError } from '../domain/errors.ts';
import { checkInSchema, type CheckIn } from '../domain/index.ts';
import type { ClinicScope, Stored } from '../store/index.ts';
import { onEpisode } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';

export const newCheckInSchema = checkInSchema.omit({ id: true });
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
  const { result } = await onEpisode(deps, actor, now, episodeId, 'report-check-in', async ({ scope, note, nothingWritten, deferSummary }) => {
    deferSummary();
    const repo = scope.records('check-in');
    const inserted = await repo.insertUnlessExists(episodeId, { ...fields, id: deps.store.newId() }, { idempotencyKey, requestHash });
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
