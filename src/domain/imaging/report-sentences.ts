// A free-text imaging report cut into sentences, each with the level heading that governs it.
// Reports come as prose ("At L4-5 there is a mild disc bulge."), as one line per level
// ("L4-5: Mild disc bulge. No canal stenosis."), or as a level heading on a line of its own with
// the findings below it, and are often hard-wrapped at a fixed width. Heuristic, no published source.

import { findLevels, levelsIn } from './levels.ts';

export interface ReportSentence {
  /** The sentence as written, with wrapped lines joined by a space. */
  text: string;
  /** Levels of a heading ("L4-5:") that governs the sentence; empty when none does. */
  headingLevels: string[];
}

// A line that ends in one of these words was cut mid-sentence by wrapping.
const danglingEnd = /(?:\b(?:at|of|and|or|the|a|an|with|without|to|in|on|from|through|involving|including|by|for|is|are|no)|,)\s*$/i;
const sentenceEnd = /[.;:!?]\s*$/;
// A section heading such as "IMPRESSION:" or "Findings:" ends any level heading above it.
const sectionHeading = /^\s*[A-Za-z][A-Za-z /&]{0,40}:/;
// Sections that say why the scan was done or how, not what it shows: "rule out fracture" there is a
// question, not a finding, so their sentences are left out.
const contextHeading =
  /^\s*(?:clinical\s+)?(?:history|indications?|reason\s+for\s+(?:exam(?:ination)?|study|scan|referral)|clinical\s+(?:information|details|question|notes?)|technique|comparison|procedure|protocol)\s*:/i;
// What may sit around the levels of a level heading: list numbers, "at", "the", "level(s)", "and".
const headingFiller = /^(?:[\s\d.)(*•,&-]|\b(?:at|the|and|levels?|through|to|disc|disk|space|interspace)\b)*$/i;

/** Joins lines that hard wrapping cut in the middle of a sentence. */
function logicalLines(reportText: string): string[] {
  const lines: string[] = [];
  for (const raw of reportText.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const last = lines[lines.length - 1];
    const continues =
      last !== undefined && last !== '' && line !== '' && !sentenceEnd.test(last) &&
      (/^[a-z(]/.test(line) || danglingEnd.test(last));
    if (continues) lines[lines.length - 1] = `${last} ${line}`;
    else lines.push(line);
  }
  return lines;
}

/** The levels of a leading "L4-5:" or "L3-4 and L4-5 levels:" heading, or null when the line has none. */
function levelHeading(line: string): { levels: string[]; rest: string } | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const prefix = line.slice(0, colon);
  const mentions = findLevels(prefix);
  if (mentions.length === 0) return null;
  let filler = prefix;
  for (const mention of [...mentions].reverse()) filler = filler.slice(0, mention.start) + filler.slice(mention.end);
  if (!headingFiller.test(filler)) return null;
  return { levels: levelsIn(prefix), rest: line.slice(colon + 1).trim() };
}

function sentencesOf(line: string): string[] {
  return line
    .split(/(?<=[.!?])\s+(?=[A-Z0-9(["'])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The report's sentences in order. A heading alone on its line governs the lines below it until a blank line or another heading. */
export function reportSentences(reportText: string): ReportSentence[] {
  const sentences: ReportSentence[] = [];
  let standing: string[] = [];
  // A context heading with text on its line covers that line; alone on its line, it covers the lines
  // below until a blank line or the next heading ('heading' until the first of them, then 'content').
  let context: 'no' | 'heading' | 'content' = 'no';
  for (const line of logicalLines(reportText)) {
    if (line === '') {
      standing = [];
      if (context === 'content') context = 'no';
      continue;
    }
    if (contextHeading.test(line)) {
      context = line.slice(line.indexOf(':') + 1).trim() === '' ? 'heading' : 'no';
      continue;
    }
    const heading = levelHeading(line);
    if (context !== 'no') {
      if (heading === null && !sectionHeading.test(line)) {
        context = 'content';
        continue;
      }
      context = 'no';
    }
    if (heading !== null && heading.rest === '') {
      standing = heading.levels;
      continue;
    }
    // A heading with findings on its own line governs that line only.
    if (heading !== null || sectionHeading.test(line)) standing = [];
    const headingLevels = heading?.levels ?? standing;
    for (const text of sentencesOf(line)) sentences.push({ text, headingLevels });
  }
  return sentences;
}
