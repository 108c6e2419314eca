// The words radiologists use for the eight degenerative findings of Brinjikji 2015 (reference §1),
// with their common synonyms. Definitions follow the combined ASNR/ASSR/NASS nomenclature the review
// used; the synonym lists are ours (heuristic). A pattern finds a mention; whether it is negated and
// which level it belongs to is decided elsewhere.

import type { DegenerativeFindingKey } from './brinjikji-2015.ts';

export interface FindingPattern {
  finding: DegenerativeFindingKey;
  pattern: RegExp;
  /** Extra check on the words around the mention, for words that are not specific on their own. */
  accept?: (sentence: string, start: number, end: number) => boolean;
}

const disc = '(?:disc|disk)(?:s|al)?';
const level = '(?:[CTLS]\\d{1,2}(?:\\s*[-–/]\\s*[CTLS]?\\d{1,2})?\\s+)?';
const grade = '(?:(?:mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|marked(?:ly)?|minimal(?:ly)?|slight(?:ly)?|advanced)\\s+)?';
const facet = '(?:facet|zygapophys[ea]al)(?:s|al)?(?:\\s+joints?)?';

const p = (source: string): RegExp => new RegExp(source, 'gi');

function window(sentence: string, start: number, end: number, chars: number): string {
  return sentence.slice(Math.max(0, start - chars), Math.min(sentence.length, end + chars));
}

// "Loss of signal" and "height loss" are disc findings only when said of a disc, not of bone
// marrow, the cord or a vertebral body (a vertebral body losing height is a fracture).
// A disc level ("at L4-5") names a disc as well as the word does.
const discWord = /\b(?:disc|disk|discs|disks|intervertebral|interspace|nucleus)\b|\b[CTLS]\d{1,2}\s*[-–/]\s*[CTLS]?\d{1,2}\b/i;
const notDisc = /\b(?:marrow|cord|conus|bone|vertebral body|vertebral bodies|vertebra|vertebrae|end\s?plates?|fracture\w*|wedg\w*)\b/i;
const saidOfDisc = (sentence: string, start: number, end: number): boolean => {
  // "loss of disc signal", "L4-5 disc signal loss": the disc is named right there.
  if (discWord.test(sentence.slice(Math.max(0, start - 12), end))) return true;
  const around = window(sentence, start, end, 40);
  return discWord.test(around) && !notDisc.test(around);
};

