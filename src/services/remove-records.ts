// Removing a record a clinician entered (a goal, irritability grade, session, flare, measure, referral
// or checkpoint): it is marked removed with who, the day and why, never deleted, and from that day on
// the engine reads the episode without it (engine/as-of.ts); a replay of an earlier day still shows
// it. The version read must be current (409 otherwise); the audit row keeps the reason.
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { removalSchema } from '../domain/index.ts';
import type { EpisodeRecordTypes, Stored } from '../store/index.ts';
import { onEpisode } from './access.ts';
import { changedFields } from './audit-detail.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';
import type { PatientRecordAction } from './policies/index.ts';
import { episodeOfRecord, recordFields, recordInputs, refuseIfRemoved, versionSchema } from './record-episode-records.ts';

export const removableKinds = ['goal', 'irritability-grade', 'session', 'flare', 'measure', 'referral', 'checkpoint'] as const;
export type RemovableKind = (typeof removableKinds)[number];

export const removalInputSchema = z.object({
  version: versionSchema,
  reason: removalSchema.shape.reason,
});

/** Who may remove: whoever may enter the record (a patient may take back a flare they reported). */
const actionOf: Record<RemovableKind, PatientRecordAction> = {
  ...Object.fromEntries(Object.entries(recordInputs).map(([kind, { action }]) => [kind, action])) as Record<keyof typeof recordInputs, PatientRecordAction>,
  checkpoint: 'write-clinical',
};

export async function removeRecord<K extends RemovableKind>(
  deps: ServiceDeps, actor: Actor, kind: K, id: string, input: unknown, now: Date,
): Promise<Stored<EpisodeRecordTypes[K]>> {
  const { version, reason } = parseInput(removalInputSchema, input, `removal of the ${kind}`);
  const episodeId = await episodeOfRecord(deps, actor, kind, id);
  const { result } = await onEpisode(deps, actor, now, episodeId, actionOf[kind], async ({ scope, note, rules }) => {
    const repo = scope.records(kind);
    const current = await repo.get(id);
    if (!current) throw new AppError('not-found', `no ${kind} ${id}`);
    refuseIfRemoved(kind, current);
    const removed = await repo.remove(id, version, { on: (await rules()).today, by: actor.userId, reason });
    note({ action: 'remove', recordType: kind, recordId: id, detail: { ...changedFields(recordFields(current), recordFields(removed)), reason } });
    return removed;
  });
  return result;
}
