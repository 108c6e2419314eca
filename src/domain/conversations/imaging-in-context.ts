// Draft: the imaging report in context (spec §4 Conversations, §5 Imaging context). Each
// degenerative finding is given with how common it is in people of the patient's age who have no
// pain ("about 6 in 10"), from Brinjikji et al. 2015 (AJNR 36:811-816, reference §1), as the LIRE
// trial reports did (Jarvik 2020, reference §2a). Findings named in alarming detail without that
// context can raise catastrophising and worsen outcomes (Rajasekaran 2021, reference §2b), so the
// draft names plain words first and keeps the report's term in brackets.
//
// Two guards keep it honest. A degenerative finding that is not common at this age gets no calming
// words, only its number and a promise to see how it fits (Brinjikji's own meta-analysis found some
// changes more common in people with pain under 50, reference §1). Anything the imaging module
// marks for the physician (fracture, tumour, infection, compression, ...) is never put in the age
// frame: they get their own sentences saying a doctor will look at it.
import type { ImagingContext, ImagingFinding } from '../imaging/index.ts';
import type { AssessedEpisode } from './assessed-episode.ts';
import type { CaseFile, ImagingReport } from '../records/case-file.ts';
import { isKnownOn } from '../time.ts';
import type { ConversationDraft } from './conversation.ts';
import { findingWords, physicianWords } from './imaging-words.ts';
import { draftMaxWords, goalName, listOf, spokenDay, wordCount } from './wording.ts';

/**
 * Below this many in 10 pain-free people of the same age, a finding is not called common for the
 * age and gets no calming words. Heuristic: no published cut-off exists; 3 in 10 keeps every
 * finding the source shows in a third or more of pain-free people in the common group.
 */
const ageTypicalInTen = 3;

const modalityWords: Record<ImagingReport['modality'], string> = {
  mri: 'MRI scan', ct: 'CT scan', 'x-ray': 'X-ray', ultrasound: 'ultrasound scan', other: 'scan',
};

/**
 * The latest low-back report the assessment contextualised, with its record. The age numbers come
 * from studies of people without back pain (Brinjikji 2015, reference §1), so reports of other
 * regions get no draft rather than borrowed numbers.
 */
export function imagingToDiscuss(file: CaseFile, assessment: AssessedEpisode): { report: ImagingReport; context: ImagingContext } | null {
  let found: { report: ImagingReport; context: ImagingContext } | null = null;
  for (const entry of assessment.imaging) {
    const report = file.intake.imaging.find((r) => r.id === entry.reportId);
    if (!report || report.region !== 'low-back' || !isKnownOn(report.date, assessment.asOf)) continue;
    if (found === null || report.date >= found.report.date) found = { report, context: entry.context };
  }
  return found;
}

interface FindingGroup {
  finding: ImagingFinding['finding'];
  label: string;
  levels: string[];
  percent: number | null;
  lowCertainty: boolean;
}

/**
 * Present findings grouped by kind, with their levels. A finding named in the same report sentence
 * as something for the physician ("protrusion compressing the S1 root") is left out of the age
 * frame: the doctor's sentence covers it, and a calming number beside it would play it down.
 */
function groupFindings(context: ImagingContext): FindingGroup[] {
  const physicianSentences = new Set(context.forPhysician.map((item) => item.text));
  const findings: ImagingFinding[] = context.findings.filter((f) => !f.negated && !physicianSentences.has(f.text));
  const groups = new Map<string, FindingGroup>();
  for (const found of findings) {
    const group = groups.get(found.finding) ?? {
      finding: found.finding,
      label: findingWords[found.finding],
      levels: [],
      percent: found.prevalencePercent,
      lowCertainty: false,
    };
    if (found.level && !group.levels.includes(found.level)) group.levels.push(found.level);
    if (found.certainty === 'low') group.lowCertainty = true;
    groups.set(found.finding, group);
  }
  return [...groups.values()];
}

