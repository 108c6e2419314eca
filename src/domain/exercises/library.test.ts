// The library as data (spec §4b): at least 60 exercises, each schema-valid; each of the six patterns
// has a ladder of at least 5 steps; mobility, motor control and a graded walking programme are there;
// ids are unique and ladders have no gaps; and every instruction is plain, checked as the
// conversation drafts are: Flesch-Kincaid grade 8 or lower by the text-readability package.
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { exerciseSchema, fundamentalPatterns } from '../records/active-phase.ts';
import { builtInExercises, builtInLibrary, withClinicExercises } from './library.ts';

describe('the exercise library', () => {
  it('has at least 60 exercises, each valid against the schema a clinic\'s own must pass', () => {
    expect(builtInExercises.length).toBeGreaterThanOrEqual(60);
    for (const exercise of builtInExercises) expect(exerciseSchema.safeParse(exercise).error?.issues ?? [], exercise.id).toEqual([]);
    expect(new Set(builtInExercises.map((e) => e.id)).size).toBe(builtInExercises.length);
  });

  it.each(fundamentalPatterns)('%s has a ladder of at least 5 steps, numbered 1, 2, 3, ... without gaps', (pattern) => {
    const ladder = builtInLibrary.ladder(pattern);
    expect(ladder.length).toBeGreaterThanOrEqual(5);
    expect(ladder.map((e) => e.step)).toEqual(ladder.map((_, i) => i + 1));
    expect(ladder.every((e) => e.kind === pattern)).toBe(true);
  });

  it('has mobility, motor control and conditioning, with a graded walking programme', () => {
    for (const kind of ['mobility', 'motor-control', 'conditioning'] as const) expect(builtInLibrary.byKind(kind).length).toBeGreaterThanOrEqual(5);
    const walking = builtInLibrary.ladder('walking');
    expect(walking[0]?.unit).toBe('minutes');
    expect(walking.length).toBeGreaterThanOrEqual(3);
  });

  it('finds the step above and below on a ladder, and none past the ends', () => {
    expect(builtInLibrary.stepAbove('hinge-bridge')?.id).toBe('hinge-bodyweight-rdl');
    expect(builtInLibrary.stepBelow('hinge-bridge')?.id).toBe('hinge-dowel');
    expect(builtInLibrary.stepBelow('hinge-dowel')).toBeNull();
    expect(builtInLibrary.stepAbove('hinge-kettlebell-swing')).toBeNull();
  });

  it('puts a clinic\'s own exercise on a ladder beside the built-in ones', () => {
    const base = builtInLibrary.get('squat-box');
    if (!base) throw new Error('no squat-box');
    const own = { ...base, id: 'clinic-step-squat', name: 'Squat to a low step', step: 3 };
    const library = withClinicExercises([own]);
    expect(library.ladder('squat').map((e) => e.id)).toContain('clinic-step-squat');
    expect(library.get('clinic-step-squat')?.name).toBe('Squat to a low step');
    expect(builtInLibrary.get('clinic-step-squat')).toBeUndefined();
  });
});

describe('every instruction is plain enough for the patient', () => {
  it.each(builtInExercises.map((e) => [e.id, e.instructions] as const))('%s is at Flesch-Kincaid grade 8 or lower', (_id, text) => {
    expect(readability.fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });
});
