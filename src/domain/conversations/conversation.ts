// The shape of a conversation draft (spec §4, Conversations): for one situation the assessment
// shows, plain words the clinician can say aloud, built from the patient's own goals and numbers.
// A draft is a starting point the clinician adapts, never a script the patient receives unread.

export const conversationSituations = [
  'urgent-referral',
  'imaging-in-context',
  'early-soreness',
  'earlier-exercise-attempt',
  'flare',
  'load-step-back',
  'plateau',
  'referral',
  'graduation',
] as const;
export type ConversationSituation = (typeof conversationSituations)[number];

export interface ConversationDraft {
  situation: ConversationSituation;
  /** A short heading for the clinician's screen. */
  title: string;
  /** What the clinician can say: plain language, meant to be read aloud (about 60-160 words). */
  text: string;
  /**
   * The assessment fields and case-file records the draft used, as paths, e.g.
   * "assessment.plateau", "goals[walk]", "intake.imaging[mri-1]", "settings.flareSettleHours".
   */
  basedOn: string[];
}
