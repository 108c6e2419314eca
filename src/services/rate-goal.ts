// A rating of progress on one goal (its ability or measured capacity on a day). The patient may add
// these to their own goals; the rest of the goal (activity, baseline, target) is the clinician's.
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { goalSchema, isoDateSchema, versionSchema, type Goal } from '../domain/index.ts';
import type { Stored } from '../store/index.ts';
import { onEpisode } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { refuseDatesAfterToday } from './dates-after-today.ts';
import { parseInput } from './parse-input.ts';
import { episodeOfRecord, refuseIfRemoved } from './record-episode-records.ts';

export const goalRatingSchema = z.object({
  date: isoDateSchema,
  value: z.number().min(0),
  version: versionSchema.describe('The goal version you read: a stale version is refused with 409'),
});

export async function rateGoal(deps: ServiceDeps, actor: Actor, goalId: string, input: unknown, now: Date): Promise<Stored<Goal>> {
  const { version, ...rating } = parseInput(goalRatingSchema, input, 'goal rating');
  const source = actor.role === 'patient' ? 'check-in' : 'session';
  const episodeId = await episodeOfRecord(deps, actor, 'goal', goalId);
  const { result } = await onEpisode(deps, actor, now, episodeId, 'rate-goal', async ({ scope, note, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday('goal-rating', rating, today, now);
    const repo = scope.records('goal');
    const goal = await repo.get(goalId);
    if (!goal) throw new AppError('not-found', `no goal ${goalId}`);
    refuseIfRemoved('goal', goal);
    const { episodeId: _e, version: _v, ...stored } = goal;
    const fields = goalSchema.parse(stored);
    const updated = await repo.replace(goalId, version, { ...fields, ratings: [...fields.ratings, { ...rating, source }] });
    note({ action: 'update', recordType: 'goal', recordId: goalId, detail: { after: { rating: { ...rating, source } } } });
    return updated;
  });
  return result;
}
