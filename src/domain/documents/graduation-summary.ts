// The graduation summary the patient takes home (spec §2 graduation, §6 Documents): in plain words
// (Flesch-Kincaid grade 8 or lower, checked by its test like the drafts), the goals reached with the
// patient's own numbers, the self-management programme, and the flare plan: what is normal, what to
// do, when to come back. Its sentences are the engine's graduation draft's own
// (src/domain/conversations/graduation.ts), so what the clinician says and what the patient reads
// agree. It is made when the engine offers that draft (goals met and held) or the clinician has
// graduated the episode.
import type { Assessment } from '../engine/assessment.ts';
import { knownOn } from '../engine/as-of.ts';
import { allReachedOn, flarePlan, goalReachedSentence } from '../conversations/graduation.ts';
import { count, goalName, spokenDay } from '../conversations/wording.ts';
import type { CaseFile } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { daysBetween } from '../time.ts';
import type { Block, DocumentContext, DocumentModel, Section } from './model.ts';
import { patientName } from './progress-report.ts';
import { programmeFromRecords, type ProgrammeSource } from './self-management.ts';

/** True when there is a graduation to summarise: the engine's graduation draft, or a graduated episode. */
export function graduationSummaryAvailable(file: CaseFile, assessment: Assessment): boolean {
  return file.episode.status === 'graduated' || assessment.conversations.some((draft) => draft.situation === 'graduation');
}

function goalsSection(file: CaseFile, assessment: Assessment): Section {
  const { asOf } = assessment;
  const goals = assessment.goals;
  const allAtTarget = goals.length > 0 && goals.every((g) => g.atTarget);
  const blocks: Block[] = [{ kind: 'paragraph', text: allAtTarget ? 'You have reached your goals.' : 'Here is where your goals stand.' }];
  const sentence = (goal: Assessment['goals'][number]): string =>
    (goal.current === null ? `For ${goalName(goal.activity)}, we have no rating from you yet.` : goalReachedSentence(file, goal));
  if (goals.length > 0) blocks.push({ kind: 'bullets', items: goals.map(sentence) });
  const reached = allReachedOn(goals);
  if (reached) {
    const weeks = Math.floor(daysBetween(reached, asOf) / 7);
    blocks.push({ kind: 'paragraph', text: weeks >= 1 ? `You got there by ${spokenDay(reached, asOf)} and have held it for ${count(weeks, 'week')}. That is your work.` : `You got there by ${spokenDay(reached, asOf)}. That is your work.` });
  }
  return { heading: 'The goals you reached', blocks };
}

function programmeSection(file: CaseFile, asOf: string, source: ProgrammeSource): Section {
  const programme = source(file, asOf);
  const blocks: Block[] = programme.items.length > 0
    ? [{ kind: 'paragraph', text: 'Keep doing these on your own, the way we practised them:' }, { kind: 'bullets', items: programme.items }]
    : [{ kind: 'paragraph', text: 'We did not set you a home programme in your sessions. Please ask us for one before you go.' }];
  if (programme.adherence) blocks.push({ kind: 'paragraph', text: programme.adherence });
  blocks.push({ kind: 'paragraph', text: 'You lead your own care from here. Keep moving, most days, in ways you enjoy.' });
  return { heading: 'Your self-management programme', blocks };
}

function flarePlanSection(settings: Settings, file: CaseFile, assessment: Assessment): Section {
  const plan = flarePlan(settings, { file, assessment });
  return {
    heading: 'Your flare plan',
    blocks: [
      { kind: 'paragraph', tone: 'strong', text: 'What is normal' },
      { kind: 'bullets', items: [...plan.normal] },
      { kind: 'paragraph', tone: 'strong', text: 'What to do' },
      { kind: 'bullets', items: plan.whatToDo },
      { kind: 'paragraph', tone: 'strong', text: 'When to come back' },
      { kind: 'bullets', items: plan.comeBack },
    ],
  };
}

function contactSection(context: DocumentContext): Section {
  const who = context.clinician;
  const lines = [
    who ? `${who.name}${who.discipline ? `, ${who.discipline}` : ''}` : null,
    context.clinicName,
    who?.email ?? null,
  ].filter((line): line is string => line !== null);
  return { heading: 'How to reach us', blocks: [{ kind: 'paragraph', text: lines.join(' · ') }] };
}

export function composeGraduationSummary(
  caseFile: CaseFile, assessment: Assessment, settings: Settings, context: DocumentContext, programme: ProgrammeSource = programmeFromRecords,
): DocumentModel {
  const { asOf } = assessment;
  const file = knownOn(caseFile, asOf);
  const name = patientName(file);
  return {
    kind: 'graduation-summary',
    title: 'Your graduation summary',
    subtitle: name,
    asOf,
    audience: 'patient',
    header: [
      { label: 'Date', value: spokenDay(asOf, '') },
      { label: 'From', value: context.clinician ? `${context.clinician.name}, ${context.clinicName}` : context.clinicName },
    ],
    sections: [goalsSection(file, assessment), programmeSection(file, asOf, programme), flarePlanSection(settings, file, assessment), contactSection(context)],
    footer: `Your graduation summary from ${context.clinicName}. Keep it where you can find it.`,
  };
}
