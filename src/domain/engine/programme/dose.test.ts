import { describe, expect, it } from 'vitest';
import { builtInLibrary } from '../../exercises/library.ts';
import type { Exercise } from '../../records/active-phase.ts';
import { compareDoses, describeDose, doseMinutes, stepDown, stepUp } from './dose.ts';

function exercise(id: string): Exercise {
  const found = builtInLibrary.get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('one step up is about 10% more of the one thing the exercise progresses', () => {
  it('repetitions grow by 10%, at least one', () => {
    expect(stepUp(builtInLibrary, exercise('hinge-bridge'), { sets: 2, reps: 10 }, 0.1)).toEqual({ exerciseId: 'hinge-bridge', dose: { sets: 2, reps: 11 } });
    expect(stepUp(builtInLibrary, exercise('hinge-bridge'), { sets: 2, reps: 4 }, 0.1)?.dose).toEqual({ sets: 2, reps: 5 });
  });

  it('at the top repetitions, one more set with the total still about 10% up; at the top dose, the next step of the ladder', () => {
    expect(stepUp(builtInLibrary, exercise('hinge-bridge'), { sets: 2, reps: 15 }, 0.1)?.dose).toEqual({ sets: 3, reps: 11 });
    expect(stepUp(builtInLibrary, exercise('hinge-bridge'), { sets: 3, reps: 15 }, 0.1)).toEqual({ exerciseId: 'hinge-bodyweight-rdl', dose: { sets: 2, reps: 8 } });
    expect(stepUp(builtInLibrary, exercise('hinge-kettlebell-swing'), { sets: 5, reps: 15, loadKg: 24 }, 0.1)).toBeNull();
  });

  it('a loaded exercise grows by load in half kilograms, never past its top', () => {
    expect(stepUp(builtInLibrary, exercise('squat-goblet'), { sets: 3, reps: 8, loadKg: 10 }, 0.1)?.dose).toEqual({ sets: 3, reps: 8, loadKg: 11 });
    expect(stepUp(builtInLibrary, exercise('squat-goblet'), { sets: 3, reps: 8, loadKg: 6 }, 0.1)?.dose.loadKg).toBe(6.5);
    expect(stepUp(builtInLibrary, exercise('squat-goblet'), { sets: 3, reps: 8, loadKg: 27 }, 0.1)?.dose.loadKg).toBe(28);
  });

  it('walking time grows a minute or 10% a week; held times in 5-second steps', () => {
    expect(stepUp(builtInLibrary, exercise('walk-flat'), { sets: 1, minutes: 5 }, 0.1)?.dose).toEqual({ sets: 1, minutes: 6 });
    expect(stepUp(builtInLibrary, exercise('walk-flat'), { sets: 1, minutes: 20 }, 0.1)?.dose).toEqual({ sets: 1, minutes: 22 });
    expect(stepUp(builtInLibrary, exercise('trunk-plank'), { sets: 3, seconds: 20 }, 0.1)?.dose).toEqual({ sets: 3, seconds: 25 });
  });
});

describe('one step down', () => {
  it('takes off about 10% of the same exercise, below its start dose if need be, and goes down the ladder only when nothing is left', () => {
    expect(stepDown(builtInLibrary, exercise('squat-goblet'), { sets: 3, reps: 8, loadKg: 12 }, 0.1).dose.loadKg).toBe(11);
    expect(stepDown(builtInLibrary, exercise('carry-farmer'), { sets: 3, metres: 20, loadKg: 6 }, 0.1)).toEqual({ exerciseId: 'carry-farmer', dose: { sets: 3, metres: 20, loadKg: 5.5 } });
    expect(stepDown(builtInLibrary, exercise('hinge-bridge'), { sets: 2, reps: 10 }, 0.1)).toEqual({ exerciseId: 'hinge-bridge', dose: { sets: 2, reps: 9 } });
    expect(stepDown(builtInLibrary, exercise('hinge-bridge'), { sets: 1, reps: 1 }, 0.1)).toEqual({ exerciseId: 'hinge-dowel', dose: { sets: 3, reps: 12 } });
    expect(stepDown(builtInLibrary, exercise('hinge-dowel'), { sets: 1, reps: 1 }, 0.1)).toEqual({ exerciseId: 'hinge-dowel', dose: { sets: 1, reps: 1 } });
  });
});

describe('dose words and minutes', () => {
  it('describes and compares doses', () => {
    expect(describeDose({ sets: 3, reps: 8, loadKg: 12 })).toBe('3 x 8 reps at 12 kg');
    expect(describeDose({ sets: 1, minutes: 20 })).toBe('20 min');
    expect(compareDoses({ sets: 3, reps: 8, loadKg: 12 }, { sets: 3, reps: 10, loadKg: 10 })).toBeGreaterThan(0);
    expect(compareDoses({ sets: 2, reps: 10 }, { sets: 2, reps: 11 })).toBeLessThan(0);
  });

  it('estimates minutes from the dose (timed) or the library (sets)', () => {
    expect(doseMinutes(exercise('walk-flat'), { sets: 1, minutes: 12 })).toBe(12);
    expect(doseMinutes(exercise('hinge-bridge'), { sets: 4, reps: 10 })).toBe(10);
  });
});
