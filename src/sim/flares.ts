// Flares and post-treatment soreness as events in the simulated patient's life. Each event has a start
// (hours since midnight of the episode's first day), a duration, a pain rise, and possibly a setback:
// a lasting loss of state that leaves the patient below their prior baseline until care wins it back.
// Kinds and their (heuristic) draws:
//   soreness          after a session with passive care: likelier after dry needling, in high
//                     irritability and with more passive minutes; starts 2-20 h after the session and settles in 18-48 h (reference
//                     §7: post-needling soreness resolves within 24-48 h, Llamas-Ramos 2014,
//                     Mejuto-Vazquez 2014); the pain rise is 1-3.5 points.
//   background        life events and new loads, about one in 60 days; durations from the table below
//                     (most settle within a day or two, about one in eight lasts beyond three days;
//                     reference §7: flares last hours to weeks, most under a day); 8% leave a setback.
//   technique-change  6-30 h after a session at which the clinician changed technique; 12-60 h.
//   first-loading     after the first active session of a fear-avoidant patient (half of them); 12-60 h.
//   reassess          scripted: either long (4-9 days) or a setback (pain up 2.5-3.5 points for good).
//   load              a home-programme session past the patient's tolerance (programme.ts).
import type { flareCauses } from '../domain/records/case-file.ts';
import type { Random } from './random.ts';

export type FlareCause = (typeof flareCauses)[number];
export type FlareKind = 'soreness' | 'background' | 'technique-change' | 'first-loading' | 'reassess-long' | 'reassess-setback' | 'load';

export interface Setback {
  sensitivityRise: number;
  capacityLoss: number;
}

export interface FlareEvent {
  id: string;
  kind: FlareKind;
  cause: FlareCause;
  startHour: number;
  durationHours: number;
  /** Pain points added at the height of the event. */
  rise: number;
  setback: Setback | null;
}

/** Flare durations in hours at cumulative probabilities, read by linear interpolation. Heuristic. */
const durationQuantiles: readonly (readonly [number, number])[] = [
  [0, 8], [0.25, 18], [0.5, 30], [0.75, 48], [0.87, 72], [0.95, 110], [1, 240],
];

function quantile(table: readonly (readonly [number, number])[], p: number): number {
  for (let i = 1; i < table.length; i++) {
    const [p1, v1] = table[i] ?? [1, 0];
    const [p0, v0] = table[i - 1] ?? [0, 0];
    if (p <= p1) return v0 + ((p - p0) / (p1 - p0)) * (v1 - v0);
  }
  return table[table.length - 1]?.[1] ?? 0;
}

/** How much of the rise is felt `hour` into the event: building, full, easing. Zero outside it. */
export function eventShare(event: FlareEvent, hour: number): number {
  const into = (hour - event.startHour) / event.durationHours;
  if (into < 0 || into >= 1) return 0;
  if (into < 0.15) return 0.7;
  if (into < 0.7) return 1;
  return 0.7;
}

export function isActive(event: FlareEvent, hour: number): boolean {
  return hour >= event.startHour && hour < event.startHour + event.durationHours;
}

export function endHour(event: FlareEvent): number {
  return event.startHour + event.durationHours;
}

function setbackFor(painScale: number, random: Random): Setback {
  return { sensitivityRise: random.uniform(2.5, 3.5) / painScale, capacityLoss: random.uniform(0.1, 0.2) };
}

export interface FlareContext {
  random: Random;
  painScale: number;
  highIrritability: boolean;
  nextId: () => string;
}

/** Soreness after a session with passive care, or null. */
export function sorenessAfter(context: FlareContext, sessionHour: number, needling: boolean, dose: number): FlareEvent | null {
  const { random } = context;
  const p = ((needling ? 0.45 : 0.2) + (context.highIrritability ? 0.15 : 0)) * Math.min(1, dose);
  if (!random.chance(p)) return null;
  return {
    id: context.nextId(), kind: 'soreness', cause: 'unknown',
    startHour: sessionHour + random.uniform(2, 20), durationHours: random.uniform(18, 48), rise: random.uniform(1, 3.5), setback: null,
  };
}

/** An unprovoked flare starting on `day`, or null (about one day in `1 / rate`). */
export function backgroundFlare(context: FlareContext, day: number, rate: number): FlareEvent | null {
  const { random } = context;
  if (!random.chance(rate)) return null;
  const setback = random.chance(0.08) ? setbackFor(context.painScale, random) : null;
  return {
    id: context.nextId(), kind: 'background', cause: random.pick(['life-event', 'new-load', 'unknown'] as const),
    startHour: day * 24 + random.uniform(6, 22), durationHours: quantile(durationQuantiles, random.next()),
    rise: random.uniform(2, 4) + (context.highIrritability ? 0.5 : 0), setback,
  };
}

/** A flare provoked by a session: a technique change, or the first loading of a fearful patient. */
export function provokedFlare(context: FlareContext, sessionHour: number, kind: 'technique-change' | 'first-loading'): FlareEvent {
  const { random } = context;
  return {
    id: context.nextId(), kind, cause: kind === 'technique-change' ? 'technique-change' : 'new-load',
    startHour: sessionHour + random.uniform(6, 30), durationHours: random.uniform(12, 60), rise: random.uniform(2, 4), setback: null,
  };
}

/** The scripted flare of the reassess-flare archetype: too long, or leaving a setback. */
export function reassessFlare(context: FlareContext, day: number): FlareEvent {
  const { random } = context;
  const long = random.chance(0.5);
  return {
    id: context.nextId(), kind: long ? 'reassess-long' : 'reassess-setback', cause: random.pick(['new-load', 'life-event'] as const),
    startHour: day * 24 + random.uniform(6, 22),
    durationHours: long ? random.uniform(96, 216) : random.uniform(24, 60),
    rise: long ? random.uniform(2.5, 4) : random.uniform(3, 4.5),
    setback: long ? null : setbackFor(context.painScale, random),
  };
}
