// One guideline's position on one treatment for some condition categories: the unit of the evidence
// catalogue. Notes are our own summaries of reference §10 and §11; `confidence` carries the
// reference's markers ([S] secondary source, [U] not re-verified) so the UI can show them.
import { conditionCategories, type ConditionCategory } from '../records/vocabulary.ts';
import type { GuidelineCode } from './sources.ts';
import type { EvidencePosition, TreatmentCode } from './treatments.ts';

export interface GuidelinePosition {
  treatment: TreatmentCode;
  guideline: GuidelineCode;
  conditions: readonly ConditionCategory[];
  position: EvidencePosition;
  note: string;
  confidence: 'verified' | 'secondary' | 'unverified';
}

export const LOW_BACK: readonly ConditionCategory[] = ['low-back-pain'];
export const SCIATICA: readonly ConditionCategory[] = ['sciatica'];
export const LOW_BACK_AND_SCIATICA: readonly ConditionCategory[] = ['low-back-pain', 'sciatica'];
export const CHRONIC_PRIMARY: readonly ConditionCategory[] = ['chronic-primary-pain'];
export const NEUROPATHIC: readonly ConditionCategory[] = ['neuropathic-pain'];
/** Lin et al. synthesised musculoskeletal guidelines; neuropathic pain is outside their scope. */
export const MUSCULOSKELETAL: readonly ConditionCategory[] = conditionCategories.filter((c) => c !== 'neuropathic-pain');
export const ALL_CONDITIONS: readonly ConditionCategory[] = conditionCategories;
