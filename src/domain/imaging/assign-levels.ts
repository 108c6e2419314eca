// Which spinal levels a finding in a sentence belongs to. Reports put the level after the finding
// ("bulge at L4-5 and protrusion at L5-S1"), before it ("at L5-S1 a small protrusion", "L4-5 disc
// bulge"), share one between two findings ("bulge and facet arthropathy at L4-5"), or name it once
// for the sentence or in a heading ("At L4-5, there is a bulge", "L4-5: bulge"). Heuristic, no
// published source; the snippets in test/imaging show each form.

import type { TextRange } from './clauses.ts';
import type { LevelMention } from './levels.ts';

// A level leads into the next finding when a separator comes before it and few words after it.
const separatorBefore = /(?:,|\band\b|\bor\b|^\s*(?:at\s+)?(?:the\s+)?$)/i;
// A clause that adds to the finding before it.
const joinedTo = /^\s*(?:along\s+with|with|associated\s+with|accompanied\s+by)\b/i;
const shortGapAfter = /^(?:\s+(?!and\b|or\b)[\w-]+){0,4}\s*$/i;

export function assignLevels(
  mentions: readonly TextRange[],
  levels: readonly LevelMention[],
  clauses: readonly TextRange[],
  sentence: string,
  headingLevels: readonly string[],
): string[][] {
  const attached: string[][] = mentions.map(() => []);
  const unattached: string[] = [];
  const inClause = (clause: TextRange, item: TextRange): boolean => item.start >= clause.start && item.start < clause.end;

  for (const clause of clauses) {
    const clauseMentions = mentions.map((m, index) => ({ ...m, index })).filter((m) => inClause(clause, m));
    const clauseLevels = levels.filter((l) => inClause(clause, l));
    for (const level of clauseLevels) {
      // "narrowing of the L5-S1 disc space": a level inside the finding's own words is its level.
      const around = clauseMentions.find((m) => level.start >= m.start && level.start < m.end);
      if (around !== undefined) {
        attached[around.index]?.push(...level.levels);
        continue;
      }
      const previous = [...clauseMentions].reverse().find((m) => m.end <= level.start);
      const next = clauseMentions.find((m) => m.start >= level.end);
      const previousLevel = [...clauseLevels].reverse().find((l) => l.end <= level.start);
      const before = sentence.slice(Math.max(previous?.end ?? clause.start, previousLevel?.end ?? clause.start), level.start);
      const leading = next !== undefined && separatorBefore.test(before) && shortGapAfter.test(sentence.slice(level.end, next.start));
      const owner = leading ? next : previous ?? next;
      if (owner === undefined) unattached.push(...level.levels);
      else attached[owner.index]?.push(...level.levels);
    }
  }

  // A finding with no level of its own shares the level of the finding it is listed with, when no
  // other level stands between them: first from the one after it ("bulge and facet arthropathy at
  // L4-5"), then from the one before it ("stenosis at L5-S1 from disc bulge and facet hypertrophy").
  const listedTogether = (a: TextRange, b: TextRange): boolean =>
    clauses.some((c) => inClause(c, a) && inClause(c, b)) && !levels.some((l) => l.start >= a.end && l.end <= b.start);
  const share = (to: number, from: number): void => {
    const target = mentions[to];
    const source = mentions[from];
    if (target === undefined || source === undefined || (attached[to]?.length ?? 0) > 0) return;
    const [first, second] = to < from ? [target, source] : [source, target];
    if (listedTogether(first, second)) attached[to] = [...(attached[from] ?? [])];
  };
  for (let i = mentions.length - 2; i >= 0; i--) share(i, i + 1);
  for (let i = 1; i < mentions.length; i++) share(i, i - 1);

  // "anterolisthesis of L4 on L5 with facet arthropathy": a finding in a "with" clause belongs to the
  // finding just before it.
  for (let i = 1; i < mentions.length; i++) {
    const current = mentions[i];
    if (current === undefined || (attached[i]?.length ?? 0) > 0) continue;
    const clause = clauses.find((c) => inClause(c, current));
    if (clause === undefined || !joinedTo.test(sentence.slice(clause.start, current.start))) continue;
    const previous = mentions[i - 1];
    if (previous !== undefined && previous.start < clause.start) attached[i] = [...(attached[i - 1] ?? [])];
  }

  return attached.map((own) => {
    if (own.length > 0) return [...new Set(own)];
    if (unattached.length > 0) return [...new Set(unattached)];
    return [...headingLevels];
  });
}
