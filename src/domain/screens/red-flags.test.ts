import { describe, expect, it } from 'vitest';
import type { RedFlagScreen } from '../records/case-file.ts';
import { evaluateRedFlags } from './red-flags.ts';

const screen = (answers: RedFlagScreen['answers'], clearance?: RedFlagScreen['clearance']): RedFlagScreen => ({
  date: '2026-03-02', status: 'done', answers, ...(clearance ? { clearance } : {}),
});
const yes = (item: RedFlagScreen['answers'][number]['item']): RedFlagScreen['answers'][number] => ({ item, present: true });
const no = (item: RedFlagScreen['answers'][number]['item']): RedFlagScreen['answers'][number] => ({ item, present: false });

describe('evaluateRedFlags', () => {
  it('reports an absent screen as not screened, without blocking', () => {
    const result = evaluateRedFlags(undefined, '2026-03-02');
    expect(result).toMatchObject({ screened: false, highestTier: null, positives: [], blocksCare: false, cleared: null });
    expect(result.reasons[0]?.rule).toBe('red-flag-screen');
  });

  it('ignores a screen dated after the as-of day', () => {
    expect(evaluateRedFlags(screen([yes('cauda-equina-bladder-bowel')]), '2026-03-01').screened).toBe(false);
  });

  it('reports a screen recorded as not done as not screened, with its reason', () => {
    const notDone: RedFlagScreen = { date: '2026-03-02', status: 'not-done', notDoneReason: 'patient in too much pain to answer today', answers: [] };
    const result = evaluateRedFlags(notDone, '2026-03-05');
    expect(result).toMatchObject({ screened: false, positives: [], blocksCare: false });
    expect(result.reasons[0]?.text).toMatch(/was not done \(patient in too much pain/);
  });

  it('passes a screen with every answer negative', () => {
    const result = evaluateRedFlags(screen([no('cauda-equina-bladder-bowel'), no('infection-signs')]), '2026-03-02');
    expect(result).toMatchObject({ screened: true, highestTier: null, positives: [], blocksCare: false });
  });

  it('blocks care on an emergency answer and carries its action', () => {
    const result = evaluateRedFlags(screen([no('infection-signs'), yes('cauda-equina-saddle-sensory-change')]), '2026-03-02');
    expect(result.blocksCare).toBe(true);
    expect(result.highestTier).toBe('emergency');
    expect(result.positives[0]?.action).toMatch(/emergency MRI/);
    expect(result.reasons.map((r) => r.rule)).toEqual(['red-flag-emergency', 'red-flag-blocks-care']);
  });

  it('blocks care on an urgent answer', () => {
    const result = evaluateRedFlags(screen([yes('suspected-osteoporotic-fracture')]), '2026-03-02');
    expect(result).toMatchObject({ highestTier: 'urgent', blocksCare: true });
  });

  it('gives a referral reason for a routine answer without blocking', () => {
    const result = evaluateRedFlags(screen([yes('axial-spondyloarthritis-features')]), '2026-03-02');
    expect(result).toMatchObject({ highestTier: 'routine', blocksCare: false });
    expect(result.reasons[0]).toMatchObject({ rule: 'red-flag-routine-referral' });
    expect(result.reasons[0]?.text).toMatch(/rheumatology/);
  });

  it('gives a safety-net reason for a monitor answer without blocking', () => {
    const result = evaluateRedFlags(screen([yes('isolated-soft-flag')]), '2026-03-02');
    expect(result).toMatchObject({ highestTier: 'monitor', blocksCare: false });
    expect(result.reasons[0]?.rule).toBe('red-flag-safety-net');
  });

  it('orders positives most urgent first and lists a duplicated item once', () => {
    const result = evaluateRedFlags(
      screen([yes('isolated-soft-flag'), yes('suspected-malignancy'), no('major-trauma-or-fracture-with-deficit'), yes('major-trauma-or-fracture-with-deficit'), yes('suspected-malignancy')]),
      '2026-03-02',
    );
    expect(result.positives.map((p) => p.item)).toEqual(['major-trauma-or-fracture-with-deficit', 'suspected-malignancy', 'isolated-soft-flag']);
    expect(result.highestTier).toBe('emergency');
  });

  describe('clearance', () => {
    const clearance = { date: '2026-03-04', by: 'Dr Okafor', reason: 'Same-day MRI showed no compression; mechanical back pain.' };

    it('lets care proceed once a clinician has cleared an emergency answer', () => {
      const result = evaluateRedFlags(screen([yes('cauda-equina-bladder-bowel')], clearance), '2026-03-05');
      expect(result).toMatchObject({ blocksCare: false, highestTier: 'emergency', cleared: clearance });
      expect(result.reasons[0]?.text).toMatch(/cleared by Dr Okafor/);
    });

    it('does not count a clearance dated after the as-of day', () => {
      const result = evaluateRedFlags(screen([yes('cauda-equina-bladder-bowel')], clearance), '2026-03-03');
      expect(result).toMatchObject({ blocksCare: true, cleared: null });
    });

    it('does not count a clearance dated before the screen', () => {
      const early = { ...clearance, date: '2026-03-01' };
      const result = evaluateRedFlags(screen([yes('cancer-history-metastatic-features')], early), '2026-03-05');
      expect(result).toMatchObject({ blocksCare: true, cleared: null });
      expect(result.reasons.some((r) => r.rule === 'red-flag-clearance')).toBe(true);
    });

    it('keeps the routine referral reason after a clearance', () => {
      const result = evaluateRedFlags(screen([yes('axial-spondyloarthritis-features')], clearance), '2026-03-05');
      expect(result.reasons[0]?.rule).toBe('red-flag-routine-referral');
      expect(result.cleared).toEqual(clearance);
    });
  });
});
