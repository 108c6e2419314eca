// A flare that starts within `newLoadFlareHours` (48 h) of a load increase is attributed to it:
// cause `new-load` (spec §4b). The increase is felt when the patient first does the new dose, so the
// clock starts at the first logged session at it (the version's day when none is logged yet). Days
// are what the log knows, so "within 48 h" reads as a start on that day or the next (as spec §4a.3
// reads the 48 h of soreness with dates only). A flare the patient or clinician put down to another
// cause (a life event, a technique change) keeps it; expected soreness is not a flare of load. Which
// exercise a `reassess` flare steps back is the advice's question (advise.ts).
import type { CaseFile } from '../../records/case-file.ts';
import type { Settings } from '../../settings/catalogue.ts';
import { dayNumber, dayOf } from '../../time.ts';
import type { AssessedFlare } from '../assessment.ts';
import { describeDose } from './dose.ts';
import { exerciseLog, firstOnOrAfter } from './exercise-log.ts';
import { libraryOf, loadIncreases, spellsOfExercise, type DoseSpell } from './programme-history.ts';

export interface Exposure {
  spell: DoseSpell;
  /** The first day the patient did the new load (or the version's day, before any log). */
  on: string;
}

const exposureCache = new WeakMap<CaseFile, Exposure[]>();

/** Each load increase with the day the patient first met it. */
export function loadExposures(file: CaseFile): Exposure[] {
  let found = exposureCache.get(file);
  if (found) return found;
  found = loadIncreases(file).map((spell) => {
    const next = spellsOfExercise(file, spell.exerciseId).find((s) => s.from > spell.from)?.from ?? '9999-12-31';
    const sessions = exerciseLog(file, spell.exerciseId).sessions;
    let first: string | null = null;
    for (let i = firstOnOrAfter(sessions, dayNumber(spell.from), (s) => s.dayNumber); i < sessions.length; i++) {
      const session = sessions[i];
      if (!session || session.day >= next) break;
      if (session.done !== 'no') {
        first = session.day;
        break;
      }
    }
    return { spell, on: first ?? spell.from };
  });
  exposureCache.set(file, found);
  return found;
}

function otherCause(file: CaseFile, flare: AssessedFlare): boolean {
  const recorded = flare.recorded ? file.flares.find((f) => f.id === flare.id) : undefined;
  return recorded !== undefined && recorded.cause !== 'new-load' && recorded.cause !== 'unknown';
}

export function attributeLoadFlares(file: CaseFile, flares: readonly AssessedFlare[], settings: Settings): AssessedFlare[] {
  if (file.programme.length === 0) return [...flares];
  const exposures = loadExposures(file);
  const windowDays = Math.max(1, Math.floor(settings.newLoadFlareHours / 24));
  const library = libraryOf(file);
  return flares.map((flare) => {
    if (flare.classification === 'expected-soreness' || otherCause(file, flare)) return flare;
    const start = dayNumber(flare.start);
    const within = exposures.filter((e) => start - dayNumber(e.on) >= 0 && start - dayNumber(e.on) < windowDays);
    const latest = within.reduce<string | null>((day, e) => (day === null || e.on > day ? e.on : day), null);
    if (latest === null) return flare;
    const causes = within.filter((e) => e.on === latest);
    const names = causes.map((e) => `${library.get(e.spell.exerciseId)?.name ?? e.spell.exerciseId} (${e.spell.change === 'new' ? 'new' : 'up'} to ${describeDose(e.spell.dose)} on ${e.spell.from})`);
    return {
      ...flare,
      cause: 'new-load' as const,
      loadIncrease: { exerciseIds: causes.map((e) => e.spell.exerciseId), on: latest },
      reasons: [...flare.reasons, {
        rule: 'new-load',
        text: `Started on ${dayOf(flare.start)}, within ${settings.newLoadFlareHours} h of the first session at a higher load on ${latest}: ${names.join(', ')}. Attributed to the load increase.`,
      }],
    };
  });
}
