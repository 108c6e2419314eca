// Dose arithmetic for the programme (spec §4b): one step up is about `exerciseLoadStep` (10%) more
// of the one thing the exercise progresses (the load of a loaded exercise; otherwise repetitions,
// time or distance, then one more set), the top of an exercise leads to the next step of its ladder;
// one step down is the reverse. Amounts are rounded the way they are done: whole repetitions and
// minutes, 5-second and 5-metre steps, half kilograms, and a step always changes the dose by at
// least one of those units (reference §7: about +10% a week; §12: a ladder changes one thing).
import type { Dose, DoseUnit, Exercise } from '../../records/active-phase.ts';
import type { ExerciseLibrary } from '../../exercises/library.ts';

/** The one volume measure a dose is counted in. */
export function unitOf(dose: Dose): DoseUnit {
  if (dose.reps !== undefined) return 'reps';
  if (dose.seconds !== undefined) return 'seconds';
  if (dose.minutes !== undefined) return 'minutes';
  return 'metres';
}

export function volumeOf(dose: Dose): number {
  return dose.reps ?? dose.seconds ?? dose.minutes ?? dose.metres ?? 0;
}

function withVolume(dose: Dose, sets: number, volume: number): Dose {
  const { reps: _r, seconds: _s, minutes: _m, metres: _d, ...rest } = dose;
  return { ...rest, sets, [unitOf(dose)]: volume };
}

/** Compare two doses of one exercise: by load first, then by total volume (sets x amount). */
export function compareDoses(a: Dose, b: Dose): number {
  return (a.loadKg ?? 0) - (b.loadKg ?? 0) || a.sets * volumeOf(a) - b.sets * volumeOf(b);
}

export function sameDose(a: Dose, b: Dose): boolean {
  return a.sets === b.sets && volumeOf(a) === volumeOf(b) && unitOf(a) === unitOf(b) && (a.loadKg ?? 0) === (b.loadKg ?? 0);
}

const smallest: Record<DoseUnit, number> = { reps: 1, seconds: 5, minutes: 1, metres: 5 };
const roundTo = (value: number, unit: number): number => Math.round(value / unit) * unit;
const roundKg = (kg: number): number => Math.round(kg * 2) / 2;

/** How much one step changes an amount: the fraction, rounded to the unit, at least one unit. */
function increment(unit: DoseUnit, amount: number, step: number): number {
  return Math.max(smallest[unit], roundTo(amount * step, smallest[unit]));
}

export interface Placed {
  exerciseId: string;
  dose: Dose;
}

/** One step up: more of the same exercise, or the next step of its ladder at its start dose; null at the top. */
export function stepUp(library: ExerciseLibrary, exercise: Exercise, dose: Dose, step: number): Placed | null {
  const next = (): Placed | null => {
    const above = library.stepAbove(exercise.id);
    return above ? { exerciseId: above.id, dose: above.startDose } : null;
  };
  if (exercise.loaded) {
    const load = dose.loadKg ?? 0;
    const top = exercise.topDose.loadKg ?? load;
    if (load >= top) return next();
    const raised = Math.max(roundKg(load * (1 + step)), load + 0.5);
    return { exerciseId: exercise.id, dose: { ...dose, loadKg: Math.min(top, raised) } };
  }
  const unit = unitOf(dose);
  const amount = volumeOf(dose);
  const topAmount = volumeOf(exercise.topDose);
  if (amount < topAmount) {
    return { exerciseId: exercise.id, dose: withVolume(dose, dose.sets, Math.min(topAmount, amount + increment(unit, amount, step))) };
  }
  if (dose.sets < exercise.topDose.sets) {
    // One more set, with the amount per set chosen so the total still grows by about one step.
    const total = dose.sets * amount * (1 + step);
    const perSet = Math.max(volumeOf(exercise.startDose), roundTo(total / (dose.sets + 1), smallest[unit]));
    return { exerciseId: exercise.id, dose: withVolume(dose, dose.sets + 1, perSet) };
  }
  return next();
}

/**
 * One step down: about a step less of the same exercise (below its start dose if need be: the
 * exercise the patient knows stays), and only where nothing is left to take off, the step below on
 * its ladder at its top dose. A rung's doses are not comparable across rungs (a front carry is not a
 * farmer carry), so a step back stays on the rung the patient is on.
 */
export function stepDown(library: ExerciseLibrary, exercise: Exercise, dose: Dose, step: number): Placed {
  if (exercise.loaded && (dose.loadKg ?? 0) > 0) {
    const load = dose.loadKg ?? 0;
    const lowered = Math.min(roundKg(load * (1 - step)), load - 0.5);
    return { exerciseId: exercise.id, dose: { ...dose, loadKg: Math.max(0, lowered) } };
  }
  const unit = unitOf(dose);
  const amount = volumeOf(dose);
  const less = Math.max(smallest[unit], amount - increment(unit, amount, step));
  if (less < amount) return { exerciseId: exercise.id, dose: withVolume(dose, dose.sets, less) };
  if (dose.sets > 1) return { exerciseId: exercise.id, dose: withVolume(dose, dose.sets - 1, amount) };
  const below = library.stepBelow(exercise.id);
  return below ? { exerciseId: below.id, dose: below.topDose } : { exerciseId: exercise.id, dose };
}

const unitWords: Record<DoseUnit, string> = { reps: 'reps', seconds: 's', minutes: 'min', metres: 'm' };

/** "3 x 8 reps at 12 kg", "20 min", "3 x 30 s". */
export function describeDose(dose: Dose): string {
  const amount = `${volumeOf(dose)} ${unitWords[unitOf(dose)]}`;
  const sets = dose.sets === 1 && unitOf(dose) === 'minutes' ? amount : `${dose.sets} x ${amount}`;
  return dose.loadKg === undefined ? sets : `${sets} at ${dose.loadKg} kg`;
}

/**
 * About how many minutes one session at this dose takes: the minutes themselves for a timed
 * programme, else the library's minutes at the start dose scaled by the sets (and by the time held,
 * for held exercises). An estimate for the passive share, not a clinical number.
 */
export function doseMinutes(exercise: Exercise | undefined, dose: Dose): number {
  if (dose.minutes !== undefined) return dose.sets * dose.minutes;
  if (!exercise) return 0;
  const sets = dose.sets / exercise.startDose.sets;
  const held = dose.seconds !== undefined && exercise.startDose.seconds !== undefined ? dose.seconds / exercise.startDose.seconds : 1;
  return exercise.minutes * sets * held;
}
