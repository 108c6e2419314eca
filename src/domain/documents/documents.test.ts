// The documents as data: each composer, run on real assessments (the vignettes of the conversation
// tests and the benchmark's year-long episode), says what the spec asks, with the patient's own goals
// and numbers. The rendered PDFs are checked in src/documents.
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { yearEpisode, YEAR_AS_OF } from '../../../bench/engine/year-episode.ts';
import { assess } from '../engine/assess.ts';
import { prepare, vignettes } from '../conversations/vignettes.fixture.ts';
import { caseFileSchema } from '../records/case-file.ts';
import { defaultSettings } from '../settings/settings.ts';
import { composeGraduationSummary, graduationSummaryAvailable } from './graduation-summary.ts';
import type { Block, DocumentContext, DocumentModel } from './model.ts';
import { composeProgressReport } from './progress-report.ts';
import { composeReferralLetter } from './referral-letter.ts';

const context: DocumentContext = {
  clinicName: 'Harbour Physio', clinician: { name: 'Dr Ana Reyes', discipline: 'physical therapy', email: 'ana@harbour.example' }, people: { 'u-ana': 'Dr Ana Reyes' },
};

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph': return [block.text];
    case 'facts': return block.facts.map((f) => `${f.label}: ${f.value}`);
    case 'bullets': return block.items;
    case 'table': return [block.columns.map((c) => c.heading).join(' | '), ...block.rows.map((r) => r.join(' | '))];
    case 'timeline': return [block.chart.summary];
    case 'signature': return block.lines;
  }
}
const sectionText = (model: DocumentModel, heading: string): string => {
  const section = model.sections.find((s) => s.heading === heading);
  if (!section) throw new Error(`no section "${heading}" among ${model.sections.map((s) => s.heading).join(', ')}`);
  return section.blocks.flatMap(blockText).join('\n');
};
const vignette = (name: string): ReturnType<typeof prepare> => {
  const found = vignettes.find((v) => v.name === name);
  if (!found) throw new Error(name);
  return prepare(found);
};

describe('the progress report', () => {
  const file = caseFileSchema.parse(yearEpisode());
  const assessment = assess(file, YEAR_AS_OF, defaultSettings);
  const report = composeProgressReport(file, assessment, defaultSettings, context);

  it('names each goal with its baseline, current level and target', () => {
    const goals = sectionText(report, 'Goals: baseline, current and target');
    expect(goals).toContain('Walk 30 minutes without next-day pain | 3/10 |');
    expect(goals).toContain('| 8/10 |');
    expect(goals).toContain('Lift a 10 kg box from the floor | 2 kg |');
    const walk = assessment.goals.find((g) => g.goalId === 'walk');
    expect(goals).toContain(`${Math.round((walk?.current ?? 0) * 10) / 10}/10 (${walk?.currentOn})`);
  });

  it('reads each outcome measure against its minimal important change', () => {
    const measures = sectionText(report, 'Outcome measures against their minimal important change (MIC)');
    // ODI falls from 38 to 8 over the year: better by far more than its MIC.
    expect(measures).toMatch(/Oswestry Disability Index \(ODI\) 2\.1a \| 38 \([^)]+\) \| 8 \([^)]+\) \| -30 \| \d+ \| Better, by at least the MIC/);
    expect(measures).toMatch(/Tampa Scale.*One score so far/);
  });

  it('draws the timeline from every session, goal and flare, and lists the phases and flares', () => {
    const block = report.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'timeline');
    if (block?.kind !== 'timeline') throw new Error('no timeline');
    expect(block.chart.reliefWindows).toHaveLength(file.sessions.length);
    expect(block.chart.goals.map((g) => g.label).sort()).toEqual(file.goals.map((g) => g.activity).sort());
    expect(block.chart.flares).toHaveLength(assessment.flares.length);
    expect(block.chart.phases.map((p) => p.phase)).toEqual(assessment.phaseHistory.map((p) => p.phase));
    expect(sectionText(report, 'Phase history').split('\n')).toHaveLength(assessment.phaseHistory.length + 1);
    expect(sectionText(report, 'Flares and their classes')).toMatch(/Recorded, new load/);
  });

  it('shows the last checkpoint as it was kept, with the decision and its reason', () => {
    const last = [...file.checkpoints].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    const text = sectionText(report, 'Last checkpoint');
    expect(text).toContain(`Held on: ${last?.date}`);
    if (last?.decision) expect(text).toContain(`Reason: ${last.decision.reason}`);
  });

  it('is signed by the clinician, with the date', () => {
    expect(sectionText(report, 'Clinician')).toContain(`Dr Ana Reyes, physical therapy\nHarbour Physio\nana@harbour.example\nDate: ${YEAR_AS_OF}`);
  });

  it('still goes out for an episode with no goals, and says so', () => {
    const bare = caseFileSchema.parse({ ...yearEpisode(), goals: [], sessions: [], checkIns: [], checkpoints: [] });
    const model = composeProgressReport(bare, assess(bare, YEAR_AS_OF, defaultSettings), defaultSettings, context);
    expect(sectionText(model, 'Goals: baseline, current and target')).toMatch(/^No goals have been set for this episode/);
    expect(sectionText(model, 'Last checkpoint')).toMatch(/^No checkpoint has been held yet/);
  });
});

