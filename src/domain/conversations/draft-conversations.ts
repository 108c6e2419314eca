// draftConversations(caseFile, assessment): for each situation the assessment shows, what the
// clinician can say (spec §4, Conversations). Pure: the same case file and assessment always give
// the same drafts. Records dated after the assessment's as-of day are ignored, as the engine
// ignores them. Each situation is one file; this one only decides which apply, in the order a
// clinician would raise them. An urgent referral stands alone: while a red flag is open, nothing
// else is discussed, so no imaging or progress talk can soften it.
import type { AssessedEpisode } from './assessed-episode.ts';
import type { CaseFile } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { isKnownOn } from '../time.ts';
import type { ConversationDraft } from './conversation.ts';
import { earlierExerciseAttempt } from './earlier-exercise-attempt.ts';
import { earlySoreness } from './early-soreness.ts';
import { flareDraft, flareToDiscuss } from './flare.ts';
import { graduationDraft } from './graduation.ts';
import { imagingInContext, imagingToDiscuss } from './imaging-in-context.ts';
import { loadStepBackDraft } from './load-step-back.ts';
import { plateauDraft } from './plateau.ts';
import { referralDraft, referralUnderWay } from './referral.ts';
import { urgentReferralDraft } from './urgent-referral.ts';

/** Phases in which an earlier failed attempt at exercise is still today's story: before active work leads. */
const beforeActiveLeads: ReadonlyArray<AssessedEpisode['phase']> = ['screening', 'establishing-response', 'extending-window', 'blended'];

/**
 * `settings` are the clinic's (soreness and flare windows, movement entry), so the drafts say the
 * numbers the engine used; the defaults otherwise. Drafts tell today's story (spec §4c.8): early
 * soreness only in the first sessions of the establishing-response phase; a flare only while it is
 * under way or within `flareDraftDays` of its end; graduation never beside a referral or an open
 * flare; the plateau only while no referral is under way (the referral draft tells it then) and no
 * ongoing care is declared.
 */
export function draftConversations(caseFile: CaseFile, assessment: AssessedEpisode, settings: Settings = defaultSettings): ConversationDraft[] {
  const { phase, asOf } = assessment;
  if (assessment.sideStatuses.includes('urgent-referral')) return [urgentReferralDraft(caseFile, assessment)];

  const drafts: Array<ConversationDraft | null> = [];
  const imaging = imagingToDiscuss(caseFile, assessment);
  if (imaging) drafts.push(imagingInContext(caseFile, imaging.report, imaging.context, asOf));
  const sessionsSoFar = caseFile.sessions.filter((s) => isKnownOn(s.date, asOf)).length;
  if (phase === 'establishing-response' && sessionsSoFar <= settings.sorenessMaxSessions) drafts.push(earlySoreness(caseFile, assessment, settings));
  if (beforeActiveLeads.includes(phase)) drafts.push(earlierExerciseAttempt(caseFile, assessment, settings));
  const flare = flareToDiscuss(assessment, settings);
  if (flare) drafts.push(flareDraft(caseFile, assessment, flare, settings));
  drafts.push(loadStepBackDraft(caseFile, assessment, settings));
  const referral = referralDraft(caseFile, assessment);
  // Declared ongoing care holds the level on purpose: a plateau there is expected, not news.
  if ((!referral || !referralUnderWay(caseFile, asOf)) && !caseFile.ongoingCare) drafts.push(plateauDraft(caseFile, assessment));
  drafts.push(referral);
  const flareOpen = assessment.flares.some((f) => f.end === null && f.duplicateOf === undefined && f.classification !== 'expected-soreness');
  if ((phase === 'graduated' || assessment.recommendations.some((r) => r.code === 'graduate')) && referral === null && !flareOpen) {
    drafts.push(graduationDraft(caseFile, assessment, settings));
  }
  return drafts.filter((draft): draft is ConversationDraft => draft !== null);
}
