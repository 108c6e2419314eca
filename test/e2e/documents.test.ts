// The documents from the demo clinic, through the web app in chromium: a clinician downloads the
// caseload and outcomes as CSV, a patient's progress report from the patient page and from the
// checkpoint, and the referral letter from the referral form; a graduated patient gets their
// graduation summary on their phone. Each file is read back (poppler for the PDFs) for the patient's
// own goals. With THRESHOLD_SCREENSHOTS=docs/screenshots the pages of each PDF are saved there as
// images (how docs/screenshots shows the documents); otherwise into a temporary folder.
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoClinic } from '../../src/services/index.ts';
import { demoClinic, DEMO_PASSWORD } from '../../src/sim/demo-clinic.ts';
import { pdfPageCount, pdfText, savePageImages } from '../support/pdf.ts';
import { hasChromium, launchChromium, signedIn } from './browser.ts';
import { buildWeb, startServer, type RunningServer } from './server.ts';

const SHOTS = process.env.THRESHOLD_SCREENSHOTS ?? join(tmpdir(), 'threshold-screenshots');
const TIMEOUT = 120_000;
const today = new Date().toISOString().slice(0, 10);
// The demo clinic of `threshold demo`, at its smallest: one patient of each archetype of care.
const demo = demoClinic(today, 2026, 12);
const clinician = demo.clinicians[0]?.email ?? '';

interface CaseFile { episode: { id: string; status: string }; goals: { activity: string }[]; referrals: { id: string; to: { provider?: string } }[] }

describe.skipIf(!hasChromium)('documents from the demo clinic in chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    await buildWeb();
    server = await startServer(async (deps, now) => { await loadDemoClinic(deps, demo, now); });
    token = (await server.call<{ token: string }>(null, 'POST', '/auth/login', { email: clinician, password: DEMO_PASSWORD })).token;
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> =>
    signedIn(browser, server.url, email, { password: DEMO_PASSWORD, viewport });

  /** Click a download button and read the file the browser saved, with the name it was given. */
  async function downloaded(page: Page, button: Locator): Promise<{ name: string; bytes: Uint8Array }> {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
  }

  /** The demo patient's id and case file, found as a clinician would (the patient list). */
  async function patient(index: number): Promise<{ id: string; file: CaseFile }> {
    const name = demo.patients[index]?.name;
    const found = (await server.call<{ id: string; name: string }[]>(token, 'GET', '/patients')).find((p) => p.name === name);
    if (!found) throw new Error(`no demo patient ${name}`);
    const [episode] = await server.call<{ id: string }[]>(token, 'GET', `/patients/${found.id}/episodes`);
    return { id: found.id, file: await server.call<CaseFile>(token, 'GET', `/episodes/${episode?.id ?? ''}`) };
  }

  it('gives a clinician the caseload and outcomes as CSV, and a referred patient\'s progress report and referral letter', async () => {
    const { context, page } = await signIn(clinician, { width: 1280, height: 900 });
    // The caseload as CSV: a header row, then the patients in care by name.
    await page.getByRole('heading', { name: 'Caseload' }).waitFor();
    const caseload = await downloaded(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(caseload.name).toBe(`caseload-${today}.csv`);
    const caseloadText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(caseload.bytes);
    expect(caseloadText.startsWith('\uFEFFPatient,Patient id,Episode id,Status,Episode start,Phase,')).toBe(true);
    expect(caseloadText).toContain(demo.patients[1]?.name ?? '?');

    // A referred patient (the demo's tenth: 22 sessions, blended care, a referral).
    const referred = await patient(9);
    await page.goto(`/patients/${referred.id}`);
    const report = await downloaded(page, page.getByRole('button', { name: 'Progress report (PDF)' }));
    expect(report.name).toMatch(/^progress-report-[a-z0-9-]+\.pdf$/);
    expect(await pdfPageCount(report.bytes)).toBeLessThanOrEqual(2);
    const reportText = (await pdfText(report.bytes)).replace(/\s+/g, ' ');
    for (const goal of referred.file.goals) expect(reportText).toContain(goal.activity.slice(0, 18));
    await savePageImages(report.bytes, join(SHOTS, 'progress-report'));

    await page.goto(`/episodes/${referred.file.episode.id}/checkpoint`);
    const atCheckpoint = await downloaded(page, page.getByRole('button', { name: 'Progress report for the payer (PDF)' }));
    expect((await pdfText(atCheckpoint.bytes)).replace(/\s+/g, ' ')).toContain('Last checkpoint');

    await page.goto(`/episodes/${referred.file.episode.id}/care`);
    const letter = await downloaded(page, page.getByRole('button', { name: 'Referral letter (PDF)' }).first());
    const letterText = (await pdfText(letter.bytes)).replace(/\s+/g, ' ');
    expect(letterText).toContain('Referral letter');
    expect(letterText).toContain('Overlap plan');
    for (const goal of referred.file.goals) expect(letterText).toContain(goal.activity.slice(0, 18));
    await savePageImages(letter.bytes, join(SHOTS, 'referral-letter'));

    // Outcomes as CSV: one row per episode, no names.
    await page.goto('/outcomes');
    const outcomes = await downloaded(page, page.getByRole('button', { name: 'Download CSV' }));
    const outcomesText = new TextDecoder().decode(outcomes.bytes);
    expect(outcomesText.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + demo.patients.length);
    expect(outcomesText).not.toContain(demo.patients[9]?.name ?? '?');
    await context.close();
  }, TIMEOUT);

  it('gives a graduated patient their graduation summary on their phone', async () => {
    const index = demo.patients.findIndex((p) => p.caseFile.episode.status === 'graduated');
    const graduated = await patient(index);
    const { context, page } = await signIn(demo.patients[index]?.email ?? '', { width: 390, height: 844 });
    await page.goto('/progress');
    await page.getByRole('heading', { name: 'Your graduation summary' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/graduation-summary-phone.png`, fullPage: true });
    const summary = await downloaded(page, page.getByRole('button', { name: 'Get my summary (PDF)' }));
    expect(summary.name).toMatch(/^graduation-summary-[a-z0-9-]+\.pdf$/);
    const text = (await pdfText(summary.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Your graduation summary');
    for (const goal of graduated.file.goals) expect(text).toContain(goal.activity.slice(0, 18));
    expect(text).toContain('When to come back');
    await savePageImages(summary.bytes, join(SHOTS, 'graduation-summary'));
    await context.close();
  }, TIMEOUT);
});
