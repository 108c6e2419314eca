// The exercise library (spec §4b): the built-in exercises as data, and the questions asked of it:
// which exercise has this id, which ladder is it on, what is the step above or below. A clinic's own
// exercises (same shape, stored per clinic) join the built-in ones: `withClinicExercises` gives the
// library a clinic sees. Ladders order by step, then id, so a clinic's exercise can sit on a ladder.
import type { Exercise, ExerciseKind } from '../records/active-phase.ts';
import { carryLadder } from './carry.ts';
import { conditioningExercises } from './conditioning.ts';
import { hingeLadder } from './hinge.ts';
import { lungeLadder } from './lunge.ts';
import { mobilityExercises } from './mobility.ts';
import { motorControlExercises } from './motor-control.ts';
import { pullLadder } from './pull.ts';
import { overheadLadder, pushLadder } from './push.ts';
import { squatLadder } from './squat.ts';

export const builtInExercises: readonly Exercise[] = Object.freeze([
  ...hingeLadder, ...squatLadder, ...lungeLadder, ...pushLadder, ...overheadLadder, ...pullLadder, ...carryLadder,
  ...mobilityExercises, ...motorControlExercises, ...conditioningExercises,
]);

const builtInIds = new Set(builtInExercises.map((e) => e.id));

/** True for the id of a built-in exercise (a clinic's own may not reuse one). */
export function isBuiltInExercise(id: string): boolean {
  return builtInIds.has(id);
}

export interface ExerciseLibrary {
  all: readonly Exercise[];
  get: (id: string) => Exercise | undefined;
  /** The exercises of a ladder, easiest first. */
  ladder: (ladder: string) => readonly Exercise[];
  /** The next step up the exercise's ladder, or null at the top. */
  stepAbove: (id: string) => Exercise | null;
  /** The step below on the exercise's ladder, or null at the bottom. */
  stepBelow: (id: string) => Exercise | null;
  byKind: (kind: ExerciseKind) => readonly Exercise[];
}

function buildLibrary(exercises: readonly Exercise[]): ExerciseLibrary {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const ladders = new Map<string, Exercise[]>();
  for (const exercise of exercises) {
    const list = ladders.get(exercise.ladder) ?? [];
    list.push(exercise);
    ladders.set(exercise.ladder, list);
  }
  for (const list of ladders.values()) list.sort((a, b) => a.step - b.step || a.id.localeCompare(b.id));
  const neighbour = (id: string, offset: 1 | -1): Exercise | null => {
    const exercise = byId.get(id);
    if (!exercise) return null;
    const list = ladders.get(exercise.ladder) ?? [];
    return list[list.indexOf(exercise) + offset] ?? null;
  };
  return {
    all: exercises,
    get: (id) => byId.get(id),
    ladder: (ladder) => ladders.get(ladder) ?? [],
    stepAbove: (id) => neighbour(id, 1),
    stepBelow: (id) => neighbour(id, -1),
    byKind: (kind) => exercises.filter((e) => e.kind === kind),
  };
}

export const builtInLibrary: ExerciseLibrary = buildLibrary(builtInExercises);

const withClinic = new WeakMap<readonly Exercise[], ExerciseLibrary>();

/** The built-in library with a clinic's own exercises added (built once per list). */
export function withClinicExercises(clinicExercises: readonly Exercise[]): ExerciseLibrary {
  if (clinicExercises.length === 0) return builtInLibrary;
  let library = withClinic.get(clinicExercises);
  if (!library) {
    library = buildLibrary([...builtInExercises, ...clinicExercises]);
    withClinic.set(clinicExercises, library);
  }
  return library;
}
