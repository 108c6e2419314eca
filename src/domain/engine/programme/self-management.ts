// Graduation and the programme (spec §4b): `graduate` needs a self-management programme, exercises
// the patient has run alone (logged at home) with good adherence (`exerciseAdherenceGood`) for the
// last `selfManagementDays`, and a flare plan that names, for each, the step to go back to (the dose
// before its last increase, else one step down). Without any programme in the record, there is
// nothing to read and the engine says so beside `graduate` rather than withholding it: the
// recommendation's own rules (goals held, a checkpoint) are unchanged (recommendations.ts).
import type { CaseFile } from '../../records/case-file.ts';
import type { Settings } from '../../settings/catalogue.ts';
import { addDays } from '../../time.ts';
import type { Recommendation, SelfManagement } from '../assessment.ts';
import { plural } from '../statistics.ts';
import { exerciseAdherence } from './adherence.ts';
import { stepBackOf } from './advise.ts';
import { describeDose } from './dose.ts';
import { currentSpell, libraryOf, versionOn } from './programme-history.ts';

export function selfManagement(file: CaseFile, asOf: string, settings: Settings): SelfManagement | null {
  if (file.programme.length === 0) return null;
  const version = versionOn(file, asOf);
  const library = libraryOf(file);
  const from = addDays(asOf, 1 - settings.selfManagementDays);
  const exercises: SelfManagement['exercises'] = [];
  const notYet: string[] = [];
  for (const item of version?.items ?? []) {
    const exercise = library.get(item.exerciseId);
    if (!exercise) continue;
    const share = item.startDate <= from ? exerciseAdherence(file, item, from, asOf).share : null;
    if (share === null || share < settings.exerciseAdherenceGood) {
      notYet.push(exercise.name);
      continue;
    }
    const back = stepBackOf(file, exercise, item.dose, currentSpell(file, item, asOf), settings);
    exercises.push({ exerciseId: item.exerciseId, dose: item.dose, stepBack: { exerciseId: back.exerciseId, dose: back.dose } });
  }
  const span = `the last ${plural(settings.selfManagementDays, 'day')}`;
  if (exercises.length === 0) {
    return { ready: false, exercises, reasons: [{ rule: 'self-management', text: `No exercise of the programme has been run alone with at least ${Math.round(settings.exerciseAdherenceGood * 100)}% of its sessions done over ${span}${notYet.length > 0 ? ` (${notYet.join(', ')})` : ''}: graduation needs a programme the patient keeps up alone.` }] };
  }
  const plan = exercises.map((e) => `${library.get(e.exerciseId)?.name ?? e.exerciseId}: in a flare go back to ${library.get(e.stepBack.exerciseId)?.name ?? e.stepBack.exerciseId} at ${describeDose(e.stepBack.dose)}`);
  return {
    ready: true,
    exercises,
    reasons: [{ rule: 'self-management', text: `Run alone over ${span}: ${plural(exercises.length, 'exercise')}. Flare plan: ${plan.join('; ')}.` }],
  };
}

/**
 * `graduate` stands only with a self-management programme: where the record holds a programme the
 * patient does not yet run alone, graduation waits (continue, with the reason); where it does, the
 * flare plan joins graduate's reasons.
 */
export function gateGraduation(recommendations: readonly Recommendation[], management: SelfManagement | null): Recommendation[] {
  const graduate = recommendations.find((r) => r.code === 'graduate');
  if (!graduate || management === null) return [...recommendations];
  if (management.ready) return recommendations.map((r) => (r === graduate ? { ...r, reasons: [...r.reasons, ...management.reasons] } : r));
  const waiting = { rule: 'self-management', text: 'Graduation waits until the patient runs the programme alone: keep going, and review the home programme with them.' };
  const rest = recommendations.filter((r) => r !== graduate);
  const existing = rest.find((r) => r.code === 'continue');
  if (existing) return rest.map((r) => (r === existing ? { ...r, reasons: [...r.reasons, ...management.reasons, waiting] } : r));
  return [...rest, { code: 'continue', reasons: [...management.reasons, waiting] }];
}
