// One scorer for every instrument: it reads the definition (items, scoring method, missing-item rule,
// subscales, bands) and never knows which instrument it is scoring. An impossible answer (out of
// range, not a whole number, the wrong number of answers) is bad input and throws a validation
// AppError naming the item; a response the instrument's own rule cannot score throws too, saying why.
import { AppError } from '../errors.ts';
import type { InstrumentCode } from '../records/instrument-codes.ts';
import { checkAnswers, describeItem, type Answer } from './answers.ts';
import type { InstrumentDefinition, InstrumentItem } from './instrument.ts';
import { instrumentDefinition } from './instruments/index.ts';

export interface InstrumentScore {
  instrument: InstrumentCode;
  score: number;
  /** The band code (e.g. "high", "positive") where the instrument has bands. */
  band?: string;
  /** Scored subscales by key; a subscale with a blank item is left out. */
  subscales?: Record<string, number>;
  /** Answers given. */
  answered: number;
  /** Items left blank in the response. */
  missing: number;
}

/** Score one response. `answers` are raw item values in item order, null for a blank item. */
export function scoreInstrument(code: string, answers: readonly Answer[]): InstrumentScore {
  const definition = instrumentDefinition(code);
  checkAnswers(definition, answers);
  const points = answers.map((answer, i) => (answer === null ? null : itemPoints(itemAt(definition, i), answer)));
  const answered = points.filter((p) => p !== null).length;
  const missing = points.length - answered;

  const subscales = scoreSubscales(definition, points);
  requireEnoughAnswers(definition, points, answered);
  const raw = total(definition, points, subscales);
  const score = round(raw, definition.decimals);

  const band = bandOf(definition, score, subscales);
  return {
    instrument: definition.code,
    score,
    ...(band === undefined ? {} : { band }),
    ...(definition.subscales.length === 0 ? {} : { subscales }),
    answered,
    missing,
  };
}

function itemAt(definition: InstrumentDefinition, index: number): InstrumentItem {
  const item = definition.items[index];
  if (item === undefined) throw new AppError('internal', `${definition.code} has no item ${index + 1}`);
  return item;
}

/** The points a raw answer scores: its own value, or the item's points table (STarT Back item 9). */
export function itemPoints(item: InstrumentItem, answer: number): number {
  if (item.points === undefined) return answer;
  const value = item.points[answer - item.min];
  if (value === undefined) throw new AppError('internal', `item ${item.id} has no points for answer ${answer}`);
  return value;
}

function itemMaxPoints(item: InstrumentItem): number {
  return item.points === undefined ? item.max : Math.max(...item.points);
}

/** Each subscale whose items are all answered, as the sum of their points. */
function scoreSubscales(definition: InstrumentDefinition, points: readonly (number | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const subscale of definition.subscales) {
    let sum = 0;
    let complete = true;
    for (const id of subscale.items) {
      const p = points[definition.items.findIndex((item) => item.id === id)];
      if (p === null || p === undefined) complete = false;
      else sum += p;
    }
    if (complete) out[subscale.key] = sum;
  }
  return out;
}

/** The items the score is computed from: one subscale's items, or every item in the response. */
function scoredItemIndexes(definition: InstrumentDefinition, count: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (definition.scoring.method !== 'subscale') return all;
  const key = definition.scoring.key;
  const ids = definition.subscales.find((s) => s.key === key)?.items ?? [];
  return all.filter((i) => ids.includes(itemAt(definition, i).id));
}

function requireEnoughAnswers(definition: InstrumentDefinition, points: readonly (number | null)[], answered: number): void {
  const name = definition.name;
  if (definition.missing.rule === 'all-required') {
    const blank = scoredItemIndexes(definition, points.length).filter((i) => points[i] === null);
    if (blank.length > 0) {
      const list = blank.map((i) => describeItem(definition, i)).join(', ');
      const key = definition.scoring.method === 'subscale' ? definition.scoring.key : undefined;
      const subscale = definition.subscales.find((s) => s.key === key);
      const scope = subscale === undefined ? 'every item' : `every item of the subscale it is scored on (${subscale.name})`;
      throw new AppError('validation', `${name} cannot be scored: ${list} ${blank.length === 1 ? 'is' : 'are'} blank, and it is scored only when ${scope} is answered`,
        blank.map((i) => ({ path: `answers[${i}]`, message: 'no answer' })));
    }
  }
  if (answered < definition.missing.minAnswered) {
    throw new AppError('validation', `${name} cannot be scored: ${answered} item(s) answered, at least ${definition.missing.minAnswered} needed`,
      [{ path: 'answers', message: `at least ${definition.missing.minAnswered} answered item(s) needed` }]);
  }
}

function total(definition: InstrumentDefinition, points: readonly (number | null)[], subscales: Record<string, number>): number {
  const given: number[] = [];
  let possible = 0;
  points.forEach((p, i) => {
    if (p === null) return;
    given.push(p);
    possible += itemMaxPoints(itemAt(definition, i));
  });
  const sum = given.reduce((a, b) => a + b, 0);
  const scoring = definition.scoring;
  switch (scoring.method) {
    case 'sum':
      // NDI: the mean of the answered items stands in for each blank one (author's rule).
      return definition.missing.rule === 'add-mean-per-missing' ? sum + (sum / given.length) * (points.length - given.length) : sum;
    case 'mean':
      return sum / given.length;
    case 'percent-of-possible':
      return (sum / possible) * 100;
    case 'subscale': {
      const value = subscales[scoring.key];
      if (value === undefined) throw new AppError('internal', `${definition.code} subscale ${scoring.key} was not scored`);
      return value;
    }
  }
}

function bandOf(definition: InstrumentDefinition, score: number, subscales: Record<string, number>): string | undefined {
  if (definition.bands === null) return undefined;
  for (const rule of definition.bands.rules) {
    const value = rule.subscale === undefined ? score : subscales[rule.subscale];
    if (value !== undefined && value >= rule.atLeast) return rule.code;
  }
  return definition.bands.otherwise.code;
}

/** Half away from zero at `decimals` places; the epsilon keeps 35.55 from becoming 35.5 through binary error. */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.abs(value)) * factor) / factor;
}