/** "about 6 in 10", "fewer than 1 in 10", "almost all". */
function inTen(percent: number): string {
  if (percent >= 95) return 'almost all';
  const tenths = Math.round(percent / 10);
  return tenths === 0 ? 'fewer than 1 in 10' : `about ${tenths} in 10`;
}

function isAgeTypical(group: FindingGroup): boolean {
  return group.percent !== null && Math.round(group.percent / 10) >= ageTypicalInTen;
}

function findingSentences(group: FindingGroup): string[] {
  const what = group.levels.length > 0 ? `At ${listOf(group.levels)}, ${group.label}` : capitalised(group.label);
  if (group.percent === null) return [`${what}. We will go over this one together.`];
  const sentences = [`${what}: ${inTen(group.percent)} people your age without pain have this.`];
  if (!isAgeTypical(group)) sentences.push('It is less common at your age and may matter more, so we will check how it fits your symptoms.');
  if (group.lowCertainty) sentences.push('This number is less sure.');
  return sentences;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** At most this many finding groups are read out; the rest are counted, so the draft stays short. */
const maxFindingsRead = 3;

function findingsPart(groups: readonly FindingGroup[], forPhysician: boolean, readCount: number): string[] {
  if (groups.length === 0) return ['It names none of the wear changes we often see in people with no pain.'];
  const typical = groups.filter(isAgeTypical);
  // Findings that need more care are read first, so they are never lost in the count of the rest.
  const ordered = [...groups.filter((g) => !isAgeTypical(g)), ...typical];
  const parts = [`${forPhysician ? 'It also names changes that many people with no pain have' : 'Many people with no pain have the same changes on their scans'}. Here is how common each one is at your age.`];
  for (const group of ordered.slice(0, readCount)) parts.push(...findingSentences(group));
  const rest = ordered.length - readCount;
  if (rest > 0) parts.push(rest === 1 ? 'The report names one more change. We can go through it too.' : `The report names ${rest} more changes. We can go through them too.`);
  if (typical.length > 0) {
    parts.push(`${typical.length === groups.length ? 'These changes are' : 'The common ones are'} part of how the spine ages. On their own, they cannot tell us what you will be able to do.`);
  }
  return parts;
}

export function imagingInContext(file: CaseFile, report: ImagingReport, context: ImagingContext, asOf: string): ConversationDraft {
  const groups = groupFindings(context);
  const scan = modalityWords[report.modality];
  const opening = [`Let's go over your ${scan} report from ${spokenDay(report.date, asOf)}.`];
  const forPhysician = context.forPhysician.length > 0;
  if (forPhysician) {
    // First and in its own sentences, never in the age frame: these are not changes of normal ageing.
    const items = [...new Set(context.forPhysician.map((item) => physicianWords[item.code]))];
    opening.push(`First, it names something that is not an age change: ${listOf(items)}. A doctor needs to look at this, and I will pass it on today.`);
  }
  const goal = file.goals[0];
  const closing = goal ? [`We will judge your progress by your goals, like ${goalName(goal.activity)}.`] : [];
  // Too long to read aloud? First leave out the closing line, then read fewer findings (the rest
  // are counted), never fewer than one.
  let text = '';
  attempts: for (let readCount = Math.min(maxFindingsRead, groups.length); readCount >= Math.min(1, groups.length); readCount--) {
    for (const end of [closing, []]) {
      text = [...opening, ...findingsPart(groups, forPhysician, readCount), ...end].join(' ');
      if (wordCount(text) <= draftMaxWords) break attempts;
    }
  }
  return {
    situation: 'imaging-in-context',
    title: `Your ${scan} report in context`,
    text,
    basedOn: [
      `intake.imaging[${report.id}]`,
      `assessment.imaging[${report.id}]`,
      ...(goal ? [`goals[${goal.id}]`] : []),
    ],
  };
}
