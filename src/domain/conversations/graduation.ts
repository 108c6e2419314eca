// Draft: graduation and the flare plan (spec §2 graduation, §4 phase graduated). Used when the phase
// is graduated or the engine recommends graduation. It names the goals reached with their numbers,
// how long they have held (settings.graduationHoldDays is the engine's bar), and a flare plan:
// flares are expected in chronic pain (NICE NG193, reference §7); keep moving within limits and
// ease then rebuild the load (pacing, reference §7); a normal flare settles within
// settings.flareSettleHours (a heuristic, reference §7); come back when one lasts longer, keeps
// coming back, or brings anything new. No promise that pain will not return: the plan exists
// because it may.
import type { GoalProgress } from '../engine/assessment.ts';
import type { AssessedEpisode } from './assessed-episode.ts';
import type { CaseFile } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { daysBetween } from '../time.ts';
import type { ConversationDraft } from './conversation.ts';
import { exerciseName, spokenDose } from './exercise-words.ts';
import { again, amount, count, goalName, goalOf, namedGoals, spokenDay } from './wording.ts';

/** "For "walk 30 minutes", you went from 3 out of 10 to 8, and the aim was 8." */
export function goalReachedSentence(file: CaseFile, goal: GoalProgress): string {
  const measure = goalOf(file, goal);
  const now = goal.current ?? goal.target;
  return `For ${goalName(goal.activity)}, you went from ${amount(measure, goal.baseline)} to ${again(measure, now)}, and the aim was ${again(measure, goal.target)}.`;
}

/** The day the last goal reached its target: from then on, all of them have held. */
export function allReachedOn(goals: readonly GoalProgress[]): string | null {
  const days = goals.map((g) => g.reachedTargetOn);
  if (days.length === 0 || days.some((d) => d === null)) return null;
  return days.reduce<string>((latest, day) => (day !== null && day > latest ? day : latest), '');
}

/** How to ease the load in a flare: the flare plan's step back (spec §4b) where the patient runs a programme alone. */
function easeTheLoad(file: CaseFile, assessment: AssessedEpisode): string {
  const first = assessment.selfManagement?.ready ? assessment.selfManagement.exercises[0] : undefined;
  if (!first) return 'Ease the load for a day or two, then build back up with the exercises that helped.';
  const name = exerciseName(file, first.exerciseId);
  const back = first.stepBack.exerciseId === first.exerciseId
    ? `take the ${name} back to ${spokenDose(first.stepBack.dose)}`
    : `swap the ${name} for the ${exerciseName(file, first.stepBack.exerciseId)}, ${spokenDose(first.stepBack.dose)}`;
  return `For a few days, ${back}, then build back up.`;
}

/**
 * The flare plan in the patient's words, in three parts: what is normal, what to do, when to come
 * back. The draft reads it aloud; the graduation summary (src/domain/documents) prints it.
 */
export interface FlarePlan {
  normal: [string, string];
  whatToDo: string[];
  comeBack: string[];
}

/** The flare plan; with the case file and assessment, its step back names the patient's own exercise (spec §4b). */
export function flarePlan(settings: Settings, episode?: { file: CaseFile; assessment: AssessedEpisode }): FlarePlan {
  const settle = `about ${count(Math.round(settings.flareSettleHours / 24), 'day')}`;
  const ease = episode ? easeTheLoad(episode.file, episode.assessment) : 'Ease the load for a day or two, then build back up with the exercises that helped.';
  return {
    normal: ['A flare can still happen. It does not mean you are back at the start.', `A normal flare settles within ${settle}.`],
    whatToDo: [`If one comes, keep moving within what you can manage. ${ease}`],
    comeBack: ['Come back to us if a flare lasts longer than that, if flares keep coming back, or if you notice anything new, like numbness or weakness.'],
  };
}

export function graduationDraft(file: CaseFile, assessment: AssessedEpisode, settings: Settings): ConversationDraft {
  const { asOf } = assessment;
  const parts: string[] = ['You have reached your goals.'];
  const named = namedGoals(assessment.goals);
  for (const goal of named.goals) parts.push(goalReachedSentence(file, goal));
  if (named.more > 0) parts.push('Your other goals are at target too.');
  const reached = allReachedOn(assessment.goals);
  if (reached) {
    const weeks = Math.floor(daysBetween(reached, asOf) / 7);
    parts.push(weeks >= 1
      ? `You got there by ${spokenDay(reached, asOf)} and have held it for ${count(weeks, 'week')}. That is your work.`
      : `You got there by ${spokenDay(reached, asOf)}. That is your work.`);
  } else {
    parts.push('That is your work.');
  }
  const plan = flarePlan(settings, { file, assessment });
  parts.push('From here, you lead your own care, with a plan for flares.', plan.normal[0], ...plan.whatToDo, plan.normal[1], ...plan.comeBack);
  return {
    situation: 'graduation',
    title: 'Graduation and your flare plan',
    text: parts.join(' '),
    basedOn: [
      'assessment.phase',
      ...(assessment.recommendations.some((r) => r.code === 'graduate') ? ['assessment.recommendations[graduate]'] : []),
      ...named.basedOn,
      ...(assessment.selfManagement?.ready ? ['assessment.selfManagement'] : []),
      'settings.flareSettleHours',
    ],
  };
}
