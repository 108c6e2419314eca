/** One step of reasoning: the rule that fired and a sentence a clinician reads (data, rule, threshold). */
export interface Reason {
  /** The rule's name, e.g. "movement-entry". */
  rule: string;
  text: string;
}
