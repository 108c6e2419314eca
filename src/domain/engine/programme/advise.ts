// The advice for each exercise of the programme in effect (spec §4b): `progress`, `hold` or
// `regress`, with the next dose and reasons. In order:
//   regress  a `reassess` flare attributed to the increase that brought this dose (back to the dose
//            before it), or sessions past the acceptable band / worse mornings on `exerciseBad-
//            SessionsToRegress` days (one step down: the dose before the last increase, else less);
//   hold     a flare under way; a flare that followed this increase in the week judged; one bad day; pain at the top of
//            the band; no sessions logged; adherence below `exerciseAdherenceGood`; fewer than
//            `exerciseMinSessions` sessions; the week at this dose not yet over; the top of the ladder;
//   progress otherwise: about `exerciseLoadStep` more, or the next step of the ladder.
// It reads the programme history, the log and the classified flares; the thresholds are settings.
import type { CaseFile } from '../../records/case-file.ts';
import type { Dose, Exercise, ProgrammeItem } from '../../records/active-phase.ts';
import type { Settings } from '../../settings/catalogue.ts';
import { dayOf } from '../../time.ts';
import type { AssessedFlare, ProgrammeAdvice, Reason } from '../assessment.ts';
import { percent } from '../statistics.ts';
import { exerciseAdherence } from './adherence.ts';
import { describeDose, stepDown, stepUp, type Placed } from './dose.ts';
import { exerciseLog } from './exercise-log.ts';
import { currentSpell, libraryOf, versionOn, type DoseSpell } from './programme-history.ts';
import { responseToDose, reviewFrom } from './response.ts';
import { stepDue } from './time-contingent.ts';

/** The step to go back to: the dose (or ladder step) before the increase that brought this one, else one step down. */
export function stepBackOf(file: CaseFile, exercise: Exercise, dose: Dose, spell: DoseSpell | null, settings: Settings): Placed {
  if (spell && spell.previous && (spell.change === 'increase' || spell.change === 'ladder-up')) return spell.previous;
  return stepDown(libraryOf(file), exercise, dose, settings.exerciseLoadStep);
}

function named(file: CaseFile, placed: Placed): string {
  return `${libraryOf(file).get(placed.exerciseId)?.name ?? placed.exerciseId} at ${describeDose(placed.dose)}`;
}

function adviseItem(file: CaseFile, item: ProgrammeItem, exercise: Exercise, asOf: string, settings: Settings, flares: readonly AssessedFlare[]): ProgrammeAdvice {
  const spell = currentSpell(file, item, asOf);
  const since = [spell?.from ?? item.startDate, item.startDate].reduce((a, b) => (a > b ? a : b));
  const base = { exerciseId: item.exerciseId, dose: item.dose };
  const hold = (...reasons: Reason[]): ProgrammeAdvice => ({ ...base, advice: 'hold', nextDose: item.dose, nextExerciseId: item.exerciseId, reasons });
  const regress = (...reasons: Reason[]): ProgrammeAdvice => {
    const back = stepBackOf(file, exercise, item.dose, spell, settings);
    return { ...base, advice: 'regress', nextDose: back.dose, nextExerciseId: back.exerciseId, reasons: [...reasons, { rule: 'step-back', text: `Step back to ${named(file, back)}: a step back on one exercise, not a failure.` }] };
  };
  if (item.startDate > asOf) return hold({ rule: 'not-started', text: `Starts on ${item.startDate}.` });

  const fromThisIncrease = (f: AssessedFlare): boolean => f.loadIncrease !== undefined && f.loadIncrease.exerciseIds.includes(item.exerciseId) && spell !== null && f.loadIncrease.on >= spell.from;
  const loadFlare = flares.find((f) => f.classification === 'reassess' && fromThisIncrease(f));
  if (loadFlare) {
    return regress({ rule: 'new-load-flare', text: `A flare that needs reassessment began on ${dayOf(loadFlare.start)}, within ${settings.newLoadFlareHours} h of the increase to ${describeDose(item.dose)}.` });
  }
  const response = responseToDose(exerciseLog(file, item.exerciseId), since, asOf, settings);
  if (response.value === 'past-band') return regress(...response.reasons);

  const open = flares.find((f) => f.classification === 'open' || (f.classification === 'reassess' && f.end === null));
  if (open) return hold({ rule: 'flare-open', text: `A flare under way since ${dayOf(open.start)}: no step up while it lasts.` }, ...response.reasons);
  // A flare that followed this increase and settled holds the dose for the week it falls in; a
  // later week at the dose is judged on its own sessions.
  const from = reviewFrom(since, asOf, settings);
  const followed = flares.find((f) => f.classification !== 'expected-soreness' && fromThisIncrease(f) && dayOf(f.start) >= from);
  if (followed) return hold({ rule: 'new-load-flare', text: `A ${followed.classification} flare began on ${dayOf(followed.start)} after the increase to this dose: repeat it this week before the next step.` }, ...response.reasons);
  if (response.value !== 'within-band') return hold(...response.reasons);

  const adherence = exerciseAdherence(file, item, from, asOf);
  if (adherence.share === null || adherence.share < settings.exerciseAdherenceGood) {
    return hold(...response.reasons, ...adherence.reasons, { rule: 'exercise-adherence', text: `Progress needs at least ${percent(settings.exerciseAdherenceGood)} of the prescribed sessions done.` });
  }
  if (response.sessions < settings.exerciseMinSessions) {
    return hold(...response.reasons, { rule: 'too-few-sessions', text: `${response.sessions} session at this dose so far: a step up needs at least ${settings.exerciseMinSessions}, never one day's evidence.` });
  }
  const due = stepDue(since, asOf, settings);
  if (!due.due) return hold(...response.reasons, due.reason);
  const up = stepUp(libraryOf(file), exercise, item.dose, settings.exerciseLoadStep);
  if (!up) return hold(...response.reasons, { rule: 'top-of-ladder', text: `At the top of the ${exercise.ladder} ladder: keep this dose as maintenance.` });
  const next = up.exerciseId === item.exerciseId
    ? `Next: ${describeDose(up.dose)}.`
    : `Next: the next step of the ${exercise.ladder} ladder, ${named(file, up)}.`;
  return {
    ...base, advice: 'progress', nextDose: up.dose, nextExerciseId: up.exerciseId,
    reasons: [...response.reasons, ...adherence.reasons, due.reason, { rule: 'progress', text: `No flare under way. ${next}` }],
  };
}

/** Advice for each exercise of the programme in effect on `asOf`; empty without a programme. */
export function adviseProgramme(file: CaseFile, asOf: string, settings: Settings, flares: readonly AssessedFlare[]): ProgrammeAdvice[] {
  const version = versionOn(file, asOf);
  if (!version) return [];
  const library = libraryOf(file);
  return version.items.flatMap((item) => {
    const exercise = library.get(item.exerciseId);
    return exercise ? [adviseItem(file, item, exercise, asOf, settings, flares)] : [];
  });
}
