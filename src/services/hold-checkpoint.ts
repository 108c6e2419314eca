// Checkpoints (spec §3): the engine's assessment at that moment is stored with the checkpoint and
// never recomputed, so the record shows what the clinician saw when they decided; the version of the
// clinic's settings it was assessed under is kept beside it (spec §4a.5). The decision
// (a recommendation code and a reason) may come with it or be recorded later, and changed (the
// audit row keeps the decision before and after). A checkpoint is a plan, so it may be dated ahead.
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { checkpointSchema, versionSchema, type Checkpoint } from '../domain/index.ts';
import type { Stored } from '../store/index.ts';
import { onEpisode } from './access.ts';
import { toCaseFile } from './case-file.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { changedFields } from './audit-detail.ts';
import { parseInput } from './parse-input.ts';
import { episodeOfRecord, refuseIfRemoved } from './record-episode-records.ts';

const decisionSchema = checkpointSchema.shape.decision.unwrap();
export const newCheckpointSchema = z.object({ date: checkpointSchema.shape.date, decision: decisionSchema.optional() });
export const checkpointDecisionSchema = decisionSchema.extend({
  version: versionSchema.describe('The checkpoint version you read: a stale version is refused with 409'),
});

export async function holdCheckpoint(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<Stored<Checkpoint>> {
  const fields = parseInput(newCheckpointSchema, input, 'checkpoint');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, caseFile, note, rules }) => {
    // Assessed before the checkpoint itself is stored: the state the clinician is deciding on, under
    // the clinic's settings of this moment, whose version is kept with it.
    const { settings } = await rules();
    const assessment = deps.assess(toCaseFile(await caseFile()), fields.date, settings.values);
    const stored = await scope.records('checkpoint').insert(episodeId, {
      id: deps.store.newId(), date: fields.date, assessment, settingsVersion: settings.version,
      ...(fields.decision ? { decision: { ...fields.decision, by: fields.decision.by ?? actor.userId } } : {}),
    });
    note({ action: 'create', recordType: 'checkpoint', recordId: stored.id });
    return stored;
  });
  return result;
}

export async function decideCheckpoint(deps: ServiceDeps, actor: Actor, checkpointId: string, input: unknown, now: Date): Promise<Stored<Checkpoint>> {
  const { version, ...decision } = parseInput(checkpointDecisionSchema, input, 'checkpoint decision');
  const episodeId = await episodeOfRecord(deps, actor, 'checkpoint', checkpointId);
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, note }) => {
    const repo = scope.records('checkpoint');
    const current = await repo.get(checkpointId);
    if (!current) throw new AppError('not-found', `no checkpoint ${checkpointId}`);
    refuseIfRemoved('checkpoint', current);
    const { episodeId: _e, version: _v, ...checkpoint } = current;
    const updated = await repo.replace(checkpointId, version, { ...checkpoint, decision: { ...decision, by: decision.by ?? actor.userId } });
    note({ action: 'update', recordType: 'checkpoint', recordId: checkpointId, detail: changedFields({ decision: current.decision }, { decision: updated.decision }) });
    return updated;
  });
  return result;
}
