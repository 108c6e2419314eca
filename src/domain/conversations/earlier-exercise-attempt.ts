// Draft: why an earlier attempt at exercise went badly, and what is different now (spec §4
// Conversations). Used when a prior active treatment (exercise programme, physiotherapy, graded
// activity) made things worse or set off a flare. The framing is the product's model (spec §2, §4):
// passive care first raises the symptom threshold, and load comes once the relief window holds
// (movement entry: settings.movementEntryWindowDays at settings.movementEntryConsecutiveSessions
// sessions in a row). Reading load by the next-day response follows the pain-monitoring model
// (Silbernagel et al. 2007, reference §7); starting below tolerance and building in small steps
// follows quota-based pacing (reference §7). That the past attempt failed on order rather than on the
// patient's effort is the product's framing, a heuristic, not a finding about this patient.
import type { AssessedEpisode } from './assessed-episode.ts';
import type { CaseFile, PriorTreatment } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import type { ConversationDraft } from './conversation.ts';
import { count, goalName, spokenMonth } from './wording.ts';

const activePriorKinds: ReadonlyArray<PriorTreatment['kind']> = ['exercise-program', 'physiotherapy', 'graded-activity'];
const badPriorOutcomes: ReadonlyArray<PriorTreatment['outcome']> = ['made-worse', 'flare'];

const kindWords: Partial<Record<PriorTreatment['kind'], string>> = {
  'exercise-program': 'an exercise programme',
  physiotherapy: 'physiotherapy',
  'graded-activity': 'a graded activity programme',
};

/** The prior active treatments that went badly, most recent first (undated ones last). */
function badActiveAttempts(file: CaseFile): Array<{ treatment: PriorTreatment; index: number }> {
  return file.intake.priorTreatments
    .map((treatment, index) => ({ treatment, index }))
    .filter(({ treatment }) => activePriorKinds.includes(treatment.kind) && badPriorOutcomes.includes(treatment.outcome))
    .sort((a, b) => (b.treatment.started ?? '').localeCompare(a.treatment.started ?? ''));
}

function whatHappened(treatment: PriorTreatment): string {
  const what = kindWords[treatment.kind] ?? 'exercise';
  const when = treatment.started ? ` in ${spokenMonth(treatment.started)}` : '';
  const result = treatment.outcome === 'flare' ? 'set off a flare' : 'made your pain worse';
  return `You told us that ${what}${when} ${result}.`;
}

const movingPhases: ReadonlyArray<AssessedEpisode['phase']> = ['blended', 'active-dominant', 'graduated'];

export function earlierExerciseAttempt(file: CaseFile, assessment: AssessedEpisode, settings: Settings): ConversationDraft | null {
  const attempts = badActiveAttempts(file);
  const first = attempts[0];
  if (!first) return null;
  const windowDays = count(settings.movementEntryWindowDays, 'day');
  const inARow = settings.movementEntryConsecutiveSessions;
  const parts: string[] = [
    whatHappened(first.treatment),
    'That was not a failure on your part.',
    'Most likely the load came before your body was ready for it. It was a problem of order, not of effort.',
    'This time we go the other way round. First we calm things down, so your body can take more.',
    `We track the days of relief after each session. We add exercise once relief lasts about ${windowDays}${inARow > 1 ? `, ${inARow} sessions in a row` : ''}.`,
  ];
  if (movingPhases.includes(assessment.phase)) parts.push('You have reached that point, so now we build load in small steps.');
  parts.push('We start below what you can do, and we check how you feel the next day. If you are worse the next morning, we ease off.');
  const goal = file.goals[0];
  if (goal) parts.push(`Each step is aimed at your goal: ${goalName(goal.activity)}.`);
  return {
    situation: 'earlier-exercise-attempt',
    title: 'Why exercise went badly before, and what is different now',
    text: parts.join(' '),
    basedOn: [
      ...attempts.map(({ index }) => `intake.priorTreatments[${index}]`),
      'assessment.phase',
      'settings.movementEntryWindowDays',
      'settings.movementEntryConsecutiveSessions',
      ...(goal ? [`goals[${goal.id}]`] : []),
    ],
  };
}
