// The self-management programme the patient takes home (spec §2 graduation, §4b: "graduate needs a
// self-management programme the patient runs alone"). The prescribed programme of the active phase
// where there is one (its version as of the day: each exercise with its dose and days a week);
// otherwise what the records hold about home work: the active care given in sessions. Either way
// with the patient's home-exercise answers in the check-ins.
import type { CaseFile } from '../records/case-file.ts';
import { careKindOf, type ModalityCode } from '../records/modalities.ts';
import { spokenDay } from '../conversations/wording.ts';
import { addDays, dayOf } from '../time.ts';
import { exerciseName, spokenDose } from '../conversations/exercise-words.ts';
import { versionOn } from '../engine/programme/programme-history.ts';

export interface SelfManagementProgramme {
  /** What the patient keeps doing, one plain line each; empty when nothing was set. */
  items: string[];
  /** How the home work went lately, in plain words; null when the patient never said. */
  adherence: string | null;
  /** Where it was read from. */
  source: 'programme' | 'session-records';
}

/** `file` is the case file as known on `asOf`, every list sorted (engine/as-of.ts). */
export type ProgrammeSource = (file: CaseFile, asOf: string) => SelfManagementProgramme;

/** Plain words for active care, as the patient would recognise it. */
const activeCareWords: Partial<Record<ModalityCode, string>> = {
  'corrective-exercise': 'The exercises that change how you move',
  'functional-stability': 'The exercises that keep you steady and strong in daily tasks',
  'progressive-loading': 'The exercises where you add a little more load, step by step',
  'home-exercise-program': 'Your home exercises',
  'graded-activity': 'Building up your daily activity, step by step',
  'graded-exposure': 'Going back, step by step, to the things you had stopped doing',
};

/** The home-exercise answers of the last four weeks of check-ins: a month is what a patient remembers. */
const ADHERENCE_DAYS = 28;

function adherence(file: CaseFile, asOf: string): string | null {
  const since = addDays(asOf, -ADHERENCE_DAYS);
  const answers = file.checkIns.filter((c) => dayOf(c.date) > since && c.hep !== undefined);
  if (answers.length === 0) return null;
  const done = answers.filter((c) => c.hep === 'yes').length;
  const part = answers.filter((c) => c.hep === 'partly').length;
  return `In the last four weeks you told us about your home exercises ${answers.length} times. You did them all ${done} times, and some of them ${part} times.`;
}

export const programmeFromRecords: ProgrammeSource = (file, asOf) => {
  const prescribed = versionOn(file, asOf);
  if (prescribed && prescribed.items.length > 0) {
    const items = prescribed.items.map((item) => {
      const name = exerciseName(file, item.exerciseId);
      return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${spokenDose(item.dose)}, ${item.daysPerWeek} days a week.`;
    });
    return { items, adherence: adherence(file, asOf), source: 'programme' };
  }
  const lastGiven = new Map<ModalityCode, string>();
  for (const session of file.sessions) {
    for (const given of session.modalities) if (careKindOf(given.modality) === 'active') lastGiven.set(given.modality, dayOf(session.date));
  }
  const items = [...lastGiven.entries()]
    .sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]))
    .map(([modality, day]) => `${activeCareWords[modality] ?? modality}. We last did this together on ${spokenDay(day, asOf)}.`);
  return { items, adherence: adherence(file, asOf), source: 'session-records' };
};
