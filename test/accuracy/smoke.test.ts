// A small run of the accuracy measurement (src/accuracy, run by bench/accuracy): thirty simulated episodes, the engine replayed
// along each every two weeks, the figures summed and rendered. It checks the plumbing (matching,
// counting, the report), not the engine's accuracy: that is `npm run bench:accuracy`.
import { describe, expect, it } from 'vitest';
import { evaluateEpisode } from '../../src/accuracy/evaluate.ts';
import { summarise } from '../../src/accuracy/metrics.ts';
import { renderReport } from '../../src/accuracy/report.ts';
import { evaluateProgramme, summariseProgramme } from '../../src/accuracy/programme.ts';
import { assess } from '../../src/domain/engine/index.ts';
import { defaultSettings } from '../../src/domain/settings/index.ts';
import { cohortPlan, simulateCohort } from '../../src/sim/index.ts';

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

    // The home programme: the first few patients with one, under the engine's advice and a fixed +10% a week.
    const programmes = cohortPlan({ patients: 30, seed: 7, startDate: '2026-01-05' }).filter((p) => p.archetype === 'low-irritability' || p.archetype === 'fast-responder')
      .slice(0, 3).map((p) => evaluateProgramme(p, defaultSettings));
    const programme = summariseProgramme(programmes);
    expect(programme.patients).toBeGreaterThan(0);
    expect(programme.progressed).toBeLessThanOrEqual(programme.couldStep);
    expect(programme.regressed).toBeLessThanOrEqual(programme.pastTolerance);
    expect(programme.fixed.weeks).toBeGreaterThan(0);

    const report = renderReport(metrics, { command: 'smoke', seed: 7, patients: 30, startDate: '2026-01-05', seconds: 0, workers: 1 }, programme);
    expect(report).toContain('| plateau sensitivity (plateaus as the spec defines them) |');
    expect(report).toContain('| true \\ engine |');
    expect(report).toContain('| programme: `progress` when the true tolerance could take the next step |');
  });
});
