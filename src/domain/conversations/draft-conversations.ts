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
import type { ConversationDraft } from './conversation.ts';
import { earlierExerciseAttempt } from './earlier-exercise-attempt.ts';
import { earlySoreness } from './early-soreness.ts';
import { flareDraft, flareToDiscuss } from './flare.ts';
import { graduationDraft } from './graduation.ts';
import { imagingInContext, imagingToDiscuss } from './imaging-in-context.ts';
import { loadStepBackDraft } from './load-step-back.ts';
import { plateauDraft } from './plateau.ts';
import { referralDraft } from './referral.ts';
import { urgentReferralDraft } from './urgent-referral.ts';

/**
 * `settings` are the clinic's (soreness and flare windows, movement entry), so the drafts say the
 * numbers the engine used; the defaults otherwise.
 */
export function draftConversations(caseFile: CaseFile, assessment: AssessedEpisode, settings: Settings = defaultSettings): ConversationDraft[] {
  const { phase } = assessment;
  if (assessment.sideStatuses.includes('urgent-referral')) return [urgentReferralDraft(assessment)];

  const drafts: Array<ConversationDraft | null> = [];
  const imaging = imagingToDiscuss(caseFile, assessment);
  if (imaging) drafts.push(imagingInContext(caseFile, imaging.report, imaging.context, assessment.asOf));
  if (phase === 'establishing-response' || assessment.flares.some((f) => f.classification === 'expected-soreness')) {
    drafts.push(earlySoreness(caseFile, assessment, settings));
  }
  drafts.push(earlierExerciseAttempt(caseFile, assessment, settings));
  const flare = flareToDiscuss(assessment);
  if (flare) drafts.push(flareDraft(caseFile, assessment, flare, settings));
  drafts.push(loadStepBackDraft(caseFile, assessment, settings));
  drafts.push(plateauDraft(caseFile, assessment));
  drafts.push(referralDraft(caseFile, assessment));
  if (phase === 'graduated' || assessment.recommendations.some((r) => r.code === 'graduate')) {
    drafts.push(graduationDraft(caseFile, assessment, settings));
  }
  return drafts.filter((draft): draft is ConversationDraft => draft !== null);
}
