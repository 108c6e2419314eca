// The simulated patient's exercise programme (spec §4b) and its truth. Once active care starts, the
// clinician prescribes three to five exercises, one per pattern (hinge, squat, pull, carry, walking),
// each at the library's start dose. The patient has a true load tolerance per pattern, in the units
// the exercise progresses by (kg, or minutes of walking); the records see it only through the log.
// The model, all heuristic (not fitted):
//   - tolerance starts at 0.85-1.9 x the start dose (one patient in seven starts past it); each
//     session done at 50-100% of it adds weeklyGain / days-a-week (weeklyGain 5-13% per patient: a
//     fixed +10% a week outruns about half of them); a session past it adds nothing; a setback (a
//     flare that leaves the patient worse) takes 8% off every pattern;
//   - pain during = 1 + 0.15 x pain now + 25 x (load / tolerance - 0.85) when above 0.85: the
//     acceptable band's top (5/10) sits at the tolerance (Silbernagel's model, reference §7, §12);
//     reported with the check-in's noise (a point either way, one time in five each);
//   - the next morning is worse one time in three just past the tolerance, rising with the excess;
//     one time in ten just below it; one time in thirty-three otherwise;
//   - a session more than 5% past the tolerance provokes a load flare the next day with probability
//     1.5 x (excess - 5%), at most 0.3, and not again in that pattern within a week (durations as
//     background flares; a third leave a setback); it takes 10% off the pattern's tolerance;
//   - the exercises are done on a day the patient does their home exercises, each with probability
//     days-a-week / 7 (half of them on a "partly" day).
// Every week from the programme's start the dose is reviewed by a load policy: the simulated
// clinician's own reading of the log by default; the accuracy bench passes the engine's advice or a
// fixed +10% a week instead, on the same patients (this file never reads the engine).
import { builtInLibrary } from '../domain/exercises/library.ts';
import type { CaseFileInput } from '../domain/records/case-file.ts';
import type { Dose, ExerciseLogEntry, MorningAfter } from '../domain/records/active-phase.ts';
import { addDays } from '../domain/time.ts';
import { backgroundFlare, type FlareEvent } from './flares.ts';
import { noisyRating } from './rating.ts';
import { createRandom, deriveSeed, type Random } from './random.ts';

export type TolerancePattern = 'hinge' | 'squat' | 'pull' | 'carry' | 'walking';
type ProgrammeVersionInput = NonNullable<CaseFileInput['programme']>[number];

/** The exercises the simulated clinic prescribes: one per pattern, each progressed by one quantity. */
const CHOICES: readonly { exerciseId: string; pattern: TolerancePattern; by: 'loadKg' | 'minutes'; days: [number, number] }[] = [
  { exerciseId: 'hinge-kettlebell-deadlift', pattern: 'hinge', by: 'loadKg', days: [3, 4] },
  { exerciseId: 'squat-goblet', pattern: 'squat', by: 'loadKg', days: [3, 5] },
  { exerciseId: 'pull-one-arm-row', pattern: 'pull', by: 'loadKg', days: [3, 4] },
  { exerciseId: 'carry-farmer', pattern: 'carry', by: 'loadKg', days: [2, 3] },
  { exerciseId: 'walk-flat', pattern: 'walking', by: 'minutes', days: [5, 7] },
];
const REVIEW_DAYS = 7;
/** After a load flare, the same pattern does not flare again for this many days (it is the same flare). */
const REFRACTORY_DAYS = 7;
const STEP = 0.1;

export interface SimItem {
  exerciseId: string;
  pattern: TolerancePattern;
  by: 'loadKg' | 'minutes';
  dose: Dose;
  daysPerWeek: number;
  startDate: string;
  /** The day the current dose began. */
  since: number;
}

/** One exercise at one weekly review, as the truth sees it (before the review changes the dose). */
export interface ProgrammeReview {
  date: string;
  exerciseId: string;
  /** The dose's progression value (kg, or minutes) and the true tolerance in the same unit. */
  value: number;
  tolerance: number;
  /** The next step (about 10% more) is within the tolerance. */
  canStep: boolean;
  /** The current dose is past the tolerance. */
  pastTolerance: boolean;
  /** Sessions done in the last week at this dose past the tolerance; and more than 5% past it (where load flares begin). */
  sessionsPast: number;
  sessionsWellPast: number;
  /** Sessions done over sessions prescribed in the last week (truth, not the log). */
  doneShare: number;
  /** A flare of any kind was under way at the review. */
  flareUnderWay: boolean;
  /** Days the dose had been held at the review. */
  daysAtDose: number;
}

/** What a load policy sees at a weekly review: the records so far, and the programme in effect. */
export interface PolicyView {
  day: number;
  date: string;
  items: readonly SimItem[];
  /** The case file up to today (built only when a policy asks). */
  caseFile: () => CaseFileInput;
}

/** The new dose of each exercise a policy changes (by exercise id); absent: unchanged. */
export type LoadPolicy = (view: PolicyView) => ReadonlyMap<string, Dose>;

