// What the patient writes down: the evening check-in, and the goal ratings any observer reads.
// Noise and gaps, all heuristic:
//   - 0-10 answers are the true value rounded, then moved by one point up or down with probability
//     0.2 each ("noisy, +-1"); capacity amounts carry about 8% error;
//   - days without a check-in follow a two-state chain (logging / silent) whose silent share is the
//     patient's missing rate (10-30%) and whose silent runs last 1.8 days on average, so gaps come
//     in runs, as they do when people are busy or away;
//   - "still better than before the last session?" is left blank one time in ten, answered "no" half
//     the time during post-treatment soreness, and flipped by mistake one time in twenty-five.
import { goalLevel, type GoalPlan } from './goals.ts';
import { noisyRating } from './rating.ts';
import type { Random } from './random.ts';
import { inRelief, localIso, sessionBefore, symptomsAt, type CheckInInput, type World } from './world.ts';

export { noisyRating };

const SILENT_TO_LOGGING = 1 / 1.8;

/** A goal's observed level: ability with rating noise, capacity with about 8% error. */
export function observeGoal(goal: GoalPlan, functionLevel: number, random: Random): number {
  const level = goalLevel(goal, functionLevel);
  if (goal.kind === 'ability') return noisyRating(level, random);
  const amount = Math.max(0, level * (1 + random.normal(0, 0.08)));
  return goal.unit === 'km' ? Math.round(amount * 10) / 10 : Math.round(amount);
}

/** Advance the logging chain one day; true when the patient checks in today. */
export function stepLogging(world: World): boolean {
  const { random, profile } = world;
  const loggingToSilent = (profile.missingRate * SILENT_TO_LOGGING) / (1 - profile.missingRate);
  world.logging = world.logging ? !random.chance(loggingToSilent) : random.chance(SILENT_TO_LOGGING);
  return world.logging;
}

function hepAnswer(done: number | null): CheckInInput['hep'] {
  if (done === null) return undefined;
  return done >= 1 ? 'yes' : done > 0 ? 'partly' : 'no';
}

/**
 * When the server received a check-in made at `made` (device clock): within minutes, or, one time in
 * ten, from the phone's offline queue hours later (heuristic). Always an instant in UTC.
 */
function receivedAt(made: string, random: Random): string {
  const delayMinutes = random.chance(0.1) ? random.uniform(60, 30 * 60) : random.uniform(0, 5);
  return new Date(Date.parse(made) + delayMinutes * 60_000).toISOString();
}

export function checkInFor(world: World, day: number): CheckInInput {
  const { random, profile } = world;
  const hour = day * 24 + random.uniform(18.5, 22);
  const now = symptomsAt(world, hour);
  const session = sessionBefore(world, hour);
  const lifeEvent = world.events.some((e) => e.cause === 'life-event' && hour >= e.startHour && hour < e.startHour + e.durationHours);

  let relief: boolean | undefined;
  if (session && !random.chance(0.1)) {
    relief = now.relief || (now.sorenessRise > 0 && now.flareRise === 0 && inRelief(world, hour) && random.chance(0.5));
    if (random.chance(0.04)) relief = !relief;
  }
  const date = localIso(world, hour);
  const checkIn: CheckInInput = {
    id: `c-${day}`,
    date,
    receivedAt: receivedAt(date, random),
    painNow: noisyRating(now.pain, random),
    goals: random.chance(0.8) ? profile.goals.map((goal) => ({ goalId: goal.id, value: observeGoal(goal, now.functionLevel, random) })) : [],
    sleepQuality: noisyRating(8 - 0.5 * now.pain + random.normal(0, 0.8), random),
    stress: noisyRating(3 + (lifeEvent ? 3 : 0) + random.normal(0, 1), random),
  };
  if (relief !== undefined) checkIn.reliefSinceLastSession = relief;
  if (now.sorenessRise > 0) checkIn.soreness = noisyRating(now.sorenessRise * 1.3, random);
  const hep = hepAnswer(world.exerciseToday);
  if (hep !== undefined) checkIn.hep = hep;
  // The programme's log (spec §4b): today's exercises, and this morning after yesterday's. As on the
  // phone, the morning question comes only after a day whose check-in logged the exercise.
  if (world.programme) {
    checkIn.exercises = world.programme.today;
    if (world.checkIns.at(-1)?.id === `c-${day - 1}`) checkIn.morningAfter = world.programme.mornings;
  }
  return checkIn;
}

