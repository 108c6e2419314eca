// The exercise library a clinic sees (spec §4b): the built-in exercises and the clinic's own, which
// a clinician or admin adds (same shape, checked by the same schema; an id may not be a built-in
// one). Filtered by kind (pattern), ladder or a word of the name or what it trains.
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { builtInExercises, exerciseKinds, textSchema, exerciseSchema, isBuiltInExercise, type Exercise } from '../domain/index.ts';
import { inClinic } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';
import { canAddClinicExercise, canReadExerciseLibrary } from './policies/index.ts';

export const exerciseQuerySchema = z.object({
  kind: z.enum(exerciseKinds).optional().describe('A pattern (hinge, squat, ...), mobility, motor-control or conditioning'),
  ladder: textSchema({ min: 1, max: 40 }).optional(),
  q: textSchema({ min: 1, max: 80 }).optional().describe('Words of the name or of what it trains'),
});

export interface LibraryExercise extends Exercise {
  source: 'built-in' | 'clinic';
}

/** The built-in exercises and the clinic's own, with where each comes from, filtered. */
export function filterLibrary(exercises: readonly LibraryExercise[], query: z.infer<typeof exerciseQuerySchema>): LibraryExercise[] {
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return exercises.filter((e) => (query.kind === undefined || e.kind === query.kind)
    && (query.ladder === undefined || e.ladder === query.ladder)
    && words.every((w) => `${e.name} ${e.trains} ${e.ladder}`.toLowerCase().includes(w)));
}

export async function listExercises(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<LibraryExercise[]> {
  const query = parseInput(exerciseQuerySchema, input, 'exercise query');
  return inClinic(deps, actor, now, canReadExerciseLibrary(actor), 'read the exercise library', async ({ scope }) => {
    const own = await scope.exercises.list();
    const all: LibraryExercise[] = [
      ...builtInExercises.map((e) => ({ ...e, source: 'built-in' as const })),
      ...own.map((e) => ({ ...e, source: 'clinic' as const })),
    ];
    return filterLibrary(all, query);
  });
}

export async function addClinicExercise(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<LibraryExercise> {
  const exercise = parseInput(exerciseSchema, input, 'exercise');
  if (isBuiltInExercise(exercise.id)) {
    throw new AppError('validation', `Invalid exercise: id: "${exercise.id}" is a built-in exercise`, [{ path: 'id', message: 'is a built-in exercise: choose another id' }]);
  }
  return inClinic(deps, actor, now, canAddClinicExercise(actor), 'add an exercise to the library', async ({ scope, note }) => {
    await scope.exercises.insert(exercise, actor.userId, now);
    note({ action: 'create', recordType: 'exercise', recordId: exercise.id });
    return { ...exercise, source: 'clinic' };
  });
}
