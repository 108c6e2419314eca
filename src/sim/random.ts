// The simulator's own seeded pseudo-random numbers, so the same seed gives the same cohort on every
// machine and in every Node version: Math.random() cannot be seeded, and its algorithm is the
// engine's choice. The generator is mulberry32 (Tommy Ettinger, 2017, public domain): a 32-bit state
// advanced by a Weyl step and mixed with integer multiplies. Its period is 2^32 draws, far more than
// one cohort uses (a few million). It is small, fast and not cryptographic, which it need not be.
// Every draw uses only integer arithmetic and + - * /, so the sequence is bit-identical on every
// IEEE-754 machine. Normal deviates use the Irwin-Hall sum of twelve uniforms (mean 0, SD 1, tails
// cut at +-6) for the same reason: no transcendental function, whose last bit may differ by platform.

export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform number in [min, max). */
  uniform(min: number, max: number): number;
  /** A uniform whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** An approximately normal number (Irwin-Hall, twelve uniforms). */
  normal(mean: number, sd: number): number;
  /** One item of a non-empty list. */
  pick<L extends readonly [unknown, ...unknown[]]>(items: L): L[number];
}

/** mulberry32: one 32-bit state, one multiply-xorshift mix per draw. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    normal: (mean, sd) => {
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += next();
      return mean + sd * (sum - 6);
    },
    pick: <L extends readonly [unknown, ...unknown[]]>(items: L): L[number] => items[Math.floor(next() * items.length)] ?? items[0],
  };
  return random;
}

/**
 * A well-mixed 32-bit seed for item `index` of a run seeded with `seed` (the murmur3 finaliser over
 * both), so episode 17 of a cohort is the same episode whatever the cohort's size.
 */
export function deriveSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul((index + 1) >>> 0, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
