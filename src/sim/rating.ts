// A 0-10 answer as a person gives it (patient-log.ts describes the noise): kept on its own so that
// every part of the simulator that writes a rating (the check-in, the programme's log) shares it.
import type { Random } from './random.ts';

function clampScale(value: number): number {
  return Math.max(0, Math.min(10, value));
}

/** A 0-10 rating as a person gives it: rounded, sometimes a point off. */
export function noisyRating(value: number, random: Random): number {
  const u = random.next();
  const jitter = u < 0.2 ? -1 : u < 0.4 ? 1 : 0;
  return clampScale(Math.round(clampScale(value)) + jitter);
}
