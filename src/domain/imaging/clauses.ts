// Clauses of a report sentence and the stretches of it that a negation covers ("No protrusion, mild
// bulge at L4-5": the protrusion is negated, the bulge is not). The approach is NegEx's (Chapman WW
// et al., J Biomed Inform 2001;34(5):301-310): a trigger word negates what follows it (or, for "not
// seen" and "absent", what precedes it) up to the end of its clause. Where clauses end in radiology
// prose is our heuristic.

import { findLevels } from './levels.ts';

export interface TextRange {
  start: number;
  end: number;
}

// Punctuation that always ends a clause: ";", ":" and a full stop, "!" or "?" before a space.
const hardStop = /[;:]|[.!?](?=\s|$)/g;
// Words that start a new clause: the negation before them does not reach past them.
const clauseWords =
  /\b(?:but|however|although|though|whereas|while|except|apart from|aside from|other than|which|with|there (?:is|are|was|were)|causing|resulting in|due to|secondary to|related to|contributing to|leading to|producing)\b/gi;
// After a comma (or "and"), a grade, size or article starts a new statement: "No fracture, mild bulge".
const freshStatement =
  /^(?:(?:a|an|the)\s+)?(?:mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|small|minimal|minor|large|tiny|slight|trace|focal|diffuse|broad[- ]based|early|advanced|marked(?:ly)?|multilevel|multi-level|prominent|there|this|these|it|grade|otherwise)\b/i;
const articleThenLevel = /^(?:a|an|the)\s+[CTLS]\d/i;
const startsWithLevel = /^(?:at\s+)?[CTLS]\d/i;

// A trigger that negates what follows it. "cannot" is one word, so "cannot be excluded" is no trigger.
const preTrigger = /\b(?:no|not|without|negative for|absence of|free of|nor|neither)\b/gi;
// "No change in the bulge" reports a bulge: these words after a trigger undo it (NegEx pseudo-negation).
const pseudoAfterTrigger =
  /^\s+(?:(?:significant|interval|appreciable|definite|substantial|further)\s+)?(?:change|changes|increase|decrease|progression|worsening|difference|improvement|only|more than|greater than|larger than|less than)\b/i;
// A trigger that negates what comes before it in its clause.
const postTrigger =
  /\b(?:(?:is|are|was|were)\s+)?(?:not|no longer)\s+(?:seen|identified|present|demonstrated|visuali[sz]ed|evident|appreciated|detected|observed|found|shown)\b|\babsent\b|\b(?:has|have)\s+(?:completely\s+)?resolved\b|\bcompletely\s+resolved\b/gi;

/** Offsets where a clause ends; each boundary ends one clause and starts the next. */
function boundaries(sentence: string): number[] {
  const cuts = new Set<number>();
  for (const match of sentence.matchAll(hardStop)) cuts.add(match.index);
  for (const match of sentence.matchAll(clauseWords)) cuts.add(match.index);
  let segmentStart = 0;
  for (const match of sentence.matchAll(/,|\band\b/gi)) {
    const next = sentence.slice(match.index + match[0].length).trimStart();
    const previous = sentence.slice(segmentStart, match.index);
    const listOfLevels = startsWithLevel.test(next);
    const previousHasLevel = findLevels(previous).length > 0;
    const cut =
      freshStatement.test(next) || articleThenLevel.test(next) || (match[0] === ',' && previousHasLevel && !listOfLevels);
    if (cut) {
      cuts.add(match.index);
      segmentStart = match.index;
    }
  }
  return [...cuts].sort((a, b) => a - b);
}

/** The clauses of a sentence as ranges that together cover it. */
export function clausesOf(sentence: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const cut of boundaries(sentence)) {
    if (cut > start) ranges.push({ start, end: cut });
    start = cut;
  }
  if (start < sentence.length) ranges.push({ start, end: sentence.length });
  return ranges;
}

function clauseAt(clauses: readonly TextRange[], offset: number): TextRange {
  return clauses.find((clause) => offset >= clause.start && offset < clause.end) ?? { start: offset, end: offset };
}

/** The parts of a sentence that a negation covers. */
export function negatedRanges(sentence: string, clauses: readonly TextRange[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of sentence.matchAll(preTrigger)) {
    const end = match.index + match[0].length;
    if (pseudoAfterTrigger.test(sentence.slice(end))) continue;
    ranges.push({ start: end, end: clauseAt(clauses, match.index).end });
  }
  for (const match of sentence.matchAll(postTrigger)) {
    ranges.push({ start: clauseAt(clauses, match.index).start, end: match.index });
  }
  return ranges;
}

export function isInside(offset: number, ranges: readonly TextRange[]): boolean {
  return ranges.some((range) => offset >= range.start && offset < range.end);
}
