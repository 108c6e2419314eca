// The imaging findings explained to the patient, in plain words (aim: about grade 8). The frame is
// LIRE's "N in 10 people without back pain" (Jarvik 2020, reference §2a); the text avoids alarming
// words ("clinical reporting", Rajasekaran 2021, reference §2b) without dismissing the findings,
// because in adults up to 50 some of them are more common in people with back pain (Brinjikji 2015
// meta-analysis, reference §1). It promises nothing and says plainly when the doctor must look at
// something the comparison does not cover. The wording is ours.

import type { DegenerativeFindingKey } from './brinjikji-2015.ts';
import type { PrevalenceCertainty } from './prevalence.ts';

export interface FramedFinding {
  finding: DegenerativeFindingKey;
  level: string | null;
  prevalencePercent: number;
  certainty: PrevalenceCertainty;
}

const plainNames: Record<DegenerativeFindingKey, string> = {
  'disc-degeneration': 'Disc degeneration (changes in a disc that come with age)',
  'disc-signal-loss': 'Disc drying (the disc holds less water, so it looks darker on the scan)',
  'disc-height-loss': 'Disc height loss (the disc is thinner than it used to be)',
  'disc-bulge': 'Disc bulge (the disc spreads a little past the edge of the bones)',
  'disc-protrusion': 'Disc protrusion (a small part of the disc pushes out past its edge)',
  'annular-fissure': 'Annular fissure or tear (a small crack in the outer ring of the disc)',
  'facet-degeneration': 'Facet joint changes (wear in the small joints at the back of the spine)',
  spondylolisthesis: 'Spondylolisthesis (one bone has shifted a little forward or back on the one below)',
};

/** "about 7 in 10"; below 10% "about 4 in 100", so a small share is not rounded away. */
export function howMany(percent: number): string {
  if (percent < 10) return `about ${percent} in 100`;
  if (percent >= 95) return 'more than 9 in 10';
  return `about ${Math.round(percent / 10)} in 10`;
}

function joinLevels(levels: readonly string[]): string {
  if (levels.length <= 1) return levels.join('');
  return `${levels.slice(0, -1).join(', ')} and ${levels[levels.length - 1] ?? ''}`;
}

function findingLine(finding: DegenerativeFindingKey, entries: readonly FramedFinding[]): string {
  const first = entries[0];
  if (first === undefined) return '';
  const levels = entries.flatMap((e) => (e.level === null ? [] : [e.level]));
  const where = levels.length > 0 ? ` at ${joinLevels(levels)}` : '';
  const unsure = first.certainty === 'low' ? ' This number is less sure, because few studies looked at people of your age.' : '';
  return `- ${plainNames[finding]}${where}: ${howMany(first.prevalencePercent)} people of your age who have no back pain show this on a scan.${unsure}`;
}

/** The patient's text. `framed` holds the findings that are present (not negated) with their numbers. */
export function imagingPatientText(framed: readonly FramedFinding[], needsDoctorReview: boolean, ageYears: number): string {
  const paragraphs: string[] = [];
  if (framed.length === 0) {
    paragraphs.push('Your scan report does not mention any of the common age-related changes that this comparison covers.');
  } else {
    const order = [...new Set(framed.map((f) => f.finding))];
    const lines = order.map((finding) => findingLine(finding, framed.filter((f) => f.finding === finding)));
    paragraphs.push(
      'Your scan report mentions some changes that many people have, even people with no back pain at all. Here is how common each one is:',
      lines.join('\n'),
      'These changes are common, and most become more common with age. On their own, they do not explain your pain. They also do not tell us how your back will do in the future.',
      ageYears <= 50
        ? 'These numbers come from scans of people without back pain. In adults up to age 50, some of these changes, such as disc bulges, protrusions and disc degeneration, were found a bit more often in people who do have back pain. So they still count. They are one part of the picture, and your clinician will look at them together with how you feel and move.'
        : 'These numbers come from scans of people without back pain. Studies of adults up to age 50 found some of these changes, such as disc bulges, protrusions and disc degeneration, a bit more often in people who do have back pain. So they still count. They are one part of the picture, and your clinician will look at them together with how you feel and move.',
    );
  }
  if (needsDoctorReview) {
    paragraphs.push(
      'Your report also mentions something that this comparison does not cover. It needs to be checked by your doctor. Please talk with your doctor about it.',
    );
  }
  return paragraphs.join('\n\n');
}