export interface ProgrammeState {
  random: Random;
  weeklyGain: number;
  tolerance: Record<TolerancePattern, number>;
  items: SimItem[];
  startDay: number;
  versions: ProgrammeVersionInput[];
  /** Today's log, for the evening check-in; and last night's mornings to report. */
  today: ExerciseLogEntry[];
  mornings: MorningAfter[];
  nextMornings: MorningAfter[];
  /** Per exercise, the days done (with the ratio load / tolerance), for the reviews. */
  sessions: Map<string, { day: number; share: number; ratio: number }[]>;
  reviews: ProgrammeReview[];
  loadFlares: number;
  /** The day of each pattern's last load flare: a flare under way is not provoked again. */
  lastLoadFlare: Map<TolerancePattern, number>;
}

const roundKg = (kg: number): number => Math.round(kg * 2) / 2;
const value = (item: Pick<SimItem, 'dose' | 'by'>): number => item.dose[item.by] ?? 0;
const withValue = (item: SimItem, v: number): Dose => ({ ...item.dose, [item.by]: v });

/** Tolerance per pattern at the start, relative to the start dose of that pattern's exercise. */
export function startProgramme(seed: number, day: number, start: string): ProgrammeState {
  const random = createRandom(deriveSeed(seed, 0x5eed));
  const count = random.int(3, 5);
  const order = [...CHOICES];
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j] ?? order[i], order[i]] as [typeof CHOICES[number], typeof CHOICES[number]];
  }
  const chosen = order.slice(0, count).sort((a, b) => a.exerciseId.localeCompare(b.exerciseId));
  const tolerance = {} as Record<TolerancePattern, number>;
  const date = addDays(start, day);
  const items = chosen.map((choice): SimItem => {
    const exercise = builtInLibrary.get(choice.exerciseId);
    if (!exercise) throw new Error(`the library has no ${choice.exerciseId}`);
    tolerance[choice.pattern] = (exercise.startDose[choice.by] ?? 1) * random.uniform(0.85, 1.9);
    return { exerciseId: choice.exerciseId, pattern: choice.pattern, by: choice.by, dose: exercise.startDose, daysPerWeek: random.int(...choice.days), startDate: date, since: day };
  });
  for (const choice of CHOICES) tolerance[choice.pattern] ??= 1;
  return {
    random, weeklyGain: random.uniform(0.05, 0.13), tolerance, items, startDay: day,
    versions: [version('pv-1', date, items, 'Home programme set below tolerance at the start doses.')],
    today: [], mornings: [], nextMornings: [], sessions: new Map(), reviews: [], loadFlares: 0, lastLoadFlare: new Map(),
  };
}

function version(id: string, date: string, items: readonly SimItem[], reason: string): ProgrammeVersionInput {
  return { id, date, by: 'Simulated clinician', reason, items: items.map((i) => ({ exerciseId: i.exerciseId, dose: i.dose, daysPerWeek: i.daysPerWeek, startDate: i.startDate })) };
}

export interface DayContext {
  day: number;
  /** Home exercise done today: 1, 0.5 or 0 (the patient's adherence draw). */
  done: number;
  /** Pain now, as lived (0-10). */
  pain: number;
  nextEventId: () => string;
}

/** One day of the programme: sessions done, pain during, tonight's log, tomorrow's mornings, tolerance, load flares. */
export function programmeDay(state: ProgrammeState, context: DayContext): FlareEvent[] {
  const { random } = state;
  const events: FlareEvent[] = [];
  state.mornings = state.nextMornings;
  state.nextMornings = [];
  state.today = [];
  for (const item of state.items) {
    const doing = context.done > 0 && random.chance(item.daysPerWeek / 7);
    if (!doing) {
      state.today.push({ exerciseId: item.exerciseId, done: 'no' });
      continue;
    }
    const share = context.done >= 1 ? 1 : 0.5;
    const tolerance = state.tolerance[item.pattern];
    const ratio = value(item) / tolerance;
    const pain = 1 + 0.15 * context.pain + 25 * Math.max(0, ratio - 0.85);
    state.today.push({ exerciseId: item.exerciseId, done: share === 1 ? 'yes' : 'partly', painDuring: noisyRating(pain, random) });
    const worse = ratio > 1 ? Math.min(0.9, 0.35 + (ratio - 1) * 5) : ratio > 0.95 ? 0.1 : 0.03;
    const u = random.next();
    state.nextMornings.push({ exerciseId: item.exerciseId, response: u < worse ? 'worse' : u < worse + 0.15 ? 'better' : 'same' });
    const list = state.sessions.get(item.exerciseId) ?? [];
    list.push({ day: context.day, share, ratio });
    state.sessions.set(item.exerciseId, list);
    if (ratio >= 0.5 && ratio <= 1) state.tolerance[item.pattern] = tolerance * (1 + (state.weeklyGain / item.daysPerWeek) * share);
    const lastFlare = state.lastLoadFlare.get(item.pattern) ?? -Infinity;
    if (ratio > 1.05 && context.day - lastFlare >= REFRACTORY_DAYS && random.chance(Math.min(0.3, (ratio - 1.05) * 1.5))) {
      // A load flare: like a background flare in length and size, starting within a day of the session.
      const base = backgroundFlare({ random, painScale: 7, highIrritability: false, nextId: context.nextEventId }, context.day, 1);
      if (base) {
        const setback = random.chance(1 / 3) ? { sensitivityRise: random.uniform(0.2, 0.4), capacityLoss: random.uniform(0.05, 0.12) } : null;
        // It starts the next day (within 48 h of the session), when the day's flares are started.
        events.push({ ...base, kind: 'load', cause: 'new-load', startHour: context.day * 24 + random.uniform(24, 40), setback });
        state.tolerance[item.pattern] *= 0.9;
        state.lastLoadFlare.set(item.pattern, context.day);
        state.loadFlares += 1;
      }
    }
  }
  return events;
}

