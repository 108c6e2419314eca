// The engine sees an episode as it was known on the as-of day: records dated later are dropped, a
// flare that ended later is still under way, a decision taken later was not yet taken, and a record
// removed on or before the as-of day is gone (one removed later is still there: a replay of an
// earlier day shows what was known then). Every list is sorted by date (then id), so the order
// records arrive in never changes the answer.
import type { CaseFile } from '../records/case-file.ts';
import { removedBy, type Removal } from '../records/removal.ts';
import { byCalendar, isKnownOn } from '../time.ts';

function sortByDate<T extends { id?: string | undefined }>(list: readonly T[], dateOf: (item: T) => string): T[] {
  // Same day: by content, then id, so neither the input order nor how ids were minted (an import
  // gives every record a new id) changes the order the rules read.
  return [...list].sort((a, b) => byCalendar(dateOf(a), dateOf(b)) || wholeRecord(withoutId(a), withoutId(b)) || (a.id ?? '').localeCompare(b.id ?? ''));
}

function withoutId<T extends { id?: string | undefined }>(record: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = record;
  return rest;
}

/** The last tie-break: the whole record, so that identical dates and ids never leave order to the input. */
function wholeRecord(a: unknown, b: unknown): number {
  const left = JSON.stringify(a);
  const right = JSON.stringify(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The list in order: itself when it already is (most lists arrive sorted, and the engine never
 * changes a list it is given), otherwise a sorted copy.
 */
function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) return [...list].sort(compare);
  }
  return list;
}

/** A check-in's programme log in exercise order (plain code-unit order: ids are ASCII), whole record on a tie. */
const byExercise = <T extends { exerciseId: string }>(a: T, b: T): number => (a.exerciseId < b.exerciseId ? -1 : a.exerciseId > b.exerciseId ? 1 : wholeRecord(a, b));

function known<T>(list: readonly T[], dateOf: (item: T) => string, asOf: string): T[] {
  return list.filter((item) => isKnownOn(dateOf(item), asOf));
}

/** Records dated on or before the as-of day and not removed by then. */
function standing<T extends { removed?: Removal | undefined }>(list: readonly T[], dateOf: (item: T) => string, asOf: string): T[] {
  return known(list, dateOf, asOf).filter((item) => !removedBy(item, asOf));
}

/** The case file as known on `asOf`, every list sorted. */
export function knownOn(file: CaseFile, asOf: string): CaseFile {
  const intake = file.intake;
  const redFlags = intake.redFlags && isKnownOn(intake.redFlags.date, asOf)
    ? {
        ...intake.redFlags,
        answers: [...intake.redFlags.answers].sort((a, b) => a.item.localeCompare(b.item)),
        clearance: intake.redFlags.clearance && isKnownOn(intake.redFlags.clearance.date, asOf) ? intake.redFlags.clearance : undefined,
      }
    : undefined;
  const irritabilityKnown = intake.irritability.confirmedOn === undefined || isKnownOn(intake.irritability.confirmedOn, asOf);
  const optionalDate = (date: string | undefined): string | undefined => (date !== undefined && isKnownOn(date, asOf) ? date : undefined);

  return {
    ...file,
    intake: {
      ...intake,
      completedOn: optionalDate(intake.completedOn),
      redFlags,
      irritability: irritabilityKnown ? intake.irritability : { ...intake.irritability, confirmed: null },
      priorTreatments: [...intake.priorTreatments].sort((a, b) => (a.started ?? '').localeCompare(b.started ?? '') || a.kind.localeCompare(b.kind) || a.outcome.localeCompare(b.outcome)),
      imaging: sortByDate(standing(intake.imaging, (r) => r.date, asOf), (r) => r.date),
      physicalExamOn: optionalDate(intake.physicalExamOn),
      educationOn: optionalDate(intake.educationOn),
      carePlanAgreedOn: optionalDate(intake.carePlanAgreedOn),
    },
    irritabilityGrades: sortByDate(standing(file.irritabilityGrades, (g) => g.date, asOf), (g) => g.date),
    goals: sortByDate(standing(file.goals, (g) => g.setOn, asOf).map((goal) => ({
      ...goal,
      ratings: known(goal.ratings, (r) => r.date, asOf).sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value || wholeRecord(a, b)),
    })), (g) => g.setOn),
    // Nested lists are sorted first, so that same-day records compare by settled content.
    sessions: sortByDate(standing(file.sessions, (s) => s.date, asOf).map((session) => ({
      ...session,
      modalities: [...session.modalities].sort((a, b) => a.modality.localeCompare(b.modality) || a.minutes - b.minutes),
      findings: [...session.findings].sort((a, b) => a.goalId.localeCompare(b.goalId) || a.value - b.value || wholeRecord(a, b)),
    })), (s) => s.date),
    checkIns: sortByDate(known(file.checkIns, (c) => c.date, asOf).map((checkIn) => {
      const goals = inOrder(checkIn.goals, (a, b) => a.goalId.localeCompare(b.goalId) || a.value - b.value);
      const exercises = inOrder(checkIn.exercises, byExercise);
      const morningAfter = inOrder(checkIn.morningAfter, byExercise);
      // A year of daily check-ins mostly arrives in order: keep those as they are.
      if (goals === checkIn.goals && exercises === checkIn.exercises && morningAfter === checkIn.morningAfter) return checkIn;
      return { ...checkIn, goals: [...goals], exercises: [...exercises], morningAfter: [...morningAfter] };
    }), (c) => c.date),
    flares: sortByDate(standing(file.flares, (f) => f.start, asOf), (f) => f.start).map((flare) => ({
      ...flare,
      end: flare.end !== undefined && isKnownOn(flare.end, asOf) ? flare.end : undefined,
      peak: flare.peak !== undefined && isKnownOn(flare.peak, asOf) ? flare.peak : undefined,
    })),
    measures: sortByDate(standing(file.measures, (m) => m.date, asOf), (m) => m.date)
      .sort((a, b) => a.date.localeCompare(b.date) || a.instrument.localeCompare(b.instrument) || a.score - b.score || wholeRecord(a, b)),
    checkpoints: sortByDate(standing(file.checkpoints, (c) => c.date, asOf), (c) => c.date),
    referrals: sortByDate(standing(file.referrals, (r) => r.date, asOf), (r) => r.date),
    ongoingCare: file.ongoingCare && isKnownOn(file.ongoingCare.declaredOn, asOf) ? file.ongoingCare : null,
    movementAssessments: sortByDate(known(file.movementAssessments, (m) => m.date, asOf), (m) => m.date),
    // A programme version is known once it is in effect and recorded (a change entered later for an
    // earlier day was not known then); same-day versions keep the order they were recorded in.
    programme: known(file.programme, (v) => v.date, asOf)
      .filter((v) => v.recordedAt === undefined || isKnownOn(v.recordedAt, asOf))
      .sort((a, b) => a.date.localeCompare(b.date) || (a.recordedAt ?? '').localeCompare(b.recordedAt ?? '') || a.id.localeCompare(b.id)),
  };
}
