// Is a response possible at all? The number of answers and each answer's value are checked against the
// instrument's items before anything is scored, so an impossible answer is reported, never scored.
import { AppError, type ErrorDetail } from '../errors.ts';
import type { InstrumentDefinition } from './instrument.ts';

/** A raw item answer, or null for an item left blank. */
export type Answer = number | null;

/** Throws a validation AppError naming every impossible answer and its allowed range. */
export function checkAnswers(definition: InstrumentDefinition, answers: readonly unknown[]): void {
  const { min, max } = definition.answerCount;
  const name = definition.name;
  if (!Array.isArray(answers) || answers.length < min || answers.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    const got = Array.isArray(answers) ? answers.length : 'none';
    throw new AppError('validation', `${name} takes ${expected} answer(s), one per item in order (blank for a missing item); got ${got}`,
      [{ path: 'answers', message: `expected ${expected} answer(s), got ${got}` }]);
  }
  const details: ErrorDetail[] = [];
  answers.forEach((answer, i) => {
    if (answer === null) return;
    const item = definition.items[i];
    if (item === undefined) return; // unreachable: the count was checked against answerCount.max
    const allowed = `answers are whole numbers from ${item.min} to ${item.max}`;
    const where = describeItem(definition, i);
    let problem: string | undefined;
    if (typeof answer !== 'number' || !Number.isFinite(answer)) problem = `${where}: ${String(answer)} is not a number; ${allowed}`;
    else if (!Number.isInteger(answer)) problem = `${where}: ${answer} is not a whole number; ${allowed}`;
    else if (answer < item.min || answer > item.max) problem = `${where}: ${answer} is out of range; ${allowed}`;
    if (problem !== undefined) details.push({ path: `answers[${i}]`, message: problem });
  });
  const first = details[0];
  if (first !== undefined) {
    const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
    throw new AppError('validation', `${name} ${first.message}${more}`, details);
  }
}

/** "item 3 (Lifting)"; just "item 3" where the label is only a number ("ISI item 3"). */
export function describeItem(definition: InstrumentDefinition, index: number): string {
  const n = index + 1;
  const label = definition.items[index]?.label;
  return label === undefined || label.toLowerCase().endsWith(`item ${n}`) ? `item ${n}` : `item ${n} (${label})`;
}
