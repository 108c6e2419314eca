// An exercise and its dose in words a clinician says aloud: "the bridge, 2 sets of 10", "a walk
// of 12 minutes", "3 sets of 8 with 10 kg". Names come from the library (the clinic's own included).
import type { Dose } from '../records/active-phase.ts';
import type { CaseFile } from '../records/case-file.ts';
import { withClinicExercises } from '../exercises/library.ts';
import { count, spoken } from './wording.ts';

export function exerciseName(file: CaseFile, exerciseId: string): string {
  return (withClinicExercises(file.clinicExercises).get(exerciseId)?.name ?? exerciseId).toLowerCase();
}

export function spokenDose(dose: Dose): string {
  const load = dose.loadKg === undefined || dose.loadKg === 0 ? '' : ` with ${spoken(dose.loadKg)} kg`;
  if (dose.minutes !== undefined) return `${dose.sets > 1 ? `${dose.sets} times ` : ''}${count(dose.minutes, 'minute')}${load}`;
  const amount = dose.reps !== undefined ? String(dose.reps) : dose.seconds !== undefined ? count(dose.seconds, 'second') : count(dose.metres ?? 0, 'metre');
  return `${count(dose.sets, 'set')} of ${amount}${load}`;
}
