// The evidence catalogue seen from one condition category: for each treatment, what each guideline
// that speaks for that population says (recommended / consider / not recommended / not addressed),
// whether they conflict, and the disagreements to surface. Built from the position data in
// positions-*.ts; this file holds no clinical content of its own.
import { conditionCategories, type ConditionCategory } from '../records/vocabulary.ts';
import { evidenceDisagreements, type EvidenceDisagreement } from './disagreements.ts';
import type { GuidelinePosition } from './position.ts';
import { carePositions } from './positions-care.ts';
import { medicinePositions } from './positions-medicines.ts';
import { procedurePositions } from './positions-procedures.ts';
import { guidelineCodes, guidelineDocuments, type GuidelineCode } from './sources.ts';
import { treatmentCodes, treatmentLabels, type EvidencePosition, type TreatmentCode } from './treatments.ts';

export const guidelinePositions: readonly GuidelinePosition[] = [...carePositions, ...medicinePositions, ...procedurePositions];

export interface PositionView {
  guideline: GuidelineCode;
  guidelineTitle: string;
  position: EvidencePosition;
  note: string | null;
  confidence: GuidelinePosition['confidence'] | null;
  source: string;
}

export interface TreatmentEvidence {
  treatment: TreatmentCode;
  label: string;
  /** One entry per guideline that speaks for this condition, in the order of `guidelineCodes`. */
  positions: PositionView[];
  /** True when one guideline recommends or allows it and another advises against it. */
  conflict: boolean;
}

export interface ConditionEvidence {
  condition: ConditionCategory;
  /** The guidelines with at least one position for this condition. */
  guidelines: GuidelineCode[];
  treatments: TreatmentEvidence[];
  disagreements: EvidenceDisagreement[];
  note: string;
}

const favourable: ReadonlySet<EvidencePosition> = new Set(['recommended', 'consider']);

const conditionNotes: Partial<Record<ConditionCategory, string>> = {
  'neck-pain': 'Beyond Lin et al. 2020, the clinical reference holds no guideline positions specific to chronic neck pain; check the condition\'s own guideline (ACP/AAFP 2020 covers acute injuries only).',
  'shoulder-pain': 'Beyond Lin et al. 2020, the clinical reference holds no guideline positions specific to chronic shoulder pain; check the condition\'s own guideline (ACP/AAFP 2020 covers acute injuries only).',
  osteoarthritis: 'Beyond Lin et al. 2020, the clinical reference holds no osteoarthritis guideline positions; check an osteoarthritis guideline before acting on medicines or procedures.',
  other: 'No condition category chosen: only the general musculoskeletal recommendations (Lin et al. 2020) and cross-condition guidance apply. Choosing the category shows the guidelines for that population.',
};
const GENERAL_NOTE = 'Guidelines differ by population; positions shown are for this condition category only. Medicines and procedures are the physician\'s decisions.';

function viewOf(guideline: GuidelineCode, position: GuidelinePosition | undefined): PositionView {
  const document = guidelineDocuments[guideline];
  return {
    guideline,
    guidelineTitle: document.title,
    position: position?.position ?? 'not-addressed',
    note: position?.note ?? null,
    confidence: position?.confidence ?? null,
    source: document.citation,
  };
}

/** The evidence catalogue for one condition category. */
export function evidenceFor(condition: ConditionCategory): ConditionEvidence {
  const relevant = guidelinePositions.filter((p) => p.conditions.includes(condition));
  const guidelines = guidelineCodes.filter((code) => relevant.some((p) => p.guideline === code));
  const treatments = treatmentCodes
    .filter((treatment) => relevant.some((p) => p.treatment === treatment))
    .map((treatment): TreatmentEvidence => {
      const positions = guidelines.map((guideline) => viewOf(guideline, relevant.find((p) => p.treatment === treatment && p.guideline === guideline)));
      const conflict = positions.some((v) => favourable.has(v.position)) && positions.some((v) => v.position === 'not-recommended');
      return { treatment, label: treatmentLabels[treatment], positions, conflict };
    });
  return {
    condition,
    guidelines,
    treatments,
    disagreements: evidenceDisagreements.filter((d) => d.conditions.includes(condition)),
    note: conditionNotes[condition] ?? GENERAL_NOTE,
  };
}

/** What the catalogue says about one treatment for one condition: every guideline "not addressed" when none speaks to it. */
export function treatmentEvidence(condition: ConditionCategory, treatment: TreatmentCode): TreatmentEvidence {
  const evidence = evidenceFor(condition);
  const found = evidence.treatments.find((t) => t.treatment === treatment);
  return found ?? {
    treatment,
    label: treatmentLabels[treatment],
    positions: evidence.guidelines.map((guideline) => viewOf(guideline, undefined)),
    conflict: false,
  };
}

/** The catalogue keyed by condition category. */
export const evidenceByCondition: Readonly<Record<ConditionCategory, ConditionEvidence>> = Object.freeze(
  Object.fromEntries(conditionCategories.map((condition) => [condition, evidenceFor(condition)])) as Record<ConditionCategory, ConditionEvidence>,
);
