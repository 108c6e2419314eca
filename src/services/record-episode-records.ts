// Adding and editing the records of an episode that need nothing special: goals, sessions, flares,
// measures, referrals and movement assessments. Each kind names its input schema (the domain's, without the id the store
// assigns) and the policy action it needs.
import { z } from 'zod';
import {
  flareSchema, goalSchema, measureSchema, movementAssessmentSchema, referralSchema, sessionSchema,
} from '../domain/index.ts';
import type { EpisodeRecordTypes, Stored, StoreTx } from '../store/index.ts';
import { AppError } from '../domain/errors.ts';
import { onEpisode } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';
import type { PatientRecordAction } from './policies/index.ts';

const version = z.number().int().min(1).describe('The version you read: a stale version is refused with 409');

export const recordInputs = {
  goal: { schema: goalSchema.omit({ id: true }), action: 'write-clinical' },
  session: { schema: sessionSchema.omit({ id: true }), action: 'write-clinical' },
  flare: { schema: flareSchema.omit({ id: true }), action: 'report-flare' },
  measure: { schema: measureSchema.omit({ id: true }), action: 'write-clinical' },
  referral: { schema: referralSchema.omit({ id: true }), action: 'write-clinical' },
  'movement-assessment': { schema: movementAssessmentSchema.omit({ id: true }), action: 'write-clinical' },
} as const satisfies Record<string, { schema: z.ZodObject; action: PatientRecordAction }>;
export type SimpleRecordKind = keyof typeof recordInputs;

export const recordEditSchemas = {
  goal: recordInputs.goal.schema.extend({ version }),
  session: recordInputs.session.schema.extend({ version }),
  flare: recordInputs.flare.schema.extend({ version }),
  referral: recordInputs.referral.schema.extend({ version }),
} as const;
export type EditableRecordKind = keyof typeof recordEditSchemas;

export async function addRecord<K extends SimpleRecordKind>(
  deps: ServiceDeps, actor: Actor, kind: K, episodeId: string, input: unknown, now: Date,
): Promise<Stored<EpisodeRecordTypes[K]>> {
  const { schema, action } = recordInputs[kind];
  const fields = parseInput(schema as z.ZodObject, input, kind);
  const { result } = await onEpisode(deps, actor, now, episodeId, action, async ({ scope, note }) => {
    const record = { ...fields, id: deps.store.newId() } as unknown as EpisodeRecordTypes[K];
    const stored = await scope.records(kind).insert(episodeId, record);
    note({ action: 'create', recordType: kind, recordId: stored.id });
    return stored;
  });
  return result;
}

/** The episode a record belongs to, found within the actor's clinic (404 when there is none). */
export async function episodeOfRecord(deps: ServiceDeps, actor: Actor, kind: keyof EpisodeRecordTypes, id: string): Promise<string> {
  const record = await deps.store.transaction((tx: StoreTx) => tx.clinic(actor.clinicId).records(kind).get(id));
  if (!record) throw new AppError('not-found', `no ${kind} ${id}`);
  return record.episodeId;
}

export async function editRecord<K extends EditableRecordKind>(
  deps: ServiceDeps, actor: Actor, kind: K, id: string, input: unknown, now: Date,
): Promise<Stored<EpisodeRecordTypes[K]>> {
  const { version: v, ...fields } = parseInput(recordEditSchemas[kind] as z.ZodObject, input, kind) as { version: number } & Record<string, unknown>;
  const episodeId = await episodeOfRecord(deps, actor, kind, id);
  const { result } = await onEpisode(deps, actor, now, episodeId, recordInputs[kind].action, async ({ scope, note }) => {
    const stored = await scope.records(kind).replace(id, v, { ...fields, id } as unknown as EpisodeRecordTypes[K]);
    note({ action: 'update', recordType: kind, recordId: id });
    return stored;
  });
  return result;
}

export async function listRecords<K extends keyof EpisodeRecordTypes>(
  deps: ServiceDeps, actor: Actor, kind: K, episodeId: string, now: Date,
): Promise<Stored<EpisodeRecordTypes[K]>[]> {
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ scope, note }) => {
    note({ action: 'read', recordType: `${kind}-list`, recordId: episodeId });
    return scope.records(kind).list(episodeId);
  });
  return result;
}
