// Draft: a flare (spec §2, §4 flares). Used when the latest flare is classified normal or reassess.
// A normal flare settled within settings.flareSettleHours (default 72 h, a heuristic consistent with
// DOMS and post-needling timelines and with most flares lasting under a day: Suri 2011, reference §7)
// and left the patient at or above their prior baseline; the draft says so with the patient's own
// numbers. Flare-ups are expected in chronic pain (NICE NG193, reference §7). A reassess flare lasted
// longer or left the patient meaningfully below baseline: the draft neither alarms nor plays it down;
// it says we look again together and when to come in sooner. The flare plan (keep moving within
// limits, ease the load, build back) follows pacing practice (reference §7).
import type { AssessedFlare } from '../engine/assessment.ts';
import type { AssessedEpisode } from './assessed-episode.ts';
import type { CaseFile, Flare } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayOf, daysBetween, hoursBetween } from '../time.ts';
import type { ConversationDraft } from './conversation.ts';
import { again, amount, count, goalName, goalOf, spokenDay } from './wording.ts';

const causeWords: Record<Flare['cause'], string | null> = {
  'new-load': 'It came after a new load.',
  'technique-change': 'It came after a change in how you did an exercise.',
  'life-event': 'It came at a hard time in your life, which can raise pain too.',
  unknown: null,
};

/**
 * The latest flare, when it is one the draft speaks to (normal or reassess) and it is today's story:
 * under way, or ended within `flareDraftDays` (spec §4c.8).
 */
export function flareToDiscuss(assessment: AssessedEpisode, settings: Settings): AssessedFlare | null {
  const latest = assessment.flares.filter((f) => f.duplicateOf === undefined).at(-1);
  if (!latest || (latest.classification !== 'normal' && latest.classification !== 'reassess')) return null;
  if (latest.end !== null && daysBetween(dayOf(latest.end), assessment.asOf) > settings.flareDraftDays) return null;
  return latest;
}

function lasted(flare: AssessedFlare, asOf: string): string {
  const hours = hoursBetween(flare.start, flare.end ?? `${asOf}T23:59:59Z`);
  return hours < 36 ? `about ${count(Math.max(1, Math.round(hours)), 'hour')}` : `about ${count(Math.round(hours / 24), 'day')}`;
}

/** Where the first goal with a current level stands now, against where it started. */
function goalNumbers(file: CaseFile, assessment: AssessedEpisode, lead: string): { parts: string[]; basedOn: string[] } {
  const goal = assessment.goals.find((g) => g.current !== null);
  if (!goal || goal.current === null) return { parts: [], basedOn: [] };
  const measure = goalOf(file, goal);
  return {
    parts: [`${lead} ${goalName(goal.activity)} is at ${amount(measure, goal.current)}, against ${again(measure, goal.baseline)} when we started.`],
    basedOn: [`goals[${goal.goalId}]`],
  };
}

function normalFlare(file: CaseFile, assessment: AssessedEpisode, flare: AssessedFlare, settleDays: string): { parts: string[]; basedOn: string[] } {
  const { asOf } = assessment;
  const parts = [
    `Your flare began on ${spokenDay(dayOf(flare.start), asOf)} and settled in ${lasted(flare, asOf)}.`,
    `That is what we call a normal flare. Flares are a usual part of living with long-term pain. A normal one settles within ${settleDays} and leaves you where you were before.`,
  ];
  const numbers = goalNumbers(file, assessment, 'Your numbers agree:');
  parts.push(...numbers.parts, 'So we keep to the plan.');
  return { parts, basedOn: numbers.basedOn };
}

function reassessFlare(file: CaseFile, assessment: AssessedEpisode, flare: AssessedFlare, settleDays: string): { parts: string[]; basedOn: string[] } {
  const { asOf } = assessment;
  const belowBaseline = flare.reasons.some((r) => r.rule === 'flare-below-baseline');
  const start = spokenDay(dayOf(flare.start), asOf);
  const numbers = goalNumbers(file, assessment, 'Right now,');
  const parts = [
    flare.end === null
      ? `Your flare began on ${start} and has gone on for ${lasted(flare, asOf)}.`
      : `Your flare began on ${start} and lasted ${lasted(flare, asOf)}.`,
    belowBaseline
      ? 'Since then, your numbers are lower than they were before it.'
      : `That is longer than a usual flare, which settles within ${settleDays}.`,
    ...numbers.parts,
    'This does not mean you have failed, or that we are back at the start. It means we look again together: what set it off, the load, and the plan.',
    'Until then, keep moving within what you can manage.',
    'If you notice anything new, like numbness, weakness or pain that wakes you at night, tell us straight away.',
  ];
  return { parts, basedOn: numbers.basedOn };
}

export function flareDraft(file: CaseFile, assessment: AssessedEpisode, flare: AssessedFlare, settings: Settings): ConversationDraft {
  const settleDays = `about ${count(Math.round(settings.flareSettleHours / 24), 'day')}`;
  const body = flare.classification === 'normal'
    ? normalFlare(file, assessment, flare, settleDays)
    : reassessFlare(file, assessment, flare, settleDays);
  const recorded = file.flares.find((f) => f.id === flare.id);
  const cause = recorded ? causeWords[recorded.cause] : null;
  if (cause) body.parts.splice(1, 0, cause);
  if (flare.classification === 'normal') {
    body.parts.push(`If another one comes: keep moving within your limits, ease the load for a day or two, then build back up. Tell us if one lasts more than ${settleDays}.`);
  }
  return {
    situation: 'flare',
    title: flare.classification === 'normal' ? 'A normal flare' : 'A flare we need to look at again',
    text: body.parts.join(' '),
    basedOn: [
      `assessment.flares[${flare.id}]`,
      ...(recorded ? [`flares[${recorded.id}]`] : []),
      'settings.flareSettleHours',
      ...body.basedOn,
    ],
  };
}
