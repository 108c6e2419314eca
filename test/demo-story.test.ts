// The demo clinic read by the engine at today's date, as a clinician at a checkpoint would read it
// (issue 17: every episode tells one current, coherent story, spec §4c.8). Pure: the demo's case
// files and the engine, no database; the caseload through the API is test/demo.test.ts.
import { describe, expect, it } from 'vitest';
import { assess, type Assessment } from '../src/domain/engine/index.ts';
import { defaultSettings } from '../src/domain/settings/index.ts';
import { demoClinic } from '../src/sim/demo-clinic.ts';

const today = '2026-11-23';
const demo = demoClinic(today);
const read: { name: string; assessment: Assessment; sessions: number }[] = demo.patients.map((patient) => ({
  name: patient.name,
  assessment: assess(patient.caseFile, today, defaultSettings),
  sessions: patient.caseFile.sessions.length,
}));
const situations = (a: Assessment): string[] => a.conversations.map((c) => c.situation);

describe('the demo clinic, read at today\'s date', () => {
  it('has 40 episodes across every phase', () => {
    expect(read).toHaveLength(40);
    expect(new Set(read.map((r) => r.assessment.phase)).size).toBeGreaterThanOrEqual(5);
  });

  it('never drafts graduation beside a referral or an open flare', () => {
    const both = read.filter((r) => situations(r.assessment).includes('graduation') && situations(r.assessment).includes('referral'));
    expect(both.map((r) => r.name)).toEqual([]);
  });

  it('drafts early soreness only in the first sessions of the establishing-response phase', () => {
    const late = read.filter((r) => situations(r.assessment).includes('early-soreness')
      && (r.assessment.phase !== 'establishing-response' || r.sessions > defaultSettings.sorenessMaxSessions));
    expect(late.map((r) => `${r.name}: ${r.assessment.phase}, ${r.sessions} sessions`)).toEqual([]);
  });

  it('drafts a flare only while it is under way or within two weeks of its end', () => {
    const stale = read.filter((r) => {
      const flare = r.assessment.conversations.find((c) => c.situation === 'flare');
      if (!flare) return false;
      const latest = r.assessment.flares.filter((f) => f.duplicateOf === undefined).at(-1);
      return latest !== undefined && latest.end !== null && latest.end.slice(0, 10) < '2026-11-09';
    });
    expect(stale.map((r) => r.name)).toEqual([]);
  });

  it('says "progressing" only with evidence of progress, never beside a deteriorating flag', () => {
    for (const { name, assessment } of read) {
      if (assessment.checkpoint.outcome !== 'progressing') continue;
      expect(assessment.checkpoint.reasons.length, name).toBeGreaterThan(2);
      expect(assessment.flags.map((f) => f.code), name).not.toContain('deteriorating');
    }
  });

  it('names no injection or operation in a plateau draft before the ladder\'s physician rung', () => {
    for (const { name, assessment } of read) {
      const plateau = assessment.conversations.find((c) => c.situation === 'plateau');
      const physicianRung = assessment.recommendations.some((r) => r.reasons.some((x) => x.rule === 'escalation-ladder-physician'));
      if (plateau && !physicianRung) expect(plateau.text, name).not.toMatch(/injection|operation|surgery/i);
    }
  });
});
