// The escalation ladder after a plateau or an inadequate response (spec §4; reference §10), for one
// condition category, each step with what the evidence catalogue says about its treatments.
//
// The order is a software synthesis, not a published guideline: it joins the reference's ladder
// (adherence, psychosocial screen and red flags -> medical review -> combined programme -> specialist
// opinion -> spinal cord stimulation for refractory neuropathic pain) with the specification's order
// (adherence and dose -> adjustment -> referral or medical re-evaluation -> the physician's options).
// The engine cites a step when it recommends escalation; it decides itself which step is reached.
import type { ConditionCategory, RecommendationCode } from '../records/vocabulary.ts';
import { treatmentEvidence, type TreatmentEvidence } from './catalogue.ts';
import type { TreatmentCode } from './treatments.ts';

export interface EscalationOption {
  code: string;
  title: string;
  /** When the option is open at all. */
  indication: string;
  evidence: TreatmentEvidence[];
  source: string;
}

export interface EscalationStep {
  order: number;
  code: string;
  title: string;
  action: string;
  /** The engine's recommendation code for this step, when one fits. */
  recommendation: RecommendationCode | null;
  /** True when the step is a physician's decision, not the treating clinician's. */
  physicianDecision: boolean;
  evidence: TreatmentEvidence[];
  /** The physician's options, each with its indication (last step only). */
  options: EscalationOption[];
  source: string;
}

export interface EscalationLadder {
  condition: ConditionCategory;
  steps: EscalationStep[];
  synthesisNote: string;
  physicianNote: string;
}

const SYNTHESIS_NOTE =
  'This order is Threshold\'s synthesis of the clinical reference (§10) and the product specification (§4), not a published guideline. ' +
  'Move to a later step only when the earlier ones have been tried or do not fit.';

const PHYSICIAN_NOTE =
  'Injections, neuropathic medicines, nerve blocks, radiofrequency denervation, spinal cord stimulation and a surgical opinion are the ' +
  'physician\'s decisions. They come last, and only when their indications are met.';

interface StepDefinition extends Omit<EscalationStep, 'order' | 'evidence' | 'options'> {
  treatments: readonly TreatmentCode[];
  options: readonly (Omit<EscalationOption, 'evidence'> & { treatments: readonly TreatmentCode[] })[];
}

