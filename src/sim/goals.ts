// The goals a simulated patient chooses, by body region: ability goals rated 0-10 as in the PSFS
// (Stratford 1995, reference §3) and capacity goals in minutes, km or kg. Each goal also carries the
// level this patient would reach at full function (`ceiling`): a goal is met when the patient's
// function brings the level to the target, and a patient whose ceiling is below target cannot meet it.
// The activities are ordinary examples written for the simulator; the numbers are heuristic.
import type { MovementPattern } from '../domain/records/active-phase.ts';
import type { BodyRegion } from '../domain/records/vocabulary.ts';
import type { Random } from './random.ts';

export type CapacityUnit = 'minutes' | 'km' | 'kg';

export interface GoalPlan {
  id: string;
  activity: string;
  kind: 'ability' | 'capacity';
  unit: CapacityUnit | null;
  baseline: number;
  target: number;
  /** The level at full function (function level 1). */
  ceiling: number;
}

interface AbilityIdea { activity: string }
interface CapacityIdea { activity: string; unit: CapacityUnit; baseline: [number, number]; target: [number, number] }

const abilityIdeas: Record<BodyRegion, readonly [AbilityIdea, ...AbilityIdea[]]> = {
  'low-back': [{ activity: 'Lift the shopping out of the car boot' }, { activity: 'Sit through a two-hour film' }, { activity: 'Put my socks on standing' }],
  neck: [{ activity: 'Check my blind spot when driving' }, { activity: 'Work at the computer all morning' }, { activity: 'Sleep through the night' }],
  thoracic: [{ activity: 'Twist to reach the back seat' }, { activity: 'Sit upright at my desk all morning' }],
  shoulder: [{ activity: 'Put plates away on the top shelf' }, { activity: 'Fasten a bra or tuck in a shirt behind my back' }, { activity: 'Hang washing on the line' }],
  elbow: [{ activity: 'Carry a full kettle' }, { activity: 'Use a screwdriver' }],
  'wrist-hand': [{ activity: 'Open a jar' }, { activity: 'Type for an hour' }],
  hip: [{ activity: 'Get in and out of the car' }, { activity: 'Climb two flights of stairs' }, { activity: 'Put my socks on standing' }],
  knee: [{ activity: 'Kneel to garden' }, { activity: 'Walk down stairs' }, { activity: 'Squat to pick something up' }],
  'ankle-foot': [{ activity: 'Stand for an hour at work' }, { activity: 'Walk on uneven ground' }],
  other: [{ activity: 'Do the housework' }],
};

const capacityIdeas: readonly [CapacityIdea, ...CapacityIdea[]] = [
  { activity: 'Walk without next-day pain', unit: 'minutes', baseline: [5, 15], target: [30, 45] },
  { activity: 'Cycle without next-day pain', unit: 'km', baseline: [2, 5], target: [15, 25] },
  { activity: 'Lift a box from the floor', unit: 'kg', baseline: [2, 5], target: [10, 15] },
];

/**
 * One to three goals. `headroom` is the share of the baseline-to-target span that lies above the
 * target at full function: graduating patients overshoot their target a little, as recovered
 * patients do. Ability ceilings stop at 10, the top of the scale.
 */
export function planGoals(region: BodyRegion, random: Random, headroom: () => number): GoalPlan[] {
  const count = random.int(1, 3);
  const ideas = [...abilityIdeas[region]];
  const goals: GoalPlan[] = [];
  for (let i = 0; i < count; i++) {
    const id = `goal-${i + 1}`;
    if (i === count - 1 && count > 1 && random.chance(0.5)) {
      const idea = random.pick(capacityIdeas);
      const baseline = random.int(idea.baseline[0], idea.baseline[1]);
      const target = random.int(idea.target[0], idea.target[1]);
      goals.push({ id, activity: idea.activity, kind: 'capacity', unit: idea.unit, baseline, target, ceiling: target + (target - baseline) * headroom() });
      continue;
    }
    const index = random.int(0, ideas.length - 1);
    const idea = ideas.splice(index, 1)[0] ?? { activity: `Everyday activity ${i + 1}` };
    if (ideas.length === 0) ideas.push({ activity: `Everyday activity ${i + 2}` });
    const baseline = random.int(1, 4);
    const target = Math.min(9, baseline + random.int(3, 5));
    goals.push({ id, activity: idea.activity, kind: 'ability', unit: null, baseline, target, ceiling: Math.min(10, target + (target - baseline) * headroom()) });
  }
  return goals;
}

/** The goal's level at a function level (0 at intake, 1 at full function), before noise. */
export function goalLevel(goal: GoalPlan, functionLevel: number): number {
  return goal.baseline + functionLevel * (goal.ceiling - goal.baseline);
}

/** The goal's level as the patient would record it without noise: ability and most amounts in whole numbers, km to 0.1. */
export function recordedLevel(goal: GoalPlan, functionLevel: number): number {
  const level = goalLevel(goal, functionLevel);
  return goal.unit === 'km' ? Math.round(level * 10) / 10 : Math.round(level);
}

/** The function level at which the goal reaches its target. */
export function functionAtTarget(goal: GoalPlan): number {
  return (goal.target - goal.baseline) / (goal.ceiling - goal.baseline);
}

/** The movement patterns a simulated goal depends on, read from its words (spec §4b: goals name them). */
export function patternsOf(activity: string): MovementPattern[] {
  const words = activity.toLowerCase();
  const patterns: MovementPattern[] = [];
  const add = (pattern: MovementPattern, ...keys: string[]): void => {
    if (keys.some((k) => words.includes(k)) && !patterns.includes(pattern)) patterns.push(pattern);
  };
  add('hinge', 'lift', 'socks', 'garden', 'kneel');
  add('carry', 'carry', 'shopping', 'lift', 'kettle');
  add('squat', 'squat', 'car', 'stairs', 'kneel');
  add('lunge', 'stairs', 'uneven');
  add('push', 'shelf', 'plates', 'washing');
  add('pull', 'blind spot', 'tuck', 'bra');
  add('walking', 'walk', 'stairs', 'cycle');
  add('sitting', 'sit', 'film', 'computer', 'desk', 'driving');
  add('standing', 'stand', 'housework');
  return patterns;
}
