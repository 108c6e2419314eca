// Imaging findings in age context: from a free-text spine report and the patient's age, the
// degenerative findings with how common each is in pain-free people of that age (Brinjikji 2015,
// reference §1), what the report names that is not age-typical (for the physician, never framed by
// age), and a plain text for the patient. What it does not do: read images, grade severity, judge
// whether a finding explains the symptoms, or cover regions other than the spine.

import { brinjikji2015, type DegenerativeFindingKey } from './brinjikji-2015.ts';
import { clausesOf, isInside, negatedRanges } from './clauses.ts';
import { findingMentions } from './degenerative-findings.ts';
import { assignLevels } from './assign-levels.ts';
import { findLevels } from './levels.ts';
import { imagingPatientText, type FramedFinding } from './patient-text.ts';
import { physicianReasons } from './physician-reasons.ts';
import { agePrevalence, assertAgeYears, type PrevalenceCertainty } from './prevalence.ts';
import { reportSentences } from './report-sentences.ts';
import { seriousMentions, type PhysicianReviewCode } from './serious-findings.ts';

export interface ImagingFinding {
  /** One of the eight findings of Brinjikji 2015, named as in clinical/brinjikji-2015.json. */
  finding: DegenerativeFindingKey;
  /** "L4-L5", "L5-S1", "T12-L1"; null when the report names no level for it. */
  level: string | null;
  /** The report sentence the finding came from. */
  text: string;
  negated: boolean;
  /** Share of pain-free people of the patient's age with this finding; null when negated (nothing to frame). */
  prevalencePercent: number | null;
  certainty: PrevalenceCertainty | null;
}

export interface PhysicianReviewItem {
  code: PhysicianReviewCode;
  /** The report sentence that names it. */
  text: string;
  reason: string;
}

export interface ImagingContext {
  findings: ImagingFinding[];
  forPhysician: PhysicianReviewItem[];
  patientText: string;
}

/** The source behind every prevalence and certainty in an ImagingContext. */
export const imagingContextSource = brinjikji2015.citation;

function findingsOfSentence(text: string, headingLevels: readonly string[], ageYears: number): {
  findings: ImagingFinding[];
  review: PhysicianReviewItem[];
} {
  const clauses = clausesOf(text);
  const negations = negatedRanges(text, clauses);
  // A negated serious finding ("no fracture") is not flagged.
  const serious = seriousMentions(text).filter((m) => !isInside(m.start, negations));
  const replaced = new Set(serious.flatMap((m) => (m.replaces === undefined ? [] : [m.replaces])));

  const mentions = findingMentions(text);
  const levels = assignLevels(mentions, findLevels(text), clauses, text, headingLevels);
  const findings: ImagingFinding[] = [];
  mentions.forEach((mention, index) => {
    const negated = isInside(mention.start, negations);
    // "isthmic spondylolisthesis", "grade 3 anterolisthesis": the physician's, not the age frame's.
    if (!negated && replaced.has(mention.finding)) return;
    const prevalence = negated ? null : agePrevalence(mention.finding, ageYears);
    const named = levels[index] ?? [];
    for (const level of named.length > 0 ? named : [null]) {
      findings.push({
        finding: mention.finding,
        level,
        text,
        negated,
        prevalencePercent: prevalence?.percent ?? null,
        certainty: prevalence?.certainty ?? null,
      });
    }
  });

  const codes = [...new Set(serious.map((m) => m.code))];
  // "Suspicious for discitis": the named condition says it; the word "suspicious" adds nothing.
  const kept = codes.length > 1 ? codes.filter((code) => code !== 'radiologist-concern') : codes;
  const review = kept.map((code) => ({ code, text, reason: physicianReasons[code] }));
  return { findings, review };
}

/**
 * One entry per finding per level. A finding said to be present anywhere in the report is present
 * (a later "no bulge" does not cancel "bulge at L4-5"). A level-less mention adds nothing when the
 * same finding is named at a level with the same negation ("Multilevel desiccation, worst at L4-5").
 */
function mergeFindings(all: readonly ImagingFinding[]): ImagingFinding[] {
  const byKey = new Map<string, ImagingFinding>();
  for (const finding of all) {
    const key = `${finding.finding}|${finding.level ?? ''}`;
    const existing = byKey.get(key);
    if (existing === undefined || (existing.negated && !finding.negated)) byKey.set(key, finding);
  }
  const merged = [...byKey.values()];
  return merged.filter(
    (f) => f.level !== null || !merged.some((other) => other.finding === f.finding && other.level !== null && other.negated === f.negated),
  );
}

/** The imaging context of one report for a patient of `ageYears` (pure; throws AppError('validation') for an impossible age). */
export function contextualiseImaging(reportText: string, ageYears: number): ImagingContext {
  assertAgeYears(ageYears);
  const all: ImagingFinding[] = [];
  const review: PhysicianReviewItem[] = [];
  for (const sentence of reportSentences(reportText)) {
    const result = findingsOfSentence(sentence.text, sentence.headingLevels, ageYears);
    all.push(...result.findings);
    for (const item of result.review) {
      if (!review.some((r) => r.code === item.code && r.text === item.text)) review.push(item);
    }
  }
  const findings = mergeFindings(all);
  const framed: FramedFinding[] = findings.flatMap((f) =>
    f.negated || f.prevalencePercent === null || f.certainty === null
      ? []
      : [{ finding: f.finding, level: f.level, prevalencePercent: f.prevalencePercent, certainty: f.certainty }],
  );
  return { findings, forPhysician: review, patientText: imagingPatientText(framed, review.length > 0, ageYears) };
}
