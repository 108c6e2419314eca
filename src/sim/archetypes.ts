// The kinds of patient course the simulator draws, and each one's parameters (a `PatientProfile`).
// Every archetype is a clinical scenario the progression engine must read correctly (spec §4); the
// parameters say how the patient's latent state answers care (see latent.ts for the state itself).
// Ranges are heuristic: chosen so that the courses look like the scenarios clinicians describe
// (a fast responder's relief window runs about 1, 2, 3, 5, 7+ days over the first sessions; a slow
// responder's grows by about half a day a session; a non-responder never reaches a day), not fitted
// to data, and never read from the engine's settings.
import type { BodyRegion, ConditionCategory, Irritability } from '../domain/records/vocabulary.ts';
import { planGoals, type GoalPlan } from './goals.ts';
import type { Random } from './random.ts';

export const archetypes = [
  'fast-responder', 'slow-responder', 'non-responder', 'technique-change-flares', 'reassess-flare',
  'plateau-passive', 'plateau-blended', 'fear-avoidant', 'low-irritability', 'red-flag', 'graduation', 'ongoing-care',
] as const;
export type Archetype = (typeof archetypes)[number];

/** How the latent state stops moving, for the archetypes whose truth includes a plateau. */
export type PlateauPlan =
  | { kind: 'passive'; atWindowDays: number }
  | { kind: 'blended'; daysAfterActive: number }
  | { kind: 'ongoing-care'; daysAfterActive: number; declareAfterDays: number };

export interface PatientProfile {
  archetype: Archetype;
  region: BodyRegion;
  condition: ConditionCategory;
  irritability: Irritability;
  fearAvoidant: boolean;
  redFlag: boolean;
  /** Pain (0-10) at full sensitisation; pain is this times the sensitivity. */
  painScale: number;
  /** Sensitivity at intake, 0 (none) to 1 (fully sensitised). */
  sensitivity0: number;
  /** Below this sensitivity a session's relief outlasts a day (see latent.ts). */
  reliefLine: number;
  /** Share of the distance to the sensitivity floor that one full passive dose removes. */
  passiveResponse: number;
  /** Daily gain in capacity on a day of full home exercise, as a share of the capacity still to gain. */
  activeResponse: number;
  /** Probability of doing the home exercises on a day once prescribed. */
  adherence: number;
  /** Adherence in the first three weeks of active care (lower in fear-avoidant patients). */
  earlyAdherence: number;
  /** Points of pain relief while a relief window holds. */
  reliefDrop: number;
  /** Share of days without a check-in. */
  missingRate: number;
  /** Expected unprovoked flares per day (life events, new load). */
  flareRate: number;
  scriptedFlares: 'technique-change' | 'reassess' | 'first-loading' | null;
  plateau: PlateauPlan | null;
  /** Last day simulated when nothing ends the episode sooner. */
  horizonDays: number;
  /** The clinician closes the episode at a graduation checkpoint when the goals are met and held. */
  graduates: boolean;
  goals: GoalPlan[];
  firstSessionDay: number;
}

const regions: readonly [BodyRegion, ...BodyRegion[]] = ['low-back', 'low-back', 'low-back', 'neck', 'neck', 'shoulder', 'knee', 'hip'];

function conditionOf(region: BodyRegion, random: Random): ConditionCategory {
  switch (region) {
    case 'low-back': return random.chance(0.15) ? 'sciatica' : 'low-back-pain';
    case 'neck': return 'neck-pain';
    case 'shoulder': return 'shoulder-pain';
    case 'knee': case 'hip': return random.chance(0.5) ? 'osteoarthritis' : 'other';
    default: return 'other';
  }
}

interface Shape {
  passiveResponse: [number, number];
  activeResponse: [number, number];
  horizonDays: number;
}

