// The referral letter (spec §2 referral, §6 Documents): to whom and why, what was achieved (goals,
// measures, relief windows), what the data says, the overlap plan in which both teams run until the
// handoff is complete, the red-flag and imaging context the next provider needs (red flags by tier
// with their action, reference §5; degenerative findings framed by age after Brinjikji 2015, anything
// else named for the physician, spec §5), and whom to contact. Pure, like every composer here.
import { knownOn } from '../engine/as-of.ts';
import type { Assessment } from '../engine/assessment.ts';
import {
  checkpointOutcomeLabel, disciplineLabel, flagLabel, irritabilityLabel, phaseLabel, recommendationLabel, referralStatusLabel,
} from '../labels.ts';
import type { CaseFile, Referral } from '../records/case-file.ts';
import type { RecommendationCode } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayOf } from '../time.ts';
import { firstReason, number } from './format.ts';
import { goalsBlock, measuresBlock, reliefSummary } from './goals-and-measures.ts';
import { lastCheckpoint, keptAssessment } from './last-checkpoint.ts';
import type { Block, DocumentContext, DocumentModel, Section } from './model.ts';
import { episodeFacts, patientName } from './progress-report.ts';
import { signatureBlock } from './signature.ts';

/** Recommendations that send a patient on: the engine's reasons for a referral. */
const onward: readonly RecommendationCode[] = [
  'refer-advanced-rehab', 'medical-re-evaluation', 'urgent-medical-referral', 'rescreen-red-flags', 'psychologically-informed-care', 'sleep-assessment',
];

export function addressee(referral: Referral): string {
  return `${disciplineLabel[referral.to.discipline]}${referral.to.provider ? `, ${referral.to.provider}` : ''}`;
}

function whySection(referral: Referral, assessment: Assessment): Section {
  const engine = assessment.recommendations.filter((r) => onward.includes(r.code));
  const blocks: Block[] = [{ kind: 'paragraph', text: referral.reason }];
  if (engine.length > 0) {
    blocks.push(
      { kind: 'paragraph', tone: 'muted', text: `Threshold's assessment of ${assessment.asOf} recommends:` },
      { kind: 'bullets', items: engine.map((r) => `${recommendationLabel[r.code]}: ${firstReason(r.reasons)}`) },
    );
  }
  return { heading: 'Why we are referring', blocks };
}

function whatTheDataSays(file: CaseFile, assessment: Assessment): string[] {
  const lines: string[] = [];
  const current = assessment.phaseHistory.at(-1);
  lines.push(`Phase: ${phaseLabel[assessment.phase]}${current ? ` since ${dayOf(current.since)}` : ''}. ${firstReason(current?.reasons ?? [])}`);
  lines.push(`Assessment today: ${checkpointOutcomeLabel[assessment.checkpoint.outcome]}. ${firstReason(assessment.checkpoint.reasons)}`);
  if (assessment.plateau) lines.push(`Plateau since ${assessment.plateau.since}. ${firstReason(assessment.plateau.reasons)}`);
  const reassess = assessment.flares.filter((f) => f.classification === 'reassess').length;
  const normal = assessment.flares.filter((f) => f.classification === 'normal').length;
  if (assessment.flares.length > 0) lines.push(`Flares: ${assessment.flares.length} in all; ${normal} settled as normal flares, ${reassess} needed reassessment.`);
  for (const flag of assessment.flags.filter((f) => f.code === 'deteriorating' || f.code === 'fear-avoidance' || f.code === 'passive-only')) {
    lines.push(`${flagLabel[flag.code]}: ${firstReason(flag.reasons)}`);
  }
  const last = lastCheckpoint(file);
  const kept = last ? keptAssessment(last) : null;
  if (last?.decision) {
    lines.push(`Last checkpoint ${last.date}${kept?.checkpoint ? ` (${checkpointOutcomeLabel[kept.checkpoint.outcome].toLowerCase()})` : ''}: ${recommendationLabel[last.decision.code]}. Reason: ${last.decision.reason}`);
  }
  return lines;
}

function overlapSection(referral: Referral): Section {
  const overlap = referral.overlapStart
    ? `${referral.overlapStart} to ${referral.overlapEnd ?? 'the completed handoff (no end date set)'}`
    : 'Not set yet: agree a start date with the next provider';
  return {
    heading: 'Overlap plan',
    blocks: [
      { kind: 'facts', facts: [
        { label: 'Referred on', value: referral.date },
        { label: 'Both teams run', value: overlap },
        { label: 'Referral status', value: referralStatusLabel[referral.status] },
      ] },
      { kind: 'paragraph', text: 'We keep seeing the patient during the overlap, so that nothing is dropped before the handoff is complete. Please tell us when you first see them and when you take over.' },
    ],
  };
}

