// Draft: a load step back (spec §4b). Used when the engine advises `regress` for an exercise: pain
// during it went past the acceptable band on more than one day, the next morning was worse, or a
// flare that needs reassessment followed a load increase (Silbernagel's pain-monitoring model,
// reference §7 and §12). The message: this is a step back on one exercise, not a failure; a step
// back is a normal part of progression (reference §12); the dose to go back to, in the patient's
// programme's own words; the plan to build up again by about a tenth a week, time-contingent
// (reference §7); and when to tell us. No promise that pain will not come back.
import type { ProgrammeAdvice } from '../engine/assessment.ts';
import type { CaseFile } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import type { AssessedEpisode } from './assessed-episode.ts';
import type { ConversationDraft } from './conversation.ts';
import { exerciseName, spokenDose } from './exercise-words.ts';
import { listOf } from './wording.ts';

function why(advice: ProgrammeAdvice, settings: Settings): string {
  if (advice.reasons.some((r) => r.rule === 'new-load-flare')) return 'Your flare started soon after we raised the load on it.';
  return `On more than one day, the pain during it went above ${settings.exercisePainAcceptableMax} out of 10, or you woke up worse the next morning.`;
}

export function loadStepBackDraft(file: CaseFile, assessment: AssessedEpisode, settings: Settings): ConversationDraft | null {
  const backs = assessment.programme.filter((p) => p.advice === 'regress');
  const first = backs[0];
  if (!first) return null;
  const names = backs.slice(0, 2).map((b) => exerciseName(file, b.exerciseId));
  const parts = [
    backs.length === 1 ? `We are going to take a step back on one exercise, the ${names[0]}.` : `We are going to take a step back on ${listOf(names)}.`,
    backs.length === 1 ? 'This is a step back on one exercise, not a failure.' : 'This is a step back on a few exercises, not a failure.',
    why(first, settings),
    `For the next week, do ${exerciseName(file, first.nextExerciseId) === names[0] ? 'it' : `the ${exerciseName(file, first.nextExerciseId)}`} as ${spokenDose(first.nextDose)}.`,
    'Keep the rest of your plan as it is.',
    'A step back gives your body time to settle, so it can take the load again. Steps back are a normal part of building up.',
    `Then we build up again, a little each week, on a set plan, good day or bad.`,
    `Tell us if the pain during it stays above ${settings.exercisePainAcceptableMax} out of 10, or if you wake up worse again.`,
  ];
  return {
    situation: 'load-step-back',
    title: 'A step back on one exercise',
    text: parts.join(' '),
    basedOn: [...backs.map((b) => `assessment.programme[${b.exerciseId}]`), 'settings.exercisePainAcceptableMax'],
  };
}
