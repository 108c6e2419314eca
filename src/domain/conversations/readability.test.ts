// Every draft is read aloud to a patient, so it must be plain: Flesch-Kincaid grade 8 or lower,
// measured by the text-readability package, on the drafts of varied real assessments (each
// vignette runs through the engine). Also 60-160 words, about a minute of speech.
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { draftConversations } from './draft-conversations.ts';
import { prepare, vignettes } from './vignettes.fixture.ts';
import { wordCount } from './wording.ts';

const drafts = vignettes.flatMap((vignette) => {
  const { file, assessment } = prepare(vignette);
  return draftConversations(file, assessment).map((draft) => ({ vignette: vignette.name, ...draft }));
});

describe('conversation drafts are plain enough to read aloud', () => {
  it('covers every situation across the vignettes', () => {
    expect(new Set(drafts.map((d) => d.situation)).size).toBe(9);
  });

  it.each(drafts.map((d) => [`${d.vignette}: ${d.situation}`, d.text] as const))('%s is at Flesch-Kincaid grade 8 or lower', (_name, text) => {
    expect(readability.fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });

  it.each(drafts.map((d) => [`${d.vignette}: ${d.situation}`, d.text] as const))('%s is 60-160 words', (_name, text) => {
    const words = wordCount(text);
    expect(words).toBeGreaterThanOrEqual(60);
    expect(words).toBeLessThanOrEqual(160);
  });
});
