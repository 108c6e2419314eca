// Adding and editing the records of an episode that need nothing special: goals, irritability
// grades, sessions, flares, measures, referrals and movement assessments. Each kind names its input
// schema (the domain's, without the id the store assigns and without the removal marker, which only
// a removal sets) and the policy action it needs. Dates after today are refused
// (records/future-dates.ts). An edit of a removed record is a conflict; an edit's audit row keeps
// the fields it changed, before and after.
import type { z } from 'zod';
import {
  flareSchema, goalSchema, irritabilityGradeSchema, measureSchema, movementAssessmentSchema, referralSchema, sessionSchema, versionSchema,
} from '../domain/index.ts';
import type { EpisodeRecordKind, EpisodeRecordTypes, Stored, StoreTx } from '../store/index.ts';
import { AppError } from '../domain/errors.ts';
import { onEpisode } from './access.ts';
import { changedFields } from './audit-detail.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { refuseDatesAfterToday } from './dates-after-today.ts';
import { parseId, parseInput } from './parse-input.ts';
import type { PatientRecordAction } from './policies/index.ts';

export { versionSchema };

export const recordInputs = {
  goal: { schema: goalSchema.omit({ id: true, removed: true }), action: 'write-clinical' },
  // Graded by a clinician (spec §4a.1); `by` is the clinician's user id unless given.
  'irritability-grade': { schema: irritabilityGradeSchema.omit({ id: true, removed: true }), action: 'write-clinical' },
  session: { schema: sessionSchema.omit({ id: true, removed: true }), action: 'write-clinical' },
  flare: { schema: flareSchema.omit({ id: true, removed: true }), action: 'report-flare' },
  measure: { schema: measureSchema.omit({ id: true, removed: true }), action: 'write-clinical' },
  referral: { schema: referralSchema.omit({ id: true, removed: true }), action: 'write-clinical' },
  'movement-assessment': { schema: movementAssessmentSchema.omit({ id: true }), action: 'write-clinical' },
} as const satisfies Record<string, { schema: z.ZodObject; action: PatientRecordAction }>;
export type SimpleRecordKind = keyof typeof recordInputs;

// A goal's ratings are its history, added one by one (rate-goal.ts): an edit of the goal keeps them.
export const recordEditSchemas = {
  goal: recordInputs.goal.schema.omit({ ratings: true }).extend({ version: versionSchema }),
  'irritability-grade': recordInputs['irritability-grade'].schema.extend({ version: versionSchema }),
  session: recordInputs.session.schema.extend({ version: versionSchema }),
  flare: recordInputs.flare.schema.extend({ version: versionSchema }),
  measure: recordInputs.measure.schema.extend({ version: versionSchema }),
  referral: recordInputs.referral.schema.extend({ version: versionSchema }),
} as const;
export type EditableRecordKind = keyof typeof recordEditSchemas;

/** A grade names who made it: the signed-in clinician unless the body says. */
function stampedBy(kind: SimpleRecordKind, fields: Record<string, unknown>, actor: Actor): Record<string, unknown> {
  return kind === 'irritability-grade' && fields.by === undefined ? { ...fields, by: actor.userId } : fields;
}

export async function addRecord<K extends SimpleRecordKind>(
  deps: ServiceDeps, actor: Actor, kind: K, episodeId: string, input: unknown, now: Date,
): Promise<Stored<EpisodeRecordTypes[K]>> {
  const { schema, action } = recordInputs[kind];
  const fields = parseInput(schema as z.ZodObject, input, kind);
  const { result } = await onEpisode(deps, actor, now, episodeId, action, async ({ scope, note, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday(kind, fields as never, today, now);
    const record = { ...stampedBy(kind, fields, actor), id: deps.store.newId() } as unknown as EpisodeRecordTypes[K];
    const stored = await scope.records(kind).insert(episodeId, record);
    note({ action: 'create', recordType: kind, recordId: stored.id });
    return stored;
  });
  return result;
}

/** The episode a record belongs to, found within the actor's clinic (404 when there is none). */
export async function episodeOfRecord(deps: ServiceDeps, actor: Actor, kind: keyof EpisodeRecordTypes, id: string): Promise<string> {
  parseId(id, 'id');
  const record = await deps.store.transaction((tx: StoreTx) => tx.clinic(actor.clinicId).records(kind).get(id));
  if (!record) throw new AppError('not-found', `no ${kind} ${id}`);
  return record.episodeId;
}

/** A removed record stays as it was: refuse any change to it. */
export function refuseIfRemoved(kind: EpisodeRecordKind, record: { removed?: { on: string } | undefined }): void {
  if (record.removed) throw new AppError('conflict', `This ${kind} was removed on ${record.removed.on}; a removed record cannot be changed`);
}

/** The stored record without the store's bookkeeping, as an edit's "before". */
export const recordFields = <R extends { episodeId: string; version: number }>({ episodeId: _e, version: _v, ...fields }: R): Omit<R, 'episodeId' | 'version'> => fields;

export async function editRecord<K extends EditableRecordKind>(
  deps: ServiceDeps, actor: Actor, kind: K, id: string, input: unknown, now: Date,
): Promise<Stored<EpisodeRecordTypes[K]>> {
  const { version: v, ...fields } = parseInput(recordEditSchemas[kind] as z.ZodObject, input, kind) as { version: number } & Record<string, unknown>;
  const episodeId = await episodeOfRecord(deps, actor, kind, id);
  const { result } = await onEpisode(deps, actor, now, episodeId, recordInputs[kind].action, async ({ scope, note, rules }) => {
    const { today } = await rules();
    refuseDatesAfterToday(kind, fields as never, today, now);
    const repo = scope.records(kind);
    const current = await repo.get(id);
    if (!current) throw new AppError('not-found', `no ${kind} ${id}`);
    refuseIfRemoved(kind, current as { removed?: { on: string } });
    const kept = kind === 'goal' ? { ratings: (current as Stored<EpisodeRecordTypes['goal']>).ratings } : {};
    const stored = await repo.replace(id, v, { ...stampedBy(kind, fields, actor), ...kept, id } as unknown as EpisodeRecordTypes[K]);
    note({ action: 'update', recordType: kind, recordId: id, detail: changedFields(recordFields(current), recordFields(stored)) });
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
