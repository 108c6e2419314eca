// Dates after today are refused: a session, a flare, a measure or an intake answer records what has
// happened. Only plans may lie ahead: a checkpoint, an ongoing-care review, a referral's overlap.
// "Today" comes in as data (the services read the clock once and take the clinic's day from it); a
// date-time is compared as an instant with the moment of the request, so a time written with a
// zone ahead of the server's is still accepted when it has passed.
import type { ErrorDetail } from '../errors.ts';
import { instant } from '../time.ts';
import type { Episode, Flare, Goal, Intake, Measure, OngoingCare, Patient, Referral, Session } from './case-file.ts';

export interface Today {
  /** The calendar day (YYYY-MM-DD). */
  day: string;
  /** The moment, as an ISO date-time: date-times after it are in the future. */
  now: string;
}

interface DatedField {
  path: string;
  value: string | undefined;
}

const field = (path: string, value: string | undefined): DatedField => ({ path, value });

/** The dates of each kind of record that state a fact (so cannot be after today); plans are left out. */
export const factDates = {
  patient: (p: Pick<Patient, 'birthDate'>): DatedField[] => [field('birthDate', p.birthDate)],
  episode: (e: Pick<Episode, 'startDate'>): DatedField[] => [field('startDate', e.startDate)],
  goal: (g: Pick<Goal, 'setOn'> & { ratings?: readonly { date: string }[] | undefined }): DatedField[] =>
    [field('setOn', g.setOn), ...(g.ratings ?? []).map((r, i) => field(`ratings[${i}].date`, r.date))],
  'goal-rating': (r: { date: string }): DatedField[] => [field('date', r.date)],
  'irritability-grade': (g: { date: string }): DatedField[] => [field('date', g.date)],
  'movement-assessment': (m: { date: string }): DatedField[] => [field('date', m.date)],
  session: (s: Pick<Session, 'date'>): DatedField[] => [field('date', s.date)],
  flare: (f: Pick<Flare, 'start' | 'peak' | 'end'>): DatedField[] => [field('start', f.start), field('peak', f.peak), field('end', f.end)],
  measure: (m: Pick<Measure, 'date'>): DatedField[] => [field('date', m.date)],
  // The overlap start and end are the plan of the handoff; the referral itself was made on its date.
  referral: (r: Pick<Referral, 'date'>): DatedField[] => [field('date', r.date)],
  // The review date is the plan; the declaration is a fact.
  'ongoing-care': (o: Pick<OngoingCare, 'declaredOn'>): DatedField[] => [field('declaredOn', o.declaredOn)],
  intake: (i: Partial<Pick<Intake, 'completedOn' | 'physicalExamOn' | 'educationOn' | 'carePlanAgreedOn'>> & {
    redFlags?: { date: string; clearance?: { date: string } | undefined } | undefined;
    irritability?: { confirmedOn?: string | undefined } | undefined;
    priorTreatments?: readonly { started?: string | undefined }[] | undefined;
    imaging?: readonly { date: string }[] | undefined;
  }): DatedField[] => [
    field('completedOn', i.completedOn), field('physicalExamOn', i.physicalExamOn), field('educationOn', i.educationOn),
    field('carePlanAgreedOn', i.carePlanAgreedOn), field('redFlags.date', i.redFlags?.date), field('redFlags.clearance.date', i.redFlags?.clearance?.date),
    field('irritability.confirmedOn', i.irritability?.confirmedOn),
    ...(i.priorTreatments ?? []).map((t, n) => field(`priorTreatments[${n}].started`, t.started)),
    ...(i.imaging ?? []).map((r, n) => field(`imaging[${n}].date`, r.date)),
  ],
} as const;

export type DatedRecordKind = keyof typeof factDates;

const FACTS_ONLY = 'record what has happened; only a plan, such as a checkpoint, can be dated ahead';

/**
 * Why a value lies ahead, in words: a day after today, or a time of today (as written, in its own
 * zone) that has not come yet. The second once read "2026-12-07 is after today (2026-12-07)".
 */
function whenAhead(value: string, today: Today): string {
  const day = value.slice(0, 10);
  return value.length > 10 && day <= today.day ? `${day} ${value.slice(11, 16)} has not come yet` : `${day} is after today (${today.day})`;
}

function isAfter(value: string, today: Today): boolean {
  return value.length === 10 ? value > today.day : instant(value) > instant(today.now);
}

/** One detail per date after today, each with a plain message, under `prefix` (e.g. "patient."). */
export function datesAfterToday(fields: readonly DatedField[], today: Today, prefix = ''): ErrorDetail[] {
  return fields
    .filter((f): f is { path: string; value: string } => f.value !== undefined && isAfter(f.value, today))
    .map((f) => ({ path: `${prefix}${f.path}`, message: `${whenAhead(f.value, today)}: ${FACTS_ONLY}` }));
}
