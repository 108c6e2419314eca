// The simulator's contract: deterministic per seed, schema-valid case files for every archetype, and
// a truth that is consistent with itself and with the archetype it was drawn for.
import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../domain/records/case-file.ts';
import { dayOf, daysBetween } from '../domain/time.ts';
import { archetypes, type Archetype } from './archetypes.ts';
import { simulateEpisode, type SimulatedEpisode } from './episode.ts';

const START = '2026-01-05';
const SEEDS = [11, 222, 3333, 44444];
const cache = new Map<string, SimulatedEpisode>();
function episode(archetype: Archetype, seed: number): SimulatedEpisode {
  const key = `${archetype}:${seed}`;
  const found = cache.get(key) ?? simulateEpisode(archetype, seed, START);
  cache.set(key, found);
  return found;
}

describe('simulateEpisode', () => {
  it('gives the same episode for the same archetype, seed and start date', () => {
    const a = simulateEpisode('fear-avoidant', 99, START);
    const b = simulateEpisode('fear-avoidant', 99, START);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(simulateEpisode('fear-avoidant', 100, START))).not.toBe(JSON.stringify(a));
  });

  it.each(archetypes)('%s: case files are schema-valid, also after a round trip through JSON', (archetype) => {
    for (const seed of SEEDS) {
      const { caseFile } = episode(archetype, seed);
      expect(caseFileSchema.safeParse(JSON.parse(JSON.stringify(caseFile))).success).toBe(true);
      expect(caseFile.patient.name).toMatch(/Synthetic-/);
    }
  });

  it.each(archetypes)('%s: truth is in date order and inside the episode', (archetype) => {
    for (const seed of SEEDS) {
      const { truth, caseFile } = episode(archetype, seed);
      const dates = truth.phases.map((p) => p.since);
      expect([...dates].sort()).toEqual(dates);
      expect(dates[0]).toBe(START);
      for (const date of [truth.firstWindowOn, truth.movementEntryOn, truth.plateau?.since, truth.graduatedOn]) {
        if (date) expect(date >= START && date <= truth.endDate).toBe(true);
      }
      for (const checkIn of caseFile.checkIns) expect(dayOf(checkIn.date) <= truth.endDate).toBe(true);
    }
  });

  it('classes every true flare by the spec: over 72 h or a setback is reassess; soreness only before movement entry', () => {
    for (const archetype of archetypes) {
      for (const seed of SEEDS) {
        const { truth } = episode(archetype, seed);
        for (const flare of truth.flares) {
          if (flare.durationHours > 72 || flare.setback) expect(flare.classification).toBe('reassess');
          else expect(flare.classification).not.toBe('reassess');
          if (flare.classification === 'expected-soreness' && truth.movementEntryOn) expect(dayOf(flare.start) < truth.movementEntryOn).toBe(true);
          if (truth.startsBlended) expect(flare.classification).not.toBe('expected-soreness');
        }
      }
    }
  });

  it('gives a non-responder no relief window, no movement entry and no plateau', () => {
    for (const seed of SEEDS) {
      const { truth, caseFile } = episode('non-responder', seed);
      expect(truth.firstWindowOn).toBeNull();
      expect(truth.movementEntryOn).toBeNull();
      expect(truth.plateau).toBeNull();
      expect(truth.nonResponder).toBe(true);
      expect(caseFile.episode.status).toBe('referred');
    }
  });

  it('stops a red flag at screening: urgent referral, no sessions, no check-ins', () => {
    for (const seed of SEEDS) {
      const { truth, caseFile } = episode('red-flag', seed);
      expect(truth.urgentReferral).toBe(true);
      expect(truth.phases.map((p) => p.phase)).toEqual(['screening']);
      expect(caseFile.sessions).toHaveLength(0);
      expect(caseFile.intake.redFlags?.answers.some((a) => a.present)).toBe(true);
    }
  });

  it('has a plateau onset exactly in the plateau archetypes, with weeks of records after it', () => {
    for (const archetype of archetypes) {
      for (const seed of SEEDS) {
        const { truth } = episode(archetype, seed);
        const plateau = ['plateau-passive', 'plateau-blended', 'ongoing-care'].includes(archetype);
        // A plateau archetype may be closed before its onset (referred on after an early setback), or
        // stall so close to target that its goals read as met: then the truth has no plateau.
        if (plateau && truth.plateau === null) expect(episode(archetype, seed).caseFile.episode.status === 'referred' || truth.graduatedOn !== null).toBe(true);
        if (!plateau) expect(truth.plateau).toBeNull();
        if (truth.plateau) expect(daysBetween(truth.plateau.since, truth.endDate)).toBeGreaterThanOrEqual(56);
        if (archetype === 'plateau-passive') expect(truth.movementEntryOn).toBeNull();
      }
    }
  });

  it('dates movement entry from unbroken relief of a week at two consecutive sessions, or two sessions of active work (spec §4c.1)', () => {
    let checked = 0;
    for (const archetype of ['fast-responder', 'graduation', 'technique-change-flares'] as const) {
      for (const seed of SEEDS) {
        const { truth, caseFile } = episode(archetype, seed);
        if (truth.movementEntryOn === null || truth.startsBlended) continue;
        checked += 1;
        const days = truth.windows.map((w) => dayOf(w.date));
        // Unbroken relief: a window that lasted to the next session goes on through it.
        const unbroken = (i: number): number => {
          const next = days[i + 1];
          const lived = truth.windows[i]?.experiencedDays ?? 0;
          return next !== undefined && lived >= daysBetween(days[i] ?? '', next) ? daysBetween(days[i] ?? '', next) + unbroken(i + 1) : lived;
        };
        const byWindows = days.findIndex((_, i) => i > 0 && unbroken(i - 1) >= 7 && unbroken(i) >= 7);
        const active = caseFile.sessions.map((s) => s.modalities.some((m) => ['corrective-exercise', 'functional-stability', 'progressive-loading', 'home-exercise-program', 'graded-activity', 'graded-exposure'].includes(m.modality)));
        const byCare = active.findIndex((a, i) => i > 0 && a && active[i - 1]);
        const candidates = [byWindows >= 0 ? daysBetween(days[0] ?? '', days[byWindows] ?? '') + 7 : null, byCare >= 0 ? daysBetween(days[0] ?? '', dayOf(caseFile.sessions[byCare]?.date ?? '')) : null]
          .filter((d): d is number => d !== null);
        expect(candidates.length).toBeGreaterThan(0);
        // Irritability or a flare needing reassessment may only delay it.
        expect(daysBetween(days[0] ?? '', truth.movementEntryOn)).toBeGreaterThanOrEqual(Math.min(...candidates));
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says when the spec could first call the plateau: 3 sessions over 3 weeks after the onset, none of them in a flare', () => {
    let checked = 0;
    for (const archetype of ['plateau-passive', 'plateau-blended', 'ongoing-care'] as const) {
      for (const seed of SEEDS) {
        const { truth, caseFile } = episode(archetype, seed);
        if (!truth.plateau?.definableFrom) continue;
        checked += 1;
        const { since, definableFrom } = truth.plateau;
        expect(daysBetween(since, definableFrom)).toBeGreaterThanOrEqual(21);
        const sessions = caseFile.sessions.map((s) => dayOf(s.date)).filter((d) => d >= since && d <= definableFrom);
        expect(sessions.length).toBeGreaterThanOrEqual(3);
        // No flare (soreness aside) under way on the definable day itself.
        const underWay = truth.flares.filter((f) => f.classification !== 'expected-soreness' && dayOf(f.start) <= definableFrom && dayOf(f.end) >= definableFrom);
        expect(underWay).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('starts a low-irritability patient in blended care on day 0', () => {
    for (const seed of SEEDS) {
      const { truth, caseFile } = episode('low-irritability', seed);
      expect(truth.startsBlended).toBe(true);
      expect(truth.movementEntryOn).toBe(START);
      expect(truth.phases.map((p) => p.phase).slice(0, 2)).toEqual(['screening', 'blended']);
      expect(caseFile.sessions[0]?.modalities.some((m) => m.modality !== 'education')).toBe(true);
    }
  });

  it('grows a fast responder\'s window from about a day to a week within a few weeks', () => {
    for (const seed of SEEDS) {
      const windows = episode('fast-responder', seed).truth.windows.map((w) => w.latentDays);
      expect(windows[0]).toBeLessThanOrEqual(2);
      expect(windows.slice(0, 8).some((w) => w >= 7)).toBe(true);
    }
  });

  it('records the fear-avoidant patient\'s failed exercise programme', () => {
    for (const seed of SEEDS) {
      const { caseFile } = episode('fear-avoidant', seed);
      expect(caseFile.intake.priorTreatments.some((t) => ['exercise-program', 'graded-activity'].includes(t.kind) && ['made-worse', 'flare'].includes(t.outcome))).toBe(true);
    }
  });

  it('declares ongoing care with a reason and a review date', () => {
    for (const seed of SEEDS) {
      const { caseFile } = episode('ongoing-care', seed);
      expect(caseFile.episode.status).toBe('ongoing-care');
      expect(caseFile.ongoingCare?.reviewOn).toBeDefined();
    }
  });

  it('graduates most graduation episodes, in truth and by the simulated clinician', () => {
    const runs = SEEDS.map((seed) => episode('graduation', seed));
    expect(runs.filter((r) => r.truth.graduatedOn !== null).length).toBeGreaterThanOrEqual(3);
    expect(runs.filter((r) => r.caseFile.episode.status === 'graduated').length).toBeGreaterThanOrEqual(3);
  });

  it('leaves out 10-30% of check-in days, as real patients do', () => {
    for (const seed of SEEDS) {
      const { caseFile, truth } = episode('slow-responder', seed);
      const days = daysBetween(START, truth.endDate) + 1;
      const missing = 1 - caseFile.checkIns.length / days;
      expect(missing).toBeGreaterThan(0.03);
      expect(missing).toBeLessThan(0.45);
    }
  });
});