const stepDefinitions: readonly StepDefinition[] = [
  {
    code: 'adherence-and-dose',
    title: 'Check adherence and dose',
    action: 'Ask whether the home programme is being done, and whether the load, frequency and duration are enough to expect change.',
    recommendation: 'check-adherence', physicianDecision: false,
    treatments: ['exercise'], options: [],
    source: 'Spec §4 (escalation: adherence and dose first); reference §10 (software ladder)',
  },
  {
    code: 'review-screens',
    title: 'Look again at red flags and the psychosocial picture',
    action: 'Repeat the red-flag questions if symptoms are new or have changed, and repeat the psychosocial screens: fear, low mood, poor sleep or worry can hold progress back.',
    recommendation: null, physicianDecision: false,
    treatments: ['psychological-therapy', 'self-management-education', 'cbt-insomnia'], options: [],
    source: 'Reference §10 (software ladder); Lin et al. 2020 recommendations 2 and 3 (reference §8); NICE NG59 on new or changed symptoms (reference §5)',
  },
  {
    code: 'adjust-program',
    title: 'Adjust the programme',
    action: 'Change the exercise choice, the progression or the pacing; use passive care only as a short-term aid alongside active work.',
    recommendation: 'adjust-program', physicianDecision: false,
    treatments: ['exercise', 'manual-therapy', 'acupuncture-dry-needling'], options: [],
    source: 'Spec §4 (escalation: then adjustment); Lin et al. 2020 recommendation 9 (reference §8)',
  },
  {
    code: 'medical-review',
    title: 'Medical re-evaluation',
    action: 'Ask a physician to review the diagnosis and medicines. Updated imaging or blood tests only where something specific points to them.',
    recommendation: 'medical-re-evaluation', physicianDecision: true,
    treatments: ['nsaid-oral', 'nsaid-topical', 'paracetamol', 'opioids', 'duloxetine', 'systemic-corticosteroids'], options: [],
    source: 'Spec §4; reference §10 (software ladder: medical review for medicines)',
  },
  {
    code: 'combined-programme',
    title: 'Combined physical and psychological programme, or advanced rehabilitation',
    action: 'Refer to a pain-management programme that combines exercise with a psychological approach, or to advanced rehabilitation, keeping an overlap until the handover is done.',
    recommendation: 'refer-advanced-rehab', physicianDecision: false,
    treatments: ['combined-physical-psychological', 'psychological-therapy'], options: [],
    source: 'Reference §10 (NICE NG59: combined programme after earlier treatment has not worked; software ladder)',
  },
  {
    code: 'specialist-options',
    title: 'Specialist options (the physician\'s decision)',
    action: PHYSICIAN_NOTE,
    recommendation: 'medical-re-evaluation', physicianDecision: true,
    treatments: [],
    options: [
      {
        code: 'neuropathic-medication', title: 'Neuropathic pain medicines',
        indication: 'Pain the physician judges neuropathic (for example nerve-root pain). Guidelines differ by population: see the disagreements.',
        treatments: ['amitriptyline', 'duloxetine', 'gabapentinoids'], source: 'NICE CG173; NICE NG59 (reference §10)',
      },
      {
        code: 'injections', title: 'Injections',
        indication: 'Epidural injection for acute and severe sciatica only; spinal injections are not advised for low back pain.',
        treatments: ['epidural-injection-sciatica', 'spinal-injections'], source: 'NICE NG59 (reference §10)',
      },
      {
        code: 'nerve-block-denervation', title: 'Medial branch block, then radiofrequency denervation',
        indication: 'Non-surgical care has failed, the pain is thought to come from structures served by the medial branch nerve, localised back pain is moderate or severe, and a diagnostic block was positive.',
        treatments: ['radiofrequency-denervation'], source: 'NICE NG59 (reference §10)',
      },
      {
        code: 'surgical-opinion', title: 'Surgical opinion',
        indication: 'Nerve-root pain that non-surgical care has not improved, with imaging that matches the symptoms; not fusion for low back pain outside a trial.',
        treatments: ['spinal-decompression-surgery', 'spinal-fusion'], source: 'NICE NG59 (reference §10); Lin et al. 2020 recommendation 10 (reference §8)',
      },
      {
        code: 'spinal-cord-stimulation', title: 'Spinal cord stimulation assessment',
        indication: 'Refractory neuropathic pain meeting NICE TA159: at least 50 of 100 for 6 months or more despite conventional care, after a successful trial and a multidisciplinary assessment.',
        treatments: ['spinal-cord-stimulation'], source: 'NICE TA159; Cochrane 2023 (reference §10)',
      },
    ],
    source: 'Spec §4 (the physician\'s options, last, only with their indications); reference §10 (software ladder)',
  },
];

/** The escalation ladder for one condition category, each step with its evidence and sources. */
export function escalationOptions(condition: ConditionCategory): EscalationLadder {
  const evidenceOf = (treatments: readonly TreatmentCode[]): TreatmentEvidence[] => treatments.map((t) => treatmentEvidence(condition, t));
  const steps = stepDefinitions.map(({ treatments, options, ...step }, index): EscalationStep => ({
    ...step,
    order: index + 1,
    evidence: evidenceOf(treatments),
    options: options.map(({ treatments: optionTreatments, ...option }) => ({ ...option, evidence: evidenceOf(optionTreatments) })),
  }));
  return { condition, steps, synthesisNote: SYNTHESIS_NOTE, physicianNote: PHYSICIAN_NOTE };
}
