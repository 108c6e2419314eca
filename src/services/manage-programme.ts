// The exercise programme of an episode (spec §4b): read it (versions, the one in effect, and the
// exercises it names), and change it. A change is a new version, never an edit: who made it (the
// signed-in clinician), when it takes effect, why, and the whole list. The version the clinician
// read is sent back (`basedOn`, the number of versions then): a change made meanwhile is a conflict,
// as a stale record version is. A version may not take effect before the latest one.
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import {
  textSchema, builtInLibrary, isBuiltInExercise, isoDateSchema, programmeItemSchema, type Exercise, type ProgrammeVersion,
} from '../domain/index.ts';
import type { Stored } from '../store/index.ts';
import { onEpisode } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import type { LibraryExercise } from './manage-exercises.ts';
import { parseInput } from './parse-input.ts';

export const programmeChangeSchema = z.object({
  date: isoDateSchema.describe('The day the new programme takes effect'),
  reason: textSchema({ max: 2000 }).trim().min(1, 'say why the programme changes'),
  items: z.array(programmeItemSchema).max(20),
  basedOn: z.number().int().min(0).describe('How many versions the programme had when you read it; a change made meanwhile is refused with 409'),
}).superRefine((change, ctx) => {
  const seen = new Set<string>();
  change.items.forEach((item, i) => {
    if (seen.has(item.exerciseId)) ctx.addIssue({ code: 'custom', path: ['items', i, 'exerciseId'], message: `"${item.exerciseId}" is in the programme twice` });
    seen.add(item.exerciseId);
  });
});

export interface Programme {
  /** Every version, oldest first. */
  versions: Stored<ProgrammeVersion>[];
  /** The latest version (the one in effect from its date), or null before the first. */
  current: Stored<ProgrammeVersion> | null;
  /** The exercises any version names, built-in or the clinic's own, for their names, doses and instructions. */
  exercises: LibraryExercise[];
}

const byEffect = (a: ProgrammeVersion, b: ProgrammeVersion): number =>
  a.date.localeCompare(b.date) || (a.recordedAt ?? '').localeCompare(b.recordedAt ?? '') || a.id.localeCompare(b.id);

function namedExercises(versions: readonly ProgrammeVersion[], own: readonly Exercise[]): LibraryExercise[] {
  const ids = [...new Set(versions.flatMap((v) => v.items.map((i) => i.exerciseId)))].sort();
  const ownById = new Map(own.map((e) => [e.id, e]));
  return ids.flatMap((id): LibraryExercise[] => {
    const builtIn = builtInLibrary.get(id);
    if (builtIn) return [{ ...builtIn, source: 'built-in' }];
    const mine = ownById.get(id);
    return mine ? [{ ...mine, source: 'clinic' }] : [];
  });
}

export async function getProgramme(deps: ServiceDeps, actor: Actor, episodeId: string, now: Date): Promise<Programme> {
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ scope, note }) => {
    const versions = (await scope.records('programme-version').list(episodeId)).sort(byEffect);
    const own = await scope.exercises.getMany(versions.flatMap((v) => v.items.map((i) => i.exerciseId)).filter((id) => !isBuiltInExercise(id)));
    note({ action: 'read', recordType: 'programme', recordId: episodeId });
    return { versions, current: versions.at(-1) ?? null, exercises: namedExercises(versions, own) };
  });
  return result;
}

export async function changeProgramme(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<Stored<ProgrammeVersion>> {
  const change = parseInput(programmeChangeSchema, input, 'programme change');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'write-clinical', async ({ scope, note }) => {
    const versions = (await scope.records('programme-version').list(episodeId)).sort(byEffect);
    if (change.basedOn !== versions.length) {
      throw new AppError('conflict', `the programme was changed by someone else (${versions.length} versions, yours ${change.basedOn}): reload and try again`,
        [{ path: 'basedOn', message: `the programme has ${versions.length} versions` }]);
    }
    const latest = versions.at(-1);
    if (latest && change.date < latest.date) {
      throw new AppError('validation', `Invalid programme change: date: the current programme took effect on ${latest.date}; a change cannot take effect before it`,
        [{ path: 'date', message: `on or after ${latest.date}` }]);
    }
    const own = new Set((await scope.exercises.getMany(change.items.map((i) => i.exerciseId))).map((e) => e.id));
    const unknown = change.items.flatMap((item, i) => (isBuiltInExercise(item.exerciseId) || own.has(item.exerciseId) ? [] : [{ path: `items[${i}].exerciseId`, message: `no exercise "${item.exerciseId}" in the library` }]));
    const first = unknown[0];
    if (first) throw new AppError('validation', `Invalid programme change: ${first.path}: ${first.message}`, unknown);
    const user = await scope.people.getUser(actor.userId);
    const version: ProgrammeVersion = {
      id: deps.store.newId(), date: change.date, by: user?.name ?? actor.userId, reason: change.reason, items: change.items, recordedAt: now.toISOString(),
    };
    const stored = await scope.records('programme-version').insert(episodeId, version);
    note({ action: 'create', recordType: 'programme-version', recordId: stored.id });
    return stored;
  });
  return result;
}