function redFlagLines(assessment: Assessment): string[] {
  const redFlags = assessment.screening.redFlags;
  if (!redFlags.screened) return ['No red-flag screen recorded in this episode.'];
  const lines = redFlags.positives.length === 0
    ? ['Red-flag screen: no positive answers.']
    : redFlags.positives.map((p) => `Red flag (${p.tier}): ${p.question} Action: ${p.action}`);
  if (redFlags.cleared) lines.push(`Cleared by ${redFlags.cleared.by} on ${redFlags.cleared.date}: ${redFlags.cleared.reason}`);
  return lines;
}

function imagingLines(file: CaseFile, assessment: Assessment): string[] {
  if (assessment.imaging.length === 0) return ['No imaging reports recorded.'];
  const reports = new Map(file.intake.imaging.map((r) => [r.id, r]));
  return assessment.imaging.flatMap((image) => {
    const report = reports.get(image.reportId);
    const what = report ? `${report.modality.toUpperCase()} ${report.region.replace('-', ' ')} of ${image.date}` : `Imaging of ${image.date}`;
    const findings = image.context.findings.filter((f) => !f.negated).map((f) => {
      const where = f.level ? ` at ${f.level}` : '';
      const share = f.prevalencePercent === null ? '' : `: found in about ${number(f.prevalencePercent)}% of people aged ${image.ageAtScan} without pain (Brinjikji 2015)`;
      return `${what}: ${f.finding.replace(/-/g, ' ')}${where}${share}.`;
    });
    const serious = image.context.forPhysician.map((item) => `${what}: FOR THE PHYSICIAN: "${item.text}" (${item.reason.replace(/\.$/, '')}). Not an age-typical finding.`);
    return [...serious, ...findings].length > 0 ? [...serious, ...findings] : [`${what}: no degenerative finding named.`];
  });
}

function contextSection(file: CaseFile, assessment: Assessment): Section {
  const { psychosocial, irritability } = assessment.screening;
  const screens = [
    `Psychosocial risk: ${psychosocial.risk}${psychosocial.fearAvoidance ? ', with fear-avoidance signs' : ''}${psychosocial.mood ? ', mood screen positive' : ''}${psychosocial.sleep ? ', poor sleep' : ''}.`,
    `Irritability: ${irritability.confirmed ? irritabilityLabel[irritability.confirmed].toLowerCase() : 'not confirmed'}.`,
  ];
  return {
    heading: 'Red flags, imaging and screens',
    blocks: [{ kind: 'bullets', items: [...redFlagLines(assessment), ...imagingLines(file, assessment), ...screens] }],
  };
}

export function composeReferralLetter(caseFile: CaseFile, assessment: Assessment, referral: Referral, settings: Settings, context: DocumentContext): DocumentModel {
  const { asOf } = assessment;
  const file = knownOn(caseFile, asOf);
  const name = patientName(file);
  const from = context.clinician ? `${context.clinician.name}${context.clinician.discipline ? `, ${context.clinician.discipline}` : ''}, ${context.clinicName}` : context.clinicName;
  const sections: Section[] = [
    whySection(referral, assessment),
    {
      heading: 'What was achieved',
      blocks: [goalsBlock(file, assessment), measuresBlock(file, settings), { kind: 'paragraph', text: reliefSummary(assessment) }],
    },
    { heading: 'What the data says', blocks: [{ kind: 'bullets', items: whatTheDataSays(file, assessment) }] },
    overlapSection(referral),
    contextSection(file, assessment),
    ...(referral.summary ? [{ heading: 'Summary from the referring clinician', blocks: [{ kind: 'paragraph' as const, text: referral.summary }] }] : []),
    {
      heading: 'Contact',
      blocks: [
        { kind: 'paragraph', text: 'Questions about this patient, the overlap or the records: please contact us.' },
        signatureBlock(context, asOf),
      ],
    },
  ];
  return {
    kind: 'referral-letter',
    title: 'Referral letter',
    subtitle: `To ${addressee(referral)}: ${name}`,
    asOf,
    audience: 'clinician',
    header: [{ label: 'To', value: addressee(referral) }, { label: 'From', value: from }, { label: 'Date', value: asOf }, ...episodeFacts(file, asOf)],
    sections,
    footer: `Referral of ${name} to ${addressee(referral)}, ${asOf}. Confidential: for the care of this patient only.`,
  };
}