const shapes: Record<Archetype, Shape> = {
  'fast-responder': { passiveResponse: [0.16, 0.22], activeResponse: [0.025, 0.04], horizonDays: 112 },
  'slow-responder': { passiveResponse: [0.04, 0.06], activeResponse: [0.02, 0.03], horizonDays: 182 },
  'non-responder': { passiveResponse: [0, 0.01], activeResponse: [0.01, 0.02], horizonDays: 70 },
  'technique-change-flares': { passiveResponse: [0.1, 0.15], activeResponse: [0.025, 0.04], horizonDays: 140 },
  'reassess-flare': { passiveResponse: [0.1, 0.15], activeResponse: [0.025, 0.04], horizonDays: 140 },
  'plateau-passive': { passiveResponse: [0.07, 0.11], activeResponse: [0.02, 0.03], horizonDays: 210 },
  'plateau-blended': { passiveResponse: [0.12, 0.17], activeResponse: [0.025, 0.04], horizonDays: 210 },
  'fear-avoidant': { passiveResponse: [0.1, 0.14], activeResponse: [0.025, 0.035], horizonDays: 168 },
  'low-irritability': { passiveResponse: [0.1, 0.15], activeResponse: [0.03, 0.045], horizonDays: 140 },
  'red-flag': { passiveResponse: [0, 0], activeResponse: [0, 0], horizonDays: 0 },
  graduation: { passiveResponse: [0.16, 0.22], activeResponse: [0.03, 0.045], horizonDays: 210 },
  'ongoing-care': { passiveResponse: [0.09, 0.13], activeResponse: [0.02, 0.03], horizonDays: 224 },
};

function plateauPlan(archetype: Archetype, random: Random): PlateauPlan | null {
  switch (archetype) {
    case 'plateau-passive': return { kind: 'passive', atWindowDays: random.int(2, 4) };
    case 'plateau-blended': return { kind: 'blended', daysAfterActive: random.int(21, 42) };
    case 'ongoing-care': return { kind: 'ongoing-care', daysAfterActive: random.int(14, 35), declareAfterDays: random.int(28, 42) };
    default: return null;
  }
}

function scripted(archetype: Archetype): PatientProfile['scriptedFlares'] {
  if (archetype === 'technique-change-flares') return 'technique-change';
  if (archetype === 'reassess-flare') return 'reassess';
  if (archetype === 'fear-avoidant') return 'first-loading';
  return null;
}

export function sampleProfile(archetype: Archetype, random: Random): PatientProfile {
  const shape = shapes[archetype];
  const region = random.pick(regions);
  const low = archetype === 'low-irritability';
  let irritability: Irritability = low ? 'low' : archetype === 'non-responder' && random.chance(0.3) ? 'high' : 'moderate';
  // Low irritability goes with less sensitisation (reference §6: irritability tracks pain sensitivity).
  const sensitivity0 = low ? random.uniform(0.5, 0.62) : random.uniform(0.78, 0.86);
  // A non-responder's relief line sits far below reach; a slow responder's first window comes early
  // (by the first or second session) and then grows slowly.
  const reliefLine = archetype === 'non-responder' ? sensitivity0 - random.uniform(0.08, 0.15)
    : archetype === 'slow-responder' ? sensitivity0 + random.uniform(0, 0.03)
      : sensitivity0 - random.uniform(0, 0.03);
  const graduates = !['plateau-passive', 'plateau-blended', 'ongoing-care', 'non-responder', 'red-flag'].includes(archetype);
  const headroom = (): number => random.uniform(0.2, 0.45);
  const fearAvoidant = archetype === 'fear-avoidant';
  const adherence = random.uniform(0.7, 0.9);
  const goals = planGoals(region, random, headroom);
  const firstSessionDay = random.int(0, 3);
  // A quarter of the responders are graded high at intake: their irritability settles as care lowers
  // their sensitivity (latent.ts), and the clinician grades it again at checkpoints (revision 2 of the
  // spec, §4a.1). Drawn last, so the draws above are the same as before.
  if ((archetype === 'fast-responder' || archetype === 'slow-responder') && random.chance(0.25)) irritability = 'high';
  return {
    archetype,
    region,
    condition: conditionOf(region, random),
    irritability,
    fearAvoidant,
    redFlag: archetype === 'red-flag',
    painScale: random.uniform(6.5, 8.5),
    sensitivity0,
    reliefLine,
    passiveResponse: random.uniform(...shape.passiveResponse),
    activeResponse: random.uniform(...shape.activeResponse),
    adherence,
    earlyAdherence: fearAvoidant ? random.uniform(0.3, 0.5) : adherence,
    reliefDrop: random.uniform(1.5, 2.5),
    missingRate: random.uniform(0.1, 0.3),
    flareRate: 1 / 60,
    scriptedFlares: scripted(archetype),
    plateau: plateauPlan(archetype, random),
    horizonDays: shape.horizonDays,
    graduates,
    goals,
    firstSessionDay,
  };
}