/** A setback from any flare takes some tolerance off every pattern. */
export function programmeSetback(state: ProgrammeState): void {
  for (const pattern of Object.keys(state.tolerance) as TolerancePattern[]) state.tolerance[pattern] *= 0.92;
}

/** True on the days the programme is reviewed: every week from its start. */
export function reviewDue(state: ProgrammeState, day: number): boolean {
  return day > state.startDay && (day - state.startDay) % REVIEW_DAYS === 0;
}

/** The weekly review: the truth of each exercise is noted, then the policy sets the doses. */
export function reviewProgramme(state: ProgrammeState, view: Omit<PolicyView, 'items'>, policy: LoadPolicy, flareUnderWay: boolean): void {
  for (const item of state.items) {
    const tolerance = state.tolerance[item.pattern];
    const week = (state.sessions.get(item.exerciseId) ?? []).filter((s) => s.day > view.day - REVIEW_DAYS && s.day >= item.since);
    state.reviews.push({
      date: view.date, exerciseId: item.exerciseId, value: value(item), tolerance,
      canStep: value(item) * (1 + STEP) <= tolerance, pastTolerance: value(item) > tolerance,
      sessionsPast: week.filter((s) => s.ratio > 1).length,
      sessionsWellPast: week.filter((s) => s.ratio > 1.05).length,
      doneShare: week.reduce((n, s) => n + s.share, 0) / (item.daysPerWeek * Math.min(REVIEW_DAYS, view.day - item.since) / 7 || 1),
      flareUnderWay, daysAtDose: view.day - item.since,
    });
  }
  const changes = policy({ ...view, items: state.items });
  let changed = false;
  for (const item of state.items) {
    const next = changes.get(item.exerciseId);
    if (!next || JSON.stringify(next) === JSON.stringify(item.dose)) continue;
    item.dose = next;
    item.since = view.day;
    changed = true;
  }
  if (changed) state.versions.push(version(`pv-${state.versions.length + 1}`, view.date, state.items, 'Weekly review of the home programme.'));
}

/** A fixed plan: about 10% more of every exercise every week, whatever the log says. */
export const fixedWeeklyIncrease: LoadPolicy = (view) => new Map(view.items.map((item) => {
  const v = value(item);
  return [item.exerciseId, withValue(item, item.by === 'loadKg' ? Math.max(v + 0.5, roundKg(v * (1 + STEP))) : Math.max(v + 1, Math.round(v * (1 + STEP))))];
}));

/**
 * The simulated clinician's reading of the log (the default): about 10% more where the week's
 * logged pain during stayed at 4 or less on at least two sessions with no worse morning; 10% less
 * where pain reached 7 or the morning was worse on two days; otherwise the same. Independent of
 * the engine's rules and settings, as a clinic's own habit would be.
 */
export function clinicianPolicy(log: () => { exerciseId: string; day: number; painDuring?: number; worse: boolean }[]): LoadPolicy {
  return (view) => {
    const week = log().filter((entry) => entry.day > view.day - REVIEW_DAYS);
    return new Map(view.items.flatMap((item) => {
      const mine = week.filter((e) => e.exerciseId === item.exerciseId && e.day >= item.since);
      const rated = mine.filter((e) => e.painDuring !== undefined);
      const bad = mine.filter((e) => (e.painDuring ?? 0) >= 7 || e.worse).length;
      const v = value(item);
      if (bad >= 2) return [[item.exerciseId, withValue(item, item.by === 'loadKg' ? Math.max(0, Math.min(v - 0.5, roundKg(v * (1 - STEP)))) : Math.max(1, Math.min(v - 1, Math.round(v * (1 - STEP)))))] as const];
      if (rated.length >= 2 && bad === 0 && rated.every((e) => (e.painDuring ?? 0) <= 4)) return [...fixedWeeklyIncrease({ ...view, items: [item] })];
      return [];
    }));
  };
}
