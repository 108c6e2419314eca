// Draft: a plateau (spec §2, §4). Used when the assessment reports one. It says what the data shows
// with the patient's numbers, that a plateau is a signal and not a failure (spec §2), and the options
// the engine recommends, in the order of the escalation ladder: adherence and dose, then adjustment,
// then referral or medical re-evaluation, with the physician's options last and only with their
// indications (a software synthesis of NICE NG59, ACP 2017 and NICE NG193, reference §10).
import type { AssessedEpisode } from './assessed-episode.ts';
import type { CaseFile } from '../records/case-file.ts';
import type { RecommendationCode } from '../records/vocabulary.ts';
import { daysBetween } from '../time.ts';
import type { ConversationDraft } from './conversation.ts';
import { count, goalStory, namedGoals, spokenDay } from './wording.ts';

/** The ladder's rungs in order, each with the words a patient hears. */
const ladderOptions: ReadonlyArray<{ code: RecommendationCode; words: string }> = [
  { code: 'introduce-active', words: 'start a short set of exercises you do at home between sessions' },
  { code: 'check-adherence', words: 'check the basics: how the home exercises fit into your week, and whether the dose is right' },
  { code: 'adjust-program', words: 'change the programme: the exercises, the dose or the load' },
  { code: 'psychologically-informed-care', words: 'look at stress, worry and the fear of pain, which can hold progress back' },
  { code: 'sleep-assessment', words: 'look at your sleep, since poor sleep can keep pain up' },
  { code: 'refer-advanced-rehab', words: 'bring in an advanced rehab team for a fresh view' },
  { code: 'medical-re-evaluation', words: 'ask a doctor to review you, with scans or blood tests only if there is a clear reason' },
  { code: 'declare-ongoing-care', words: 'agree that care to hold your current level is the honest aim, with a date to review it' },
];

/** Options read after the first one; the draft stays short enough to read aloud. */
const maxFurtherOptions = 2;

export function plateauDraft(file: CaseFile, assessment: AssessedEpisode): ConversationDraft | null {
  const { plateau, asOf } = assessment;
  if (!plateau) return null;
  const weeks = Math.max(1, Math.floor(daysBetween(plateau.since, asOf) / 7));
  const parts: string[] = [`Since ${spokenDay(plateau.since, asOf)}, about ${count(weeks, 'week')}, your progress has levelled off.`];
  const named = namedGoals(assessment.goals);
  for (const goal of named.goals) parts.push(goalStory(file, goal));
  if (named.more > 0) parts.push('Your other goals have not moved much either.');
  const relief = assessment.reliefWindowTrend.value;
  if (relief === 'stable' || relief === 'shrinking') parts.push('The relief after each session has not grown either.');
  parts.push('We call this a plateau. It is a signal, not a failure, yours or ours. It tells us the plan needs to change.');

  const codes = new Set(assessment.recommendations.map((r) => r.code));
  const options = ladderOptions.filter((option) => codes.has(option.code));
  const [first, ...rest] = options;
  if (first) {
    parts.push(`First, we ${first.words}.`);
    for (const next of rest.slice(0, maxFurtherOptions)) parts.push(`Then we can ${next.words}.`);
  } else {
    parts.push('We will go through the options together, one step at a time.');
  }
  // The physician's options are named only at the ladder's physician rung (spec §4c.8).
  const physicianRung = assessment.recommendations.some((r) => r.reasons.some((reason) => reason.rule === 'escalation-ladder-physician'));
  if (physicianRung) parts.push('A doctor can also weigh other options, like injections or an operation, but only if there is a clear reason for them.');
  return {
    situation: 'plateau',
    title: 'A plateau, and what we can do next',
    text: parts.join(' '),
    basedOn: [
      'assessment.plateau',
      'assessment.reliefWindowTrend',
      ...named.basedOn,
      ...options.slice(0, 1 + maxFurtherOptions).map((option) => `assessment.recommendations[${option.code}]`),
    ],
  };
}