describe('the referral letter', () => {
  it('says to whom and why, what was achieved, and the overlap with its dates', () => {
    const { file, assessment } = vignette('an active referral with an overlap');
    const referral = file.referrals[0];
    if (!referral) throw new Error('no referral');
    const letter = composeReferralLetter(file, assessment, referral, defaultSettings, context);
    expect(letter.subtitle).toBe('To Advanced rehabilitation, Riverside Rehab: Patient (no name recorded)');
    expect(sectionText(letter, 'Why we are referring')).toContain('Overhead strength for work');
    expect(sectionText(letter, 'What was achieved')).toContain('Reach the top shelf in the kitchen | 3/10 |');
    expect(sectionText(letter, 'Overlap plan')).toContain('Both teams run: 2026-03-23 to 2026-04-20');
    expect(sectionText(letter, 'Contact')).toContain('ana@harbour.example');
  });

  it('gives the next provider the red-flag screen and the imaging, findings for the physician first', () => {
    const { file, assessment } = vignette('MRI with findings for the physician');
    const letter = composeReferralLetter(file, assessment, { id: 'r', date: assessment.asOf, to: { discipline: 'physician' }, reason: 'Review of the MRI.', status: 'proposed' }, defaultSettings, context);
    const text = sectionText(letter, 'Red flags, imaging and screens');
    expect(text).toMatch(/^Red-flag screen: no positive answers\./);
    expect(text).toMatch(/FOR THE PHYSICIAN: "[^"]+"/);
    expect(sectionText(letter, 'Overlap plan')).toContain('Not set yet');
  });
});

describe('the graduation summary', () => {
  const { file, assessment } = vignette('graduation');
  const summary = composeGraduationSummary(file, assessment, defaultSettings, context);
  const allText = summary.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockText)]).join('\n');

  it('is made only when there is a graduation to summarise', () => {
    expect(graduationSummaryAvailable(file, assessment)).toBe(true);
    const plateau = vignette('a plateau, first rung of the ladder');
    expect(graduationSummaryAvailable(plateau.file, plateau.assessment)).toBe(false);
  });

  it('names the goals reached with the patient\'s numbers, the programme and the flare plan', () => {
    expect(sectionText(summary, 'The goals you reached')).toMatch(/^You have reached your goals\.\nFor "Play nine holes of golf", you went from 3 out of 10 to \d/);
    expect(sectionText(summary, 'The goals you reached')).toContain('For "Walk to the shops and back", you went from 10 minutes to');
    expect(sectionText(summary, 'Your self-management programme')).toContain('The exercises where you add a little more load, step by step. We last did this together on 30 March.');
    expect(sectionText(summary, 'Your flare plan')).toMatch(/What is normal\n.*\nA normal flare settles within about 3 days\.\nWhat to do\n.*\nWhen to come back\nCome back to us if a flare lasts longer/);
  });

  it('is plain enough for a patient: Flesch-Kincaid grade 8 or lower', () => {
    expect(readability.fleschKincaidGrade(allText)).toBeLessThanOrEqual(8);
    // Each section of prose on its own too (the contact lines are names and addresses, not sentences).
    for (const section of summary.sections.filter((s) => s.heading !== 'How to reach us')) {
      expect(readability.fleschKincaidGrade(section.blocks.flatMap(blockText).join(' ')), section.heading).toBeLessThanOrEqual(8);
    }
  });
});
