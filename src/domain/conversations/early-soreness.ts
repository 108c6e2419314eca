// Draft: soreness after the first sessions (spec §2 expected soreness, §4 establishing-response).
// Used when the assessment shows an expected-soreness flare or the phase is establishing-response.
// Timeline: post-needling soreness resolved within 24-48 h (Llamas-Ramos 2014) or 24-36 h
// (Mejuto-Vázquez 2014), reference §7; the clinic's soreness window (settings.sorenessWindowHours,
// default 48 h) is what the draft says. The first relief window of settings.firstWindowDays is the
// signal the phase looks for (spec §4). What to report: soreness past the window, or symptoms that
// feel different, which is the engine's own line between soreness and a flare.
import type { AssessedFlare } from '../engine/assessment.ts';
import type { AssessedEpisode } from './assessed-episode.ts';
import type { CaseFile } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayOf, hoursBetween } from '../time.ts';
import type { ConversationDraft } from './conversation.ts';
import { count, goalName, spoken, spokenDay } from './wording.ts';

function latestSoreness(assessment: AssessedEpisode): AssessedFlare | undefined {
  return assessment.flares.filter((f) => f.classification === 'expected-soreness').at(-1);
}

export function earlySoreness(file: CaseFile, assessment: AssessedEpisode, settings: Settings): ConversationDraft {
  const { asOf } = assessment;
  const windowHours = settings.sorenessWindowHours;
  const soreness = latestSoreness(assessment);
  const parts: string[] = [
    'In the first few sessions, many people feel sore for a day or so after treatment.',
    `This is expected, and it usually fades within ${spoken(windowHours / 2)} to ${spoken(windowHours)} hours.`,
    'It is a common response to treatment, and on its own it does not mean the plan is wrong.',
  ];
  const basedOn = ['assessment.phase', 'settings.sorenessWindowHours', 'settings.firstWindowDays'];
  if (soreness) {
    const start = spokenDay(dayOf(soreness.start), asOf);
    if (soreness.end === null) parts.push(`Your soreness that began on ${start} is still in that range.`);
    else parts.push(`Your soreness that began on ${start} settled in about ${count(Math.max(1, Math.round(hoursBetween(soreness.start, soreness.end))), 'hour')}.`);
    basedOn.push(`assessment.flares[${soreness.id}]`);
  }
  const relief = assessment.reliefWindows.filter((w) => w.reliefDays !== null && w.reliefDays > 0).at(-1);
  if (relief && relief.reliefDays !== null) {
    parts.push(`After your session on ${spokenDay(dayOf(relief.date), asOf)}, you had ${count(relief.reliefDays, 'day')} of relief. That is the sign we look for.`);
    basedOn.push(`assessment.reliefWindows[${relief.sessionId}]`);
  } else {
    parts.push(`What we watch for now is relief: even ${count(settings.firstWindowDays, 'day')} of feeling better after a session is a good sign.`);
  }
  const goal = file.goals[0];
  if (goal) {
    parts.push(`Please also note how ${goalName(goal.activity)} goes on the days between sessions.`);
    basedOn.push(`goals[${goal.id}]`);
  }
  parts.push(`Tell us if soreness lasts more than ${count(windowHours, 'hour')}, or if it feels different from your usual pain.`);
  return { situation: 'early-soreness', title: 'Soreness after the first sessions', text: parts.join(' '), basedOn };
}
