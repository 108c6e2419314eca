// Small builders for the library's doses, so each exercise reads as one line of data. A dose is
// sets of one volume measure (repetitions, seconds, minutes or metres) with an optional load.
import type { Dose } from '../records/active-phase.ts';

export const reps = (sets: number, count: number, loadKg?: number): Dose => ({ sets, reps: count, ...(loadKg === undefined ? {} : { loadKg }) });
export const seconds = (sets: number, count: number): Dose => ({ sets, seconds: count });
export const minutes = (count: number): Dose => ({ sets: 1, minutes: count });
export const metres = (sets: number, count: number, loadKg?: number): Dose => ({ sets, metres: count, ...(loadKg === undefined ? {} : { loadKg }) });
