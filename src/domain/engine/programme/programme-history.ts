// The programme as it stood on any day, and the history of each exercise's dose (spec §4b: every
// change is a version with who, when and why, so the assessment replays as of any day). Versions are
// already cut to the as-of day and ordered by as-of.ts. A load increase is a version in which an
// exercise's dose went up, a new exercise entered, or the next step of a ladder replaced the one
// below: the patient's system meets more load than before.
import type { CaseFile } from '../../records/case-file.ts';
import type { Dose, ProgrammeItem, ProgrammeVersion } from '../../records/active-phase.ts';
import { withClinicExercises, type ExerciseLibrary } from '../../exercises/library.ts';
import { compareDoses, sameDose } from './dose.ts';

/** The library the episode's programme reads: built-in exercises and the clinic's own. */
export function libraryOf(file: CaseFile): ExerciseLibrary {
  return withClinicExercises(file.clinicExercises);
}

/** The version in effect on `day` (the latest dated on or before it), or null. */
export function versionOn(file: CaseFile, day: string): ProgrammeVersion | null {
  let found: ProgrammeVersion | null = null;
  for (const version of file.programme) {
    if (version.date > day) break;
    found = version;
  }
  return found;
}

/** One stretch of an exercise at one dose, from the version that set it. */
export interface DoseSpell {
  exerciseId: string;
  dose: Dose;
  from: string;
  version: ProgrammeVersion;
  /** How the spell began against the one before it on this exercise or its ladder. */
  /** `removed`: the exercise left the programme here (a later return starts again as new). */
  change: 'new' | 'increase' | 'decrease' | 'same-load' | 'ladder-up' | 'ladder-down' | 'removed';
  /** The exercise and dose it replaced (null for a new exercise). */
  previous: { exerciseId: string; dose: Dose } | null;
}

const historyCache = new WeakMap<CaseFile, Map<string, DoseSpell[]>>();

function ladderOf(library: ExerciseLibrary, exerciseId: string): string | null {
  return library.get(exerciseId)?.ladder ?? null;
}

/** What replaced what when a version changed the programme: each item's spell, if it began here. */
function spellsOf(library: ExerciseLibrary, before: ProgrammeVersion | null, version: ProgrammeVersion): DoseSpell[] {
  const previous = new Map((before?.items ?? []).map((item) => [item.exerciseId, item]));
  const current = new Set(version.items.map((item) => item.exerciseId));
  const dropped = (before?.items ?? []).filter((item) => !current.has(item.exerciseId));
  const spells: DoseSpell[] = [];
  for (const item of version.items) {
    const same = previous.get(item.exerciseId);
    if (same) {
      if (sameDose(same.dose, item.dose)) continue;
      const order = compareDoses(item.dose, same.dose);
      spells.push({ exerciseId: item.exerciseId, dose: item.dose, from: version.date, version, change: order > 0 ? 'increase' : order < 0 ? 'decrease' : 'same-load', previous: { exerciseId: same.exerciseId, dose: same.dose } });
      continue;
    }
    // A dropped exercise on the same ladder is the step this one replaced.
    const ladder = ladderOf(library, item.exerciseId);
    const replaced = ladder === null ? undefined : dropped.find((d) => ladderOf(library, d.exerciseId) === ladder);
    const up = replaced !== undefined && (library.get(item.exerciseId)?.step ?? 0) > (library.get(replaced.exerciseId)?.step ?? 0);
    spells.push({
      exerciseId: item.exerciseId, dose: item.dose, from: version.date, version,
      change: replaced === undefined ? 'new' : up ? 'ladder-up' : 'ladder-down',
      previous: replaced === undefined ? null : { exerciseId: replaced.exerciseId, dose: replaced.dose },
    });
  }
  return spells;
}

/** Every dose spell of every exercise, oldest first, keyed by exercise id (built once per case file). */
function allSpells(file: CaseFile): Map<string, DoseSpell[]> {
  let spells = historyCache.get(file);
  if (spells) return spells;
  spells = new Map();
  const library = libraryOf(file);
  let before: ProgrammeVersion | null = null;
  for (const version of file.programme) {
    for (const spell of spellsOf(library, before, version)) {
      const list = spells.get(spell.exerciseId) ?? [];
      list.push(spell);
      spells.set(spell.exerciseId, list);
    }
    // An exercise dropped and added back later starts again as new.
    const current = new Set(version.items.map((i) => i.exerciseId));
    for (const item of before?.items ?? []) {
      if (!current.has(item.exerciseId)) spells.get(item.exerciseId)?.push({ exerciseId: item.exerciseId, dose: item.dose, from: version.date, version, change: 'removed', previous: null });
    }
    before = version;
  }
  historyCache.set(file, spells);
  return spells;
}

function isRemoval(spell: DoseSpell): boolean {
  return spell.change === 'removed';
}

/** The spells of an exercise up to `day`, oldest first, without the marks of its removal. */
export function spellsOfExercise(file: CaseFile, exerciseId: string): DoseSpell[] {
  return (allSpells(file).get(exerciseId) ?? []).filter((s) => !isRemoval(s));
}

/** The spell the exercise is in on `day`: the dose it is at and since when. */
export function currentSpell(file: CaseFile, item: ProgrammeItem, day: string): DoseSpell | null {
  const list = allSpells(file).get(item.exerciseId) ?? [];
  let found: DoseSpell | null = null;
  for (const spell of list) {
    if (spell.from > day) break;
    found = isRemoval(spell) ? null : spell;
  }
  return found;
}

/** Every load increase (a higher dose, a new exercise, a step up a ladder), oldest first. */
export function loadIncreases(file: CaseFile): DoseSpell[] {
  const increases: DoseSpell[] = [];
  for (const list of allSpells(file).values()) {
    for (const spell of list) if (!isRemoval(spell) && (spell.change === 'increase' || spell.change === 'new' || spell.change === 'ladder-up')) increases.push(spell);
  }
  return increases.sort((a, b) => a.from.localeCompare(b.from) || a.exerciseId.localeCompare(b.exerciseId));
}

/** Every exercise the programme has named, in any version. */
export function exercisesEverPrescribed(file: CaseFile): Set<string> {
  return new Set(file.programme.flatMap((v) => v.items.map((i) => i.exerciseId)));
}
