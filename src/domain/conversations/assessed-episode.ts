// What the drafts read from the engine: the assessment without its own conversations, so the engine
// can call draftConversations while it builds the assessment. Kept apart from conversation.ts so
// that the assessment type can name ConversationDraft without an import cycle.
import type { Assessment } from '../engine/assessment.ts';

export type AssessedEpisode = Omit<Assessment, 'conversations'>;
