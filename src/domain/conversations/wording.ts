// Small helpers that turn the patient's numbers and dates into words a clinician reads aloud. They
// keep every draft in the same voice: whole or one-decimal numbers, "3 out of 10" for an ability,
// the goal's own unit for a capacity, and dates as "3 March" (with the year when it is not the
// as-of year). No locale data is used, so the words are the same on every machine.
import type { GoalProgress } from '../engine/assessment.ts';
import type { CaseFile, Goal } from '../records/case-file.ts';

const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** 3, 2.5: at most one decimal, as a person would say it. */
export function spoken(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "1 day", "3 days". */
export function count(value: number, unit: string): string {
  return `${spoken(value)} ${unit}${value === 1 ? '' : 's'}`;
}

/** "3 March", or "3 March 2025" when the year is not the as-of year. */
export function spokenDay(isoDate: string, asOf: string): string {
  const day = Number(isoDate.slice(8, 10));
  const month = months[Number(isoDate.slice(5, 7)) - 1] ?? '';
  const year = isoDate.slice(0, 4);
  return year === asOf.slice(0, 4) ? `${day} ${month}` : `${day} ${month} ${year}`;
}

/** "March 2024". */
export function spokenMonth(isoDate: string): string {
  return `${months[Number(isoDate.slice(5, 7)) - 1] ?? ''} ${isoDate.slice(0, 4)}`;
}

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "a, b or c": any one of them. */
export function anyOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** A goal's value in its own measure: "6 out of 10" for an ability, "20 minutes", "5 km" for a capacity. */
export function amount(goal: Goal | undefined, value: number): string {
  if (goal === undefined || goal.measure.kind === 'ability') return `${spoken(value)} out of 10`;
  const unit = goal.measure.unit;
  if (unit === 'km' || unit === 'kg') return `${spoken(value)} ${unit}`;
  return count(value, unit.replace(/s$/, ''));
}

/** The patient's goal in their own words, quoted so any phrasing reads well mid-sentence. */
export function goalName(activity: string): string {
  return `"${activity.trim().replace(/[.!]+$/, '')}"`;
}

/** How many goals a draft names before it says "and your other goals": drafts stay short. */
export const maxGoalsNamed = 2;

export function goalOf(file: CaseFile, progress: GoalProgress): Goal | undefined {
  return file.goals.find((goal) => goal.id === progress.goalId);
}

/** A second mention of a goal's value: "6" for an ability (the "out of 10" was said once), "6 km" for a capacity. */
export function again(goal: Goal | undefined, value: number): string {
  return goal === undefined || goal.measure.kind === 'ability' ? spoken(value) : amount(goal, value);
}

/**
 * Two sentences per goal: where it started, where it is, where it is going.
 * "For "walk 30 minutes", you started at 3 out of 10. You are at 6 now, and the aim is 8."
 */
export function goalStory(file: CaseFile, progress: GoalProgress): string {
  const goal = goalOf(file, progress);
  const start = `For ${goalName(progress.activity)}, you started at ${amount(goal, progress.baseline)}.`;
  if (progress.current === null) return `${start} The aim is ${again(goal, progress.target)}.`;
  return `${start} You are at ${again(goal, progress.current)} now, and the aim is ${again(goal, progress.target)}.`;
}

/** The goals a draft names, and the basedOn entries for them. */
export function namedGoals(goals: readonly GoalProgress[]): { goals: GoalProgress[]; basedOn: string[]; more: number } {
  const named = goals.slice(0, maxGoalsNamed);
  return { goals: named, basedOn: named.map((g) => `goals[${g.goalId}]`), more: goals.length - named.length };
}

/** A draft is read aloud: about a minute at most (spec of the drafts: 60-160 words). */
export const draftMaxWords = 160;

/** Words counted the way a reader counts them: runs of letters or digits. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
