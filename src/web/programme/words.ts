// The active phase's codes and doses as words on screen (spec §4b). Typed by the domain's unions, so
// a new pattern or advice fails the web type-check until it has a label here.
import type { Dose, ExerciseKind, LibraryExercise, MovementPattern, ProgrammeAdvice } from '../client/types.ts';

export const adviceLabel: Record<ProgrammeAdvice['advice'], string> = { progress: 'Progress', hold: 'Hold', regress: 'Step back' };

export const kindLabel: Record<ExerciseKind, string> = {
  hinge: 'Hinge', squat: 'Squat', lunge: 'Lunge', push: 'Push', pull: 'Pull', carry: 'Carry',
  mobility: 'Mobility', 'motor-control': 'Motor control', conditioning: 'Conditioning',
};

export const patternLabel: Record<MovementPattern, string> = {
  hinge: 'Hinge', squat: 'Squat', lunge: 'Lunge', push: 'Push', pull: 'Pull', carry: 'Carry',
  walking: 'Walking', sitting: 'Sustained sitting', standing: 'Sustained standing',
};

export const qualityLabel = ['0 unable', '1 marked compensation', '2 minor compensation', '3 well'] as const;

const unitWord = { reps: 'reps', seconds: 's', minutes: 'min', metres: 'm' } as const;

export function doseUnit(dose: Dose): keyof typeof unitWord {
  return dose.reps !== undefined ? 'reps' : dose.seconds !== undefined ? 'seconds' : dose.minutes !== undefined ? 'minutes' : 'metres';
}

export function doseAmount(dose: Dose): number {
  return dose.reps ?? dose.seconds ?? dose.minutes ?? dose.metres ?? 0;
}

/** "3 x 8 reps at 12 kg", "20 min": as the clinician reads it. */
export function doseText(dose: Dose): string {
  const amount = `${doseAmount(dose)} ${unitWord[doseUnit(dose)]}`;
  const sets = dose.sets === 1 && dose.minutes !== undefined ? amount : `${dose.sets} x ${amount}`;
  return dose.loadKg === undefined ? sets : `${sets} at ${dose.loadKg} kg`;
}

/** "3 sets of 8, with 12 kg", "20 minutes": as the patient reads it. */
export function dosePlain(dose: Dose): string {
  const unit = doseUnit(dose);
  const amount = unit === 'reps' ? `${doseAmount(dose)}` : `${doseAmount(dose)} ${unit}`;
  const load = dose.loadKg ? `, with ${dose.loadKg} kg` : '';
  if (unit === 'minutes' && dose.sets === 1) return `${amount}${load}`;
  return `${dose.sets} set${dose.sets === 1 ? '' : 's'} of ${amount}${load}`;
}

/** The exercise's ladder, easiest first, as the library orders it (step, then id). */
export function ladderOf(library: readonly LibraryExercise[], exercise: LibraryExercise): LibraryExercise[] {
  return library.filter((e) => e.ladder === exercise.ladder).sort((a, b) => a.step - b.step || a.id.localeCompare(b.id));
}
