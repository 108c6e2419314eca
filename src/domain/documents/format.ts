// How the clinician-facing documents write numbers, dates and goal values: ISO dates (a payer and
// the next provider read them unambiguously), at most one decimal, a goal's value in its own unit.
// The patient's summary speaks instead (src/domain/conversations/wording.ts).
import { spoken } from '../conversations/wording.ts';
import type { GoalProgress } from '../engine/assessment.ts';
import type { CaseFile, Goal } from '../records/case-file.ts';
import { ageOn, dayOf, daysBetween } from '../time.ts';

export { spoken as number };

/** A goal's value in its unit: "6/10" for an ability, "20 minutes", "5 km" for a capacity. */
export function goalValue(goal: Goal | undefined, value: number | null): string {
  if (value === null) return '–';
  if (goal === undefined || goal.measure.kind === 'ability') return `${spoken(value)}/10`;
  return `${spoken(value)} ${goal.measure.unit}`;
}

export function goalRecord(file: CaseFile, progress: GoalProgress): Goal | undefined {
  return file.goals.find((goal) => goal.id === progress.goalId);
}

/** 0.42 -> "42%". */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** "1972-04-09 (age 54)". */
export function birthWithAge(birthDate: string, asOf: string): string {
  return `${birthDate} (age ${ageOn(birthDate, asOf)})`;
}

/** "2026-01-05 to 2026-11-23 (46 weeks)". */
export function period(from: string, to: string): string {
  const days = daysBetween(from, to);
  const length = days >= 14 ? `${Math.floor(days / 7)} weeks` : `${days} day${days === 1 ? '' : 's'}`;
  return `${dayOf(from)} to ${dayOf(to)} (${length})`;
}

/** "3 days", "1 day". */
export function days(value: number): string {
  return `${spoken(value)} day${value === 1 ? '' : 's'}`;
}

/** The first reason's words, or a dash: tables show one line of why, the engine keeps them all. */
export function firstReason(reasons: readonly { text: string }[]): string {
  return reasons[0]?.text ?? '–';
}
