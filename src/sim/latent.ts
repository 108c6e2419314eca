// The patient's latent state: what is true of the patient, which the records only observe with noise.
//
//   sensitivity S (0-1): how sensitised the pain system is (the symptom threshold, spec §2). Pain
//     between sessions is painScale x S. Each passive dose removes a share (passiveResponse x dose)
//     of the distance to the floor SENSITIVITY_FLOOR: passive care raises the threshold.
//   capacity C (0-1): load capacity built by active care. Each day of home exercise adds
//     activeResponse x done x (1 - C), done = 1, 0.5 or 0 for "yes", "partly", "no" (graded loading
//     gains fast early and slowly near the top; reference §7 paces loading by about 10% a week).
//     Exercise also lowers S a little (0.3 of the same rate), as exercise dampens pain sensitivity.
//   irritability: graded at intake; it settles as sensitivity falls (irritability tracks pain
//     sensitivity, reference §6): a patient graded high is moderate once a third of the way from their
//     intake sensitivity to the floor, and moderate becomes low at three quarters of the way. It sets
//     how hard flares and soreness hit; the clinician sees it only through their own grades.
//   frozen: from the plateau onset of a plateau archetype, no dose moves S or C any more.
//
// Observations: the relief window after a session is RELIEF_DAYS_PER_SENSITIVITY x (reliefLine - S)
// whole days (never below 0): each 0.05 of sensitivity below the patient's relief line adds one day,
// so a sensitivity falling by a share of the distance to the floor gives windows of about 1, 2, 3, 5,
// 7 days in a fast responder. The function level F (0 at intake, 1 at full function) blends the
// share of sensitivity recovered (weight 0.45) and capacity (weight 0.55), so passive care alone
// cannot bring a patient all the way to their goals (spec §2: active care builds capacity). Goal
// levels are baseline + F x (ceiling - baseline) (goals.ts). All of this is heuristic: a simple,
// documented model, not a fitted one.

import type { Irritability } from '../domain/records/vocabulary.ts';

export const SENSITIVITY_FLOOR = 0.2;
export const RELIEF_DAYS_PER_SENSITIVITY = 20;
/** A passive dose of this many minutes or more is a full dose. */
export const FULL_PASSIVE_MINUTES = 25;
/** Exercise lowers sensitivity too, at this fraction of its capacity gain (exercise-induced hypoalgesia). */
const EXERCISE_DESENSITISATION = 0.3;
const SENSITIVITY_WEIGHT = 0.45;
const CAPACITY_WEIGHT = 0.55;

export interface LatentState {
  sensitivity: number;
  capacity: number;
  frozen: boolean;
}

export interface LatentParameters {
  sensitivity0: number;
  reliefLine: number;
  passiveResponse: number;
  activeResponse: number;
  painScale: number;
}

export function initialState(parameters: LatentParameters): LatentState {
  return { sensitivity: parameters.sensitivity0, capacity: 0, frozen: false };
}

/** The state after a session's passive minutes. */
export function afterPassiveDose(state: LatentState, parameters: LatentParameters, passiveMinutes: number): LatentState {
  if (state.frozen || passiveMinutes <= 0) return state;
  const dose = Math.min(1, passiveMinutes / FULL_PASSIVE_MINUTES);
  const drop = parameters.passiveResponse * dose * Math.max(0, state.sensitivity - SENSITIVITY_FLOOR);
  return { ...state, sensitivity: state.sensitivity - drop };
}

/** The state after one day of home exercise (`done`: 1 yes, 0.5 partly, 0 no). */
export function afterExerciseDay(state: LatentState, parameters: LatentParameters, done: number): LatentState {
  if (state.frozen || done <= 0) return state;
  const gain = parameters.activeResponse * done;
  return {
    ...state,
    capacity: state.capacity + gain * (1 - state.capacity),
    sensitivity: state.sensitivity - EXERCISE_DESENSITISATION * gain * Math.max(0, state.sensitivity - SENSITIVITY_FLOOR),
  };
}

/** A setback (a flare that leaves the patient worse): sensitivity up, capacity down; care must win it back. */
export function afterSetback(state: LatentState, sensitivityRise: number, capacityLoss: number): LatentState {
  return { ...state, sensitivity: Math.min(1, state.sensitivity + sensitivityRise), capacity: Math.max(0, state.capacity - capacityLoss) };
}

/** The relief window, in whole days, that a session leaves at this sensitivity. */
export function reliefWindowDays(state: LatentState, parameters: LatentParameters): number {
  return Math.max(0, Math.floor(RELIEF_DAYS_PER_SENSITIVITY * (parameters.reliefLine - state.sensitivity) + 1e-9));
}

/** Where irritability settles as sensitivity falls (heuristic, see the module comment). */
const SETTLED_TO_MODERATE = 1 / 3;
const SETTLED_TO_LOW = 3 / 4;

/** The patient's true irritability now, from the intake grade and how far sensitivity has come down. */
export function trueIrritability(intake: Irritability, state: LatentState, parameters: LatentParameters): Irritability {
  const recovered = (parameters.sensitivity0 - state.sensitivity) / (parameters.sensitivity0 - SENSITIVITY_FLOOR);
  if (intake === 'low' || recovered >= SETTLED_TO_LOW) return 'low';
  if (intake === 'moderate' || recovered >= SETTLED_TO_MODERATE) return 'moderate';
  return 'high';
}

/** Function level: 0 at intake, 1 at full function; below 0 after a setback worse than intake. */
export function functionLevel(state: LatentState, parameters: LatentParameters): number {
  const recovered = (parameters.sensitivity0 - state.sensitivity) / (parameters.sensitivity0 - SENSITIVITY_FLOOR);
  return Math.min(1, SENSITIVITY_WEIGHT * recovered + CAPACITY_WEIGHT * state.capacity);
}

/** Pain (0-10) between sessions, outside relief windows and flares. */
export function painLevel(state: LatentState, parameters: LatentParameters): number {
  return parameters.painScale * state.sensitivity;
}
