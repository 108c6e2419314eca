// Where the web app finds the documents of an episode (GET /api/v1/episodes/{id}/documents/{kind}.pdf)
// and whether the patient's graduation summary can be made: the rule of the server
// (src/domain/documents/graduation-summary.ts: the engine's graduation draft, or a graduated
// episode), read from what the page already has, so the button shows only when it will work.
import type { Assessment } from './client/types.ts';

export const documentPath = (episodeId: string, kind: 'progress-report' | 'referral-letter' | 'graduation-summary', referralId?: string): string =>
  `/episodes/${encodeURIComponent(episodeId)}/documents/${kind}.pdf${referralId ? `?referralId=${encodeURIComponent(referralId)}` : ''}`;

export function graduationSummaryReady(status: string | undefined, assessment: Assessment): boolean {
  return status === 'graduated' || assessment.conversations.some((draft) => draft.situation === 'graduation');
}
