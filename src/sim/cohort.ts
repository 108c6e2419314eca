// simulateCohort: a clinic's worth of synthetic episodes, each with its truth. The archetype counts
// follow `mix` (weights, equal by default) by largest remainder, so a cohort of 600 with an equal mix
// has exactly 50 of each; their order is shuffled with the cohort seed. Episode i gets its own seed
// derived from the cohort seed and i, and starts up to four weeks after `startDate`, as patients
// join a clinic over a month. Output is plain data (case files and truth), ready to load or compare.
import { addDays } from '../domain/time.ts';
import { archetypes, type Archetype } from './archetypes.ts';
import { simulateEpisode, type SimulatedEpisode } from './episode.ts';
import { createRandom, deriveSeed } from './random.ts';

export interface CohortOptions {
  patients: number;
  seed: number;
  startDate: string;
  /** Relative weight of each archetype; absent archetypes get none. Default: every archetype, equally. */
  mix?: Partial<Record<Archetype, number>>;
}

/** How many episodes of each archetype, by largest remainder. */
export function archetypeCounts(patients: number, mix: Partial<Record<Archetype, number>>): Map<Archetype, number> {
  const entries = archetypes.map((a) => [a, Math.max(0, mix[a] ?? 0)] as const).filter(([, w]) => w > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const counts = new Map<Archetype, number>();
  if (total === 0) return counts;
  const shares = entries.map(([a, w]) => ({ a, exact: (patients * w) / total }));
  for (const { a, exact } of shares) counts.set(a, Math.floor(exact));
  let left = patients - [...counts.values()].reduce((s, n) => s + n, 0);
  const byRemainder = [...shares].sort((x, y) => (y.exact - Math.floor(y.exact)) - (x.exact - Math.floor(x.exact)));
  for (const { a } of byRemainder) {
    if (left <= 0) break;
    counts.set(a, (counts.get(a) ?? 0) + 1);
    left -= 1;
  }
  return counts;
}

export interface PlannedEpisode {
  index: number;
  archetype: Archetype;
  seed: number;
  startDate: string;
}

/** Which episodes a cohort holds (archetype, seed, start date), without simulating them. */
export function cohortPlan(options: CohortOptions): PlannedEpisode[] {
  const mix = options.mix ?? Object.fromEntries(archetypes.map((a) => [a, 1]));
  const order: Archetype[] = [];
  for (const [archetype, count] of archetypeCounts(options.patients, mix)) for (let i = 0; i < count; i++) order.push(archetype);
  const random = createRandom(options.seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const a = order[i];
    const b = order[j];
    if (a !== undefined && b !== undefined) {
      order[i] = b;
      order[j] = a;
    }
  }
  return order.map((archetype, index) => {
    const seed = deriveSeed(options.seed, index);
    return { index, archetype, seed, startDate: addDays(options.startDate, seed % 28) };
  });
}

export function simulatePlanned(planned: PlannedEpisode): SimulatedEpisode {
  return simulateEpisode(planned.archetype, planned.seed, planned.startDate);
}

export function simulateCohort(options: CohortOptions): SimulatedEpisode[] {
  return cohortPlan(options).map(simulatePlanned);
}
