// A small run of the accuracy measurement (src/accuracy, run by bench/accuracy): thirty simulated episodes, the engine replayed
// along each every two weeks, the figures summed and rendered. It checks the plumbing (matching,
// counting, the report), not the engine's accuracy: that is `npm run bench:accuracy`.
import { describe, expect, it } from 'vitest';
import { evaluateEpisode } from '../../src/accuracy/evaluate.ts';
import { summarise } from '../../src/accuracy/metrics.ts';
import { renderReport } from '../../src/accuracy/report.ts';
import { assess } from '../../src/domain/engine/index.ts';
import { defaultSettings } from '../../src/domain/settings/index.ts';
import { simulateCohort } from '../../src/sim/index.ts';

describe('accuracy bench, smoke run', () => {
  it('replays the engine on 30 simulated episodes and sums the figures', () => {
    const cohort = simulateCohort({ patients: 30, seed: 7, startDate: '2026-01-05' });
    const results = cohort.map((episode) => evaluateEpisode(episode, (file, asOf) => assess(file, asOf, defaultSettings), defaultSettings, 14));
    const metrics = summarise(results);

    expect(metrics.episodes).toBe(30);
    expect(metrics.plateau.truth + metrics.plateau.negatives).toBe(30);
    expect(metrics.plateau.detected).toBeLessThanOrEqual(metrics.plateau.truth);
    expect(metrics.plateau.falseAlarmsTrueCourseStalled).toBeLessThanOrEqual(metrics.plateau.falseAlarms);
    expect(metrics.plateau.delayAfterDefinable.median ?? 0).toBeLessThanOrEqual(metrics.plateau.delay.median ?? 0);
    const trueFlares = cohort.flatMap((e) => e.truth.flares.filter((f) => !f.endsAfterRecords)).length;
    const counted = Object.values(metrics.flares.confusion).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(counted).toBe(trueFlares);
    expect(metrics.flares.correct).toBeLessThanOrEqual(metrics.flares.matched);
    // Red flags are the one thing with no room for doubt: every one is an urgent referral.
    expect(metrics.urgent.agree).toBe(metrics.urgent.truth);
    expect(metrics.byArchetype.reduce((sum, row) => sum + row.episodes, 0)).toBe(30);

    const report = renderReport(metrics, { command: 'smoke', seed: 7, patients: 30, startDate: '2026-01-05', seconds: 0, workers: 1 });
    expect(report).toContain('| plateau sensitivity (plateaus as the spec defines them) |');
    expect(report).toContain('| true \\ engine |');
  });
});
