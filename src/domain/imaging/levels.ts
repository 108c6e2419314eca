// Spinal levels named in report text: "L4-5", "L4/L5", "L4-L5", "L5-S1", "C5-6", "T12-L1",
// "L4 on L5", ranges ("L3-4 through L5-S1", "L2-S1") and a slip named by its upper vertebra
// ("anterolisthesis of L4"). A level is written in one form, "L4-L5", so that the same disc named
// three ways in one report is one level. A lone vertebra ("the L5 nerve root", "T2 signal") is not
// a level and is ignored.

/** The vertebrae in order from the skull down; a level is two neighbours in this list. */
const vertebrae: readonly string[] = [
  ...Array.from({ length: 7 }, (_, i) => `C${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  'S1',
];

export interface LevelMention {
  /** Normalised levels, upper vertebra first ("L4-L5"); a range gives several. */
  levels: string[];
  start: number;
  end: number;
}

// A vertebra, then a separator, then a second vertebra whose region letter may be left out ("L4-5").
const pairPattern = /\b([CTLS])(\d{1,2})\s*(?:[-–—/]|\s(?:through|thru|to|on)\s)\s*([CTLS])?(\d{1,2})\b/gi;
// "anterolisthesis of L4": the slip is at the level below the named vertebra.
const slipVertebraPattern = /listhes[ie]s\s+(?:of|at)\s+(?:the\s+)?([CTLS])(\d{1,2})\b(?!\s*(?:[-–—/]|\s(?:on|through|to)\s)\s*[CTLS]?\d)/gi;
// T1 and T2 are also names of MRI sequences ("T2 signal", "T1/T2 hyperintense"): not levels there.
const sequenceAfter = /^\s*-?\s*(?:weighted|w\b|wi\b|\*|signal|hyper|hypo|imag|sequen|stir|flair|fat|bright|dark|intens|shine|fs\b)/i;
// Between two levels: a range ("through", "to") rather than a list ("and", ",").
const rangeBetween = /^\s*(?:through|thru|to|[-–—])\s*$/i;

function indexOf(region: string, number: string): number {
  return vertebrae.indexOf(`${region.toUpperCase()}${Number(number)}`);
}

/** Every level between two vertebrae (by index), e.g. L3..S1 -> L3-L4, L4-L5, L5-S1. */
function span(from: number, to: number): string[] {
  const levels: string[] = [];
  for (let i = from; i < to; i++) levels.push(`${vertebrae[i] ?? ''}-${vertebrae[i + 1] ?? ''}`);
  return levels;
}

interface RawMention {
  from: number;
  to: number;
  start: number;
  end: number;
}

function rawMentions(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const match of text.matchAll(pairPattern)) {
    const [whole, region1 = '', number1 = '', region2, number2 = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    if (region1.toUpperCase() === 'T' && sequenceAfter.test(text.slice(end))) continue;
    const from = indexOf(region1, number1);
    const to = indexOf(region2 ?? region1, number2);
    // A level runs downwards; anything else ("L5-3", "C9-10") is not a level we can name.
    if (from < 0 || to <= from) continue;
    found.push({ from, to, start, end });
  }
  for (const match of text.matchAll(slipVertebraPattern)) {
    const [whole, region = '', number = ''] = match;
    const end = match.index + whole.length;
    const from = indexOf(region, number);
    if (from < 0 || from + 1 >= vertebrae.length) continue;
    found.push({ from, to: from + 1, start: end - region.length - number.length, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The levels named in `text`, in order, with their offsets; "X through Y" becomes one range. */
export function findLevels(text: string): LevelMention[] {
  const raw = rawMentions(text);
  const mentions: LevelMention[] = [];
  for (let i = 0; i < raw.length; i++) {
    const current = raw[i];
    if (current === undefined) continue;
    const next = raw[i + 1];
    if (next !== undefined && next.from >= current.from && rangeBetween.test(text.slice(current.end, next.start))) {
      mentions.push({ levels: span(current.from, Math.max(current.to, next.to)), start: current.start, end: next.end });
      i++;
      continue;
    }
    mentions.push({ levels: span(current.from, current.to), start: current.start, end: current.end });
  }
  return mentions;
}

/** The distinct levels named in `text`, in order of first mention. */
export function levelsIn(text: string): string[] {
  return [...new Set(findLevels(text).flatMap((mention) => mention.levels))];
}
