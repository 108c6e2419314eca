import { describe, expect, it } from 'vitest';
import { escalationOptions } from './escalation.ts';

describe('escalationOptions', () => {
  const ladder = escalationOptions('low-back-pain');

  it('orders the ladder: adherence and dose first, the physician\'s options last', () => {
    expect(ladder.steps.map((s) => s.code)).toEqual([
      'adherence-and-dose', 'review-screens', 'adjust-program', 'medical-review', 'combined-programme', 'specialist-options',
    ]);
    expect(ladder.steps.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('says it is a software synthesis and that the last options are the physician\'s', () => {
    expect(ladder.synthesisNote).toMatch(/synthesis/);
    expect(ladder.synthesisNote).toMatch(/not a published guideline/);
    for (const word of ['Injections', 'neuropathic medicines', 'nerve blocks', 'radiofrequency', 'surgical']) expect(ladder.physicianNote).toContain(word);
    const last = ladder.steps.at(-1);
    expect(last?.physicianDecision).toBe(true);
    expect(last?.options.map((o) => o.code)).toEqual([
      'neuropathic-medication', 'injections', 'nerve-block-denervation', 'surgical-opinion', 'spinal-cord-stimulation',
    ]);
    for (const option of last?.options ?? []) expect(option.indication.length).toBeGreaterThan(20);
  });

  it('gives every step a source and the catalogue\'s evidence for its treatments', () => {
    for (const step of ladder.steps) expect(step.source).toMatch(/§/);
    const medical = ladder.steps.find((s) => s.code === 'medical-review');
    const duloxetine = medical?.evidence.find((e) => e.treatment === 'duloxetine');
    expect(duloxetine?.conflict).toBe(true);
    expect(duloxetine?.positions.find((p) => p.guideline === 'nice-ng59')?.position).toBe('not-recommended');
  });

  it('keys the evidence on the condition', () => {
    const neuropathic = escalationOptions('neuropathic-pain').steps.at(-1)?.options.find((o) => o.code === 'spinal-cord-stimulation');
    expect(neuropathic?.evidence[0]?.positions.find((p) => p.guideline === 'nice-ta159')?.position).toBe('recommended');
    const lbp = ladder.steps.at(-1)?.options.find((o) => o.code === 'spinal-cord-stimulation');
    expect(lbp?.evidence[0]?.positions.find((p) => p.guideline === 'cochrane-2023-scs')?.position).toBe('not-recommended');
  });

  it('maps steps to the engine\'s recommendation codes', () => {
    expect(ladder.steps.map((s) => s.recommendation)).toEqual([
      'check-adherence', null, 'adjust-program', 'medical-re-evaluation', 'refer-advanced-rehab', 'medical-re-evaluation',
    ]);
  });
});