export const findingPatterns: readonly FindingPattern[] = [
  { finding: 'disc-degeneration', pattern: p(`\\bdegenerative\\s+${disc}\\s+disease\\b|\\bDDD\\b`) },
  { finding: 'disc-degeneration', pattern: p(`\\b${disc}\\s+(?:space\\s+)?degenerat\\w*`) },
  {
    finding: 'disc-degeneration',
    // "degenerative disc bulge": the adjective describes the bulge, which is found on its own.
    pattern: p(`\\bdegenerat(?:ive|ed|ing)\\s+(?:changes?\\s+(?:of|in|involving|at)\\s+(?:the\\s+)?)?${level}(?:intervertebral\\s+)?${disc}\\b(?!\\s+(?:bulg|protru|herniat|extru))`),
  },
  { finding: 'disc-degeneration', pattern: p(`\\bdegeneration\\s+(?:of|in|involving|at)\\s+(?:the\\s+)?(?:multiple\\s+|several\\s+)?${level}(?:intervertebral\\s+)?${disc}\\b`) },

  { finding: 'disc-signal-loss', pattern: p('\\b(?:desiccat|dessicat|dessiccat|desicat)\\w*') },
  { finding: 'disc-signal-loss', pattern: p(`\\b(?:dark|black)\\s+${disc}\\b`) },
  {
    finding: 'disc-signal-loss',
    pattern: p(`\\b(?:loss|lost|decreased?|reduced|reduction|diminished|low|lower)\\s+(?:of\\s+)?(?:the\\s+)?(?:normal\\s+)?(?:${disc}\\s+)?(?:height\\s+and\\s+)?(?:T2\\s+)?(?:${disc}\\s+)?signal\\b`),
    accept: saidOfDisc,
  },
  { finding: 'disc-signal-loss', pattern: p('\\bsignal\\s+(?:intensity\\s+)?(?:loss|reduction|(?:is|are)\\s+(?:decreased|reduced|diminished|lost|low))\\b'), accept: saidOfDisc },
  { finding: 'disc-signal-loss', pattern: p('\\bdehydrat\\w*'), accept: saidOfDisc },

  { finding: 'disc-height-loss', pattern: p(`\\b(?:loss|reduction|decrease|narrowing)\\s+(?:of\\s+)?(?:the\\s+)?(?:normal\\s+)?${level}(?:intervertebral\\s+)?${disc}\\s+(?:space\\s+)?height`) },
  { finding: 'disc-height-loss', pattern: p(`\\b${disc}\\s+(?:space\\s+)?height\\s+(?:loss|reduction|narrowing|(?:is|are)\\s+${grade}(?:reduced|decreased|diminished|lost|narrowed))`) },
  { finding: 'disc-height-loss', pattern: p(`\\b${disc}\\s+(?:space\\s+)?(?:(?:is|are)\\s+)?${grade}(?:narrow(?:ed|ing)|collapsed?)\\b`) },
  {
    finding: 'disc-height-loss',
    pattern: p(`\\b(?:narrow(?:ed|ing)|reduced|decreased|diminished|lost)\\s+(?:of\\s+)?(?:the\\s+)?${level}(?:intervertebral\\s+)?(?:${disc}\\s+(?:space|height)|interspace|intervertebral\\s+space)`),
  },
  { finding: 'disc-height-loss', pattern: p(`\\binterspaces?\\s+(?:(?:is|are)\\s+)?${grade}narrow(?:ed|ing)`) },
  { finding: 'disc-height-loss', pattern: p('\\b(?:height\\s+loss|loss\\s+of\\s+(?:disc\\s+)?height)\\b'), accept: saidOfDisc },

  { finding: 'disc-bulge', pattern: p('\\bbulg(?:e|es|ed|ing)\\b') },

  { finding: 'disc-protrusion', pattern: p('\\bprotru(?:sion|sions|ding|des|ded)\\b') },

  { finding: 'annular-fissure', pattern: p('\\bannul(?:ar|us)(?:\\s+fibrosus)?\\s+(?:fissur\\w*|tears?|tearing)\\b') },
  { finding: 'annular-fissure', pattern: p(`\\b(?:fissur\\w*|tears?)\\s+(?:of|in)\\s+(?:the\\s+)?${level}(?:posterior\\s+)?annul(?:us|ar)\\b`) },
  { finding: 'annular-fissure', pattern: p('\\bhigh[-\\s]intensity\\s+zones?\\b|\\bHIZ\\b') },

  {
    finding: 'facet-degeneration',
    pattern: p(`\\b${facet}\\s+(?:(?:is|are)\\s+)?${grade}(?:arthropath\\w*|hypertroph\\w*|degenerat\\w*|osteoarthrit\\w*|osteoarthros\\w*|arthros\\w*|arthrit\\w*|OA\\b|disease|(?:degenerative|hypertrophic|arthritic|osteoarthritic)\\s+changes?)`),
  },
  {
    finding: 'facet-degeneration',
    pattern: p(`\\b(?:hypertrophic|degenerative|degenerated|arthritic|osteoarthritic|arthropathic)\\s+(?:changes?\\s+(?:of|in|involving|at)\\s+(?:the\\s+)?)?(?:bilateral\\s+|left\\s+|right\\s+)?${level}(?:facet|zygapophys[ea]al)`),
  },
  {
    finding: 'facet-degeneration',
    pattern: p(`\\b(?:arthropathy|hypertrophy|osteoarthritis|osteoarthrosis|arthrosis|degeneration)\\s+(?:of|in|involving|at)\\s+(?:the\\s+)?(?:bilateral\\s+|left\\s+|right\\s+)?${level}(?:facet|zygapophys[ea]al)`),
  },

  { finding: 'spondylolisthesis', pattern: p('\\b(?:spondylo|antero|retro|lateral\\s+)?listhe(?:sis|ses|tic|sed)\\b') },
];

export interface FindingMention {
  finding: DegenerativeFindingKey;
  start: number;
  end: number;
}

/** Every mention of a degenerative finding in a sentence, in order; overlapping mentions of one finding count once. */
export function findingMentions(sentence: string): FindingMention[] {
  const mentions: FindingMention[] = [];
  for (const { finding, pattern, accept } of findingPatterns) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (accept !== undefined && !accept(sentence, start, end)) continue;
      const overlaps = mentions.some((m) => m.finding === finding && start < m.end && end > m.start);
      if (!overlaps) mentions.push({ finding, start, end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
