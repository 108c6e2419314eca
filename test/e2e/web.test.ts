// The web app end to end: a real `threshold serve` on a fresh PGlite folder, driven by Debian's
// chromium. A clinician runs an intake and records sessions and sees the phase and flags change; a
// patient checks in from a phone-sized screen, once while offline and once with the answer lost on
// the way back, and each check-in is counted once; a clinician holds a checkpoint. Each main page is
// saved as a screenshot: into docs/screenshots/ with THRESHOLD_SCREENSHOTS=docs/screenshots (how the
// README's pictures are refreshed), otherwise into a temporary folder so a test run leaves the tree clean.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, signedInContext } from './browser.ts';
import { seed, type Seeded } from './seed.ts';
import { buildWeb, startServer, type RunningServer } from './server.ts';

const SHOTS = process.env.THRESHOLD_SCREENSHOTS ?? join(tmpdir(), 'threshold-screenshots');
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const TIMEOUT = 90_000;

if (!hasChromium) console.warn('test/e2e/web.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describe.skipIf(!hasChromium)('web app in chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Seeded;

  beforeAll(async () => {
    await buildWeb();
    server = await startServer();
    seeded = await seed(server);
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(email: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    return signedInContext(browser, server.url, email, viewport);
  }

  async function noHorizontalScroll(page: Page): Promise<void> {
    // A string, evaluated in the page (this file is type-checked without DOM types).
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow, `page ${page.url()} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }

  it('a clinician runs an intake, records sessions and sees the phase and flags change', async () => {
    const { context, page } = await signedIn(seeded.clinicianEmail, desktop);
    await expect.poll(() => page.getByRole('heading', { name: 'Caseload' }).isVisible()).toBe(true);
    await page.getByRole('row', { name: /Maria Santos/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/caseload.png`, fullPage: true });

    // Filter by a flag: only the patient without goals has "No goals".
    await page.getByLabel('Filter by flag').selectOption('no-goals');
    await expect.poll(() => page.locator('table.caseload tbody tr').count()).toBe(1);
    await page.getByLabel('Filter by flag').selectOption('all');

    // First the clinician registers a new patient and opens the episode.
    await page.getByRole('link', { name: 'New patient' }).first().click();
    await page.getByLabel('Name').fill('Nora Field');
    await page.getByLabel('Birth date').fill('1980-02-20');
    await page.getByLabel('low back').check();
    await page.getByRole('button', { name: 'Register and start intake' }).click();
    await page.getByRole('heading', { name: /Intake: Nora Field/ }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Phase now' }).textContent()).toContain('screening');
    // Before the intake the caseload flags her: no goals, no outcome measures.
    await page.getByRole('link', { name: 'Caseload' }).click();
    const row = page.getByRole('row', { name: /Nora Field/ });
    await expect.poll(() => row.textContent()).toMatch(/No goals.*No recent measures|No recent measures.*No goals/);
    await expect.poll(() => row.textContent()).toContain('Screening');
    await row.getByRole('link').click();
    await page.getByRole('link', { name: 'Intake' }).click();
    await page.getByRole('heading', { name: /Intake: Nora Field/ }).waitFor();

    // A goal without a target comes back from the API with the message next to the field.
    await page.getByLabel("Activity, in the patient's words").fill('Cycle 20 km');
    await page.getByLabel('Baseline').fill('2');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.locator('.field.invalid').filter({ hasText: 'Target' }).waitFor();
    await page.getByLabel('Target').fill('8');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByText('Cycle 20 km: 2 → 8').waitFor();

    // The screens: no red flags, moderate irritability, an MRI report pasted in; then finish.
    await page.getByLabel('Confirmed grade (the engine uses only this)').selectOption('moderate');
    await page.getByRole('button', { name: 'Paste an imaging report' }).click();
    await page.getByLabel('Report text (paste it as written)').fill('Mild disc bulge at L4-L5. Facet degeneration at L5-S1. No disc protrusion.');
    await page.getByRole('combobox', { name: 'Questionnaire' }).selectOption('peg');
    // PEG answered item by item, scored live by the API: the mean of 6, 7 and 5.
    for (const [item, answer] of [['1', '6'], ['2', '7'], ['3', '5']] as const) await page.getByRole('spinbutton', { name: new RegExp(`^Item ${item}:`) }).fill(answer);
    await page.getByRole('status').filter({ hasText: 'Score 6' }).waitFor();
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByText(/PEG .*: 6 on/).waitFor();
    await page.getByRole('button', { name: 'Save and finish intake' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Phase now' }).textContent(), { timeout: 15_000 }).toContain('establishing');
    await page.getByRole('heading', { name: /MRI low back/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/intake.png`, fullPage: true });

    // Two sessions: the second reports 2 days of relief.
    await page.getByRole('link', { name: 'Back to the patient' }).click();
    for (const relief of ['', '2']) {
      await page.getByRole('link', { name: 'Session note' }).click();
      await page.getByRole('heading', { name: /Session note/ }).waitFor();
      await page.getByLabel('Days of clear relief').fill(relief);
      if (relief === '') await page.screenshot({ path: `${SHOTS}/session-note.png`, fullPage: true });
      await page.getByRole('button', { name: 'Save session' }).click();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    }
    // After the intake and two sessions: care is under way and the intake flags are gone.
    const facts = page.locator('dl.facts');
    await expect.poll(() => facts.textContent()).toContain('Establishing response');
    expect(await facts.textContent()).not.toMatch(/No goals|No recent measures/);
    expect(await page.locator('table').last().textContent()).toContain('2 days');
    await page.getByRole('link', { name: 'Caseload' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Nora Field/ }).textContent()).toContain('Establishing response');
    // The sparkline draws the relief windows the summary now carries: one bar per session.
    await page.getByRole('row', { name: /Nora Field/ }).getByRole('img', { name: /^Relief window \w+: [^,]+, [^,]+$/ }).waitFor();
    await context.close();
  }, TIMEOUT);

  it('shows the patient page with its timeline, at desktop and phone widths', async () => {
    const { context, page } = await signedIn(seeded.clinicianEmail, desktop);
    await page.goto(`/patients/${seeded.patient.patientId}`);
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const chart = page.getByRole('img', { name: /^Timeline:/ });
    expect(await chart.getAttribute('aria-label')).toMatch(/sessions/);
    await page.screenshot({ path: `${SHOTS}/patient-page.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await noHorizontalScroll(page);
    await page.screenshot({ path: `${SHOTS}/patient-page-phone.png`, fullPage: true });
    await page.goto('/caseload');
    await page.getByRole('row', { name: /Maria Santos/ }).waitFor();
    await noHorizontalScroll(page);
    await page.screenshot({ path: `${SHOTS}/caseload-phone.png`, fullPage: true });
    await page.setViewportSize(desktop);
    await page.goto('/outcomes');
    await page.getByRole('heading', { name: 'Guideline audit' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/outcomes.png`, fullPage: true });
    await context.close();
  }, TIMEOUT);

  it('a patient checks in from a phone, online, offline and with a lost answer, each counted once', async () => {
    const { context, page } = await signedIn(seeded.patient.email, phone);
    const countCheckIns = async (): Promise<number> =>
      (await server.call<unknown[]>(seeded.clinicianToken, 'GET', `/episodes/${seeded.patient.episodeId}/check-ins`)).length;
    const before = await countCheckIns();
    await page.getByRole('heading', { name: "Today's check-in" }).waitFor();
    await page.getByRole('group', { name: /Walk 30 minutes/ }).waitFor();
    await noHorizontalScroll(page);
    await page.screenshot({ path: `${SHOTS}/check-in-phone.png`, fullPage: true });

    const fill = async (pain: string): Promise<void> => {
      await page.getByRole('group', { name: /Pain right now/ }).getByText(pain, { exact: true }).click();
      await page.getByRole('group', { name: /Walk 30 minutes/ }).getByText('6', { exact: true }).click();
      await page.getByLabel(/Lift the grandchild/).fill('9');
      await page.getByRole('group', { name: /Home exercises/ }).getByText('Yes', { exact: true }).click();
    };

    // Online: saved at once.
    await fill('4');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Your check-in is saved').waitFor();
    expect(await countCheckIns()).toBe(before + 1);

    // Offline: kept on the phone, sent when the connection is back.
    await page.getByRole('button', { name: 'Another check-in' }).click();
    await context.setOffline(true);
    await fill('5');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('kept on this phone').waitFor();
    await page.getByText('1 check-in waiting to be sent').waitFor();
    await page.screenshot({ path: `${SHOTS}/check-in-offline-phone.png`, fullPage: true });
    expect(await countCheckIns()).toBe(before + 1);
    await context.setOffline(false);
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    await expect.poll(countCheckIns, { timeout: 15_000 }).toBe(before + 2);
    await page.getByText('waiting to be sent').waitFor({ state: 'detached' });

    // The answer is lost on the way back: the server has it, the phone does not know. The retry
    // carries the same key, so it is not counted twice.
    await page.getByRole('button', { name: 'Another check-in' }).click();
    let dropped = 0;
    await page.route('**/check-ins', async (route) => {
      if (dropped > 0) return route.continue();
      dropped += 1;
      await route.fetch();
      return route.abort('connectionreset');
    });
    await fill('3');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('kept on this phone').waitFor();
    expect(await countCheckIns()).toBe(before + 3);
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByText('waiting to be sent').waitFor({ state: 'detached' });
    expect(await countCheckIns()).toBe(before + 3);
    await page.unroute('**/check-ins');

    await page.getByRole('link', { name: 'My progress' }).click();
    await page.getByRole('heading', { name: 'How long the relief lasts' }).waitFor();
    await noHorizontalScroll(page);
    await page.screenshot({ path: `${SHOTS}/progress-phone.png`, fullPage: true });
    await page.getByRole('link', { name: 'What to expect' }).click();
    await page.getByRole('heading', { name: 'My scans in context' }).waitFor();
    await page.locator('section.card').last().getByText(/bulge|degeneration|scan/i).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/what-to-expect-phone.png`, fullPage: true });
    await context.close();
  }, TIMEOUT);

  it('a clinician holds a checkpoint with a decision and its reason', async () => {
    const { context, page } = await signedIn(seeded.clinicianEmail, desktop);
    await page.goto(`/episodes/${seeded.patient.episodeId}/checkpoint`);
    await page.getByRole('heading', { name: 'Recommendations' }).waitFor();
    await page.getByRole('combobox', { name: 'Decision' }).selectOption('introduce-active');
    await page.getByRole('button', { name: 'Hold checkpoint' }).click();
    // A decision needs a reason: the API's message shows beside the field.
    await page.locator('.field.invalid').filter({ hasText: 'Reason' }).waitFor();
    await page.getByLabel('Reason').fill('Relief holds for several days and the walking goal is moving: start loading.');
    await page.getByRole('button', { name: 'Hold checkpoint' }).click();
    await page.getByText(/Checkpoint held on/).waitFor();
    await page.screenshot({ path: `${SHOTS}/checkpoint.png`, fullPage: true });
    const checkpoints = await server.call<{ decision?: { code: string } }[]>(seeded.clinicianToken, 'GET', `/episodes/${seeded.patient.episodeId}/checkpoints`);
    expect(checkpoints.map((c) => c.decision?.code)).toContain('introduce-active');
    await context.close();
  }, TIMEOUT);
});
