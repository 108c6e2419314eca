// The PDFs read back with poppler (pdftoppm renders every page, pdftotext extracts the text): the
// patient's goals and numbers come back out of the text, Unicode names survive, fonts are embedded
// subsets, a typical episode's report is two pages at most and a year-long one (seven phase changes,
// with the step back a reassess flare brings since spec §4c) two as well, and the same document on the
// same day is the same bytes.
import { describe, expect, it } from 'vitest';
import { yearEpisode, YEAR_AS_OF } from '../../../bench/engine/year-episode.ts';
import { prepare, vignettes } from '../../domain/conversations/vignettes.fixture.ts';
import {
  assess, caseFileSchema, composeGraduationSummary, composeProgressReport, composeReferralLetter, defaultSettings, type DocumentContext,
} from '../../domain/index.ts';
import { pdfFonts, pdfPagesRendered, pdfText } from '../../../test/support/pdf.ts';
import { renderPdf } from './render-pdf.ts';

const context: DocumentContext = { clinicName: 'Harbour Physio', clinician: { name: 'Dr Ana Reyes', discipline: 'physical therapy' }, people: {} };
const NAME = 'Zoë Łukasiewicz-Ólafsdóttir Ψ';
/** pdftotext lays text out by position; compare with runs of spaces made one. */
const squash = (text: string): string => text.replace(/[ \t]+/g, ' ');

describe('renderPdf', () => {
  const input = yearEpisode();
  const file = caseFileSchema.parse({ ...input, patient: { ...input.patient, name: NAME } });
  const assessment = assess(file, YEAR_AS_OF, defaultSettings);
  const report = composeProgressReport(file, assessment, defaultSettings, context);

  it('draws a year-long progress report on two pages that poppler renders, with the goals and numbers in its text', async () => {
    const bytes = await renderPdf(report, 'Dr Ana Reyes');
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(await pdfPagesRendered(bytes)).toBe(2);
    const text = squash(await pdfText(bytes, true));
    expect(text).toContain(NAME);
    for (const goal of assessment.goals) {
      const record = file.goals.find((g) => g.id === goal.goalId);
      const unit = record?.measure.kind === 'capacity' ? ` ${record.measure.unit}` : '/10';
      const current = `${Math.round((goal.current ?? 0) * 10) / 10}${unit}`;
      // One row per goal: its name (the start of it, as a long name wraps), baseline, current level, target.
      expect(text).toMatch(new RegExp(`${goal.activity.slice(0, 20)}.* ${goal.baseline}${unit.replace('/', '\\/')} ${current.replace('/', '\\/')} \\(${goal.currentOn}\\) ${goal.target}${unit.replace('/', '\\/')}`));
    }
    expect(text).toMatch(/Oswestry Disability Index.* 38 \(2026-01-05\) 8 \(\d{4}-\d{2}-\d{2}\) -30 10 Better, by at least the/);
    expect(text).toContain('Page 2 of 2');
    expect(text).toMatch(/relief \(days\)/);
  });

  it('draws the progress report of a typical episode (twelve weeks, a flare) on one or two pages', async () => {
    for (const name of ['an active referral with an overlap', 'a normal flare in blended care']) {
      const vignette = vignettes.find((v) => v.name === name);
      if (!vignette) throw new Error(`no vignette ${name}`);
      const { file: typical, assessment: typicalAssessment } = prepare(vignette);
      const pages = await pdfPagesRendered(await renderPdf(composeProgressReport(typical, typicalAssessment, defaultSettings, context), 'x'));
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    }
  });

  it('embeds its fonts as Unicode subsets', async () => {
    const fonts = await pdfFonts(await renderPdf(report, 'x'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it('gives the same bytes for the same document on the same day', async () => {
    expect(Buffer.from(await renderPdf(report, 'x')).equals(Buffer.from(await renderPdf(report, 'x')))).toBe(true);
  });

  it('draws the referral letter and the graduation summary, each read back', async () => {
    const referred = prepare(vignettes.find((v) => v.name === 'an active referral with an overlap') ?? (vignettes[0] as never));
    const referral = referred.file.referrals[0];
    if (!referral) throw new Error('no referral');
    const letter = squash(await pdfText(await renderPdf(composeReferralLetter(referred.file, referred.assessment, referral, defaultSettings, context), 'x'), true));
    expect(letter).toContain('To Advanced rehabilitation, Riverside Rehab');
    expect(letter).toContain('Both teams run 2026-03-23 to 2026-04-20');
    expect(letter).toMatch(/Reach the top shelf in the.* 3\/10 7\/10 \(2026-03-09\) 9\/10/);

    const graduated = prepare(vignettes.find((v) => v.name === 'graduation') ?? (vignettes[0] as never));
    const summary = await renderPdf(composeGraduationSummary(graduated.file, graduated.assessment, defaultSettings, context), 'x');
    expect(await pdfPagesRendered(summary)).toBe(1);
    const text = squash((await pdfText(summary)).replace(/\n/g, ' '));
    expect(text).toContain('For "Play nine holes of golf", you went from 3 out of 10 to');
    expect(text).toContain('the aim was 40 minutes');
    expect(text).toContain('When to come back');
  });
});
