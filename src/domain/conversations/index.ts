// The conversation drafts (spec §4): what the clinician can say, situation by situation.
export { draftConversations } from './draft-conversations.ts';
export { conversationSituations, type ConversationDraft, type ConversationSituation } from './conversation.ts';
