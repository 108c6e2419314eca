// The simulator: synthetic episodes of care with their ground truth (docs/accuracy.md describes the
// model). It reads the domain's records, time and measures only, never the engine or its settings.
export { archetypes, type Archetype, type PatientProfile } from './archetypes.ts';
export { simulateEpisode, type SimulatedEpisode, type SimulationOptions } from './episode.ts';
export { fixedWeeklyIncrease, type LoadPolicy, type PolicyView, type ProgrammeReview, type SimItem } from './programme.ts';
export { simulateCohort, cohortPlan, simulatePlanned, archetypeCounts, type CohortOptions, type PlannedEpisode } from './cohort.ts';
export { goalLevelOn, type EpisodeTruth, type TrueFlare, type TrueFlareClass, type TrueWindow } from './truth.ts';
export { createRandom, deriveSeed, type Random } from './random.ts';
