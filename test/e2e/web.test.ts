// The web app end to end: a real `threshold serve` on a fresh PGlite folder, driven by Debian's
// chromium. A clinician runs an intake and records sessions and sees the phase and flags change; a
// patient checks in from a phone-sized screen, once while offline and once with the answer lost on
// the way back, and each check-in is counted once; a clinician holds a checkpoint; the admin changes a
// setting after previewing what it would do, and the clinic's time zone; a clinician writes times in
// that zone and grades irritability again. Every page is checked with axe-core, and a console or page
// error fails the test. Each page shown is saved as a screenshot: into docs/screenshots/ with THRESHOLD_SCREENSHOTS=docs/screenshots (how the
// README's pictures are refreshed), otherwise into a temporary folder so a test run leaves the tree clean.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { ADMIN_EMAIL } from './server.ts';
import { signedIn as signIn, useBrowserSuite, type SignedInPage } from './suite.ts';

const SHOTS = process.env.THRESHOLD_SCREENSHOTS ?? join(tmpdir(), 'threshold-screenshots');
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const TIMEOUT = 90_000;

if (!hasChromium) console.warn('test/e2e/web.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describe.skipIf(!hasChromium)('web app in chromium', () => {
  const suite = useBrowserSuite(() => mkdir(SHOTS, { recursive: true }).then(() => undefined));
  const signedIn = (email: string, viewport: { width: number; height: number }): Promise<SignedInPage> => signIn(suite, email, viewport);

  async function noHorizontalScroll(page: Page): Promise<void> {
    // A string, evaluated in the page (this file is type-checked without DOM types).
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow, `page ${page.url()} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }

  it('a clinician runs an intake, records sessions and sees the phase and flags change', async () => {
    const { context, page, checks } = await signedIn(suite.seeded.clinicianEmail, desktop);
    // The goal without a target below is refused on purpose.
    checks.allow(/status of 400/);
    await expect.poll(() => page.getByRole('heading', { name: 'Caseload' }).isVisible()).toBe(true);
    await page.getByRole('row', { name: /Maria Santos/ }).waitFor();

    // Filter by a flag: only the patient without goals has "No goals".
    await page.getByLabel('Filter by flag').selectOption('no-goals');
    await expect.poll(() => page.locator('table.caseload tbody tr').count()).toBe(1);
    await page.getByLabel('Filter by flag').selectOption('all');

    // First the clinician registers a new patient and opens the episode.
    await page.getByRole('link', { name: 'New patient' }).first().click();
    await page.getByLabel('Name').fill('Nora Field');
    await page.getByLabel('Birth date').fill('1980-02-20');
    await page.getByLabel('low back').check();
    await checks.axe('new patient');
    await page.getByRole('button', { name: 'Register and start intake' }).click();
    await page.getByRole('heading', { name: /Intake: Nora Field/ }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Phase now' }).textContent()).toContain('Screening');
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

    // The screens: every red-flag sign asked and absent, moderate irritability, an MRI report pasted in; then finish.
    for (const item of await page.locator('fieldset.red-flag-item').all()) await item.getByText('Absent', { exact: true }).click();
    await page.getByLabel('Confirmed grade (the engine uses only this)').selectOption('moderate');
    await page.getByRole('button', { name: 'Paste an imaging report' }).click();
    await page.getByLabel('Report text (paste it as written)').fill('Mild disc bulge at L4-L5. Facet degeneration at L5-S1. No disc protrusion.');
    await page.getByRole('combobox', { name: 'Questionnaire' }).selectOption('peg');
    // PEG answered item by item, scored live by the API: the mean of 6, 7 and 5.
    for (const [item, answer] of [['1', '6'], ['2', '7'], ['3', '5']] as const) {
      await page.getByRole('radiogroup', { name: new RegExp(`^Item ${item}:`) }).getByText(answer, { exact: true }).click();
    }
    await page.getByRole('status').filter({ hasText: 'Score 6' }).waitFor();
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByText(/PEG .*: 6 on/).waitFor();
    await page.getByRole('button', { name: 'Save and finish intake' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Phase now' }).textContent(), { timeout: 15_000 }).toContain('Establishing response');
    await page.getByRole('heading', { name: /MRI low back/ }).waitFor();
    await checks.axe('the intake');
    await page.screenshot({ path: `${SHOTS}/intake.png`, fullPage: true });

    // Two sessions: the second reports 2 days of relief.
    await page.getByRole('link', { name: 'Back to the patient' }).click();
    for (const relief of ['', '2']) {
      await page.getByRole('link', { name: 'Session note' }).click();
      await page.getByRole('heading', { name: /Session note/ }).waitFor();
      await page.getByLabel('Days of clear relief').fill(relief);
      if (relief === '') {
        await checks.axe('the session note');
        await page.screenshot({ path: `${SHOTS}/session-note.png`, fullPage: true });
      }
      await page.getByRole('button', { name: 'Save session' }).click();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    }
    // After the intake and two sessions: care is under way and the intake flags are gone.
    const facts = page.locator('dl.facts').first();
    await expect.poll(() => facts.textContent()).toContain('Establishing response');
    expect(await facts.textContent()).not.toMatch(/No goals|No recent measures/);
    expect(await page.locator('table').last().textContent()).toContain('2 days');
    await page.getByRole('link', { name: 'Caseload' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Nora Field/ }).textContent()).toContain('Establishing response');
    // The sparkline draws the relief windows the summary now carries: one bar per session.
    await page.getByRole('row', { name: /Nora Field/ }).getByRole('img', { name: /^Relief window [^:]+: [^,]+, [^,]+$/ }).waitFor();
    checks.assertClean();
    await context.close();
  }, TIMEOUT);

  it('shows the patient page with its timeline, at desktop and phone widths', async () => {
    const { context, page, checks } = await signedIn(suite.seeded.clinicianEmail, desktop);
    await page.goto(`/patients/${suite.seeded.patient.patientId}`);
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const chart = page.getByRole('img', { name: /^Timeline:/ });
    expect(await chart.getAttribute('aria-label')).toMatch(/sessions/);
    await page.setViewportSize({ width: 360, height: 800 });
    await noHorizontalScroll(page);
    await checks.axe('the patient page at 360 px');
    await page.goto('/caseload');
    await page.getByRole('row', { name: /Maria Santos/ }).waitFor();
    await noHorizontalScroll(page);
    await checks.axe('the caseload at 360 px');
    await page.screenshot({ path: `${SHOTS}/caseload-phone.png`, fullPage: true });
    checks.assertClean();
    await context.close();
  }, TIMEOUT);

  it('a patient checks in from a phone, online, offline and with a lost answer, each counted once', async () => {
    const { context, page, checks } = await signedIn(suite.seeded.patient.email, phone);
    // The connection is cut, and an answer dropped, on purpose.
    checks.allow(/Failed to load resource: net::ERR_/);
    const countCheckIns = async (): Promise<number> =>
      (await suite.server.call<unknown[]>(suite.seeded.clinicianToken, 'GET', `/episodes/${suite.seeded.patient.episodeId}/check-ins`)).length;
    const before = await countCheckIns();
    await page.getByRole('heading', { name: "Today's check-in" }).waitFor();
    await page.getByRole('group', { name: /Walk 30 minutes/ }).waitFor();
    await noHorizontalScroll(page);
    await checks.axe('the check-in');
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
    expect(await countCheckIns()).toBe(before + 1);
    await context.setOffline(false);
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    await expect.poll(countCheckIns, { timeout: 15_000 }).toBe(before + 2);
    await page.getByText('waiting to be sent').waitFor({ state: 'detached' });
    // Sent: the message says so now, instead of "No connection".
    await page.getByText('Your check-in has been sent').waitFor();

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
    await page.getByRole('link', { name: 'What to expect' }).click();
    await page.getByRole('heading', { name: 'My scans in context' }).waitFor();
    await page.locator('section.card').last().getByText(/bulge|degeneration|scan/i).first().waitFor();
    checks.assertClean();
    await context.close();
  }, TIMEOUT);

  it('a clinician holds a checkpoint with a decision and its reason', async () => {
    const { context, page, checks } = await signedIn(suite.seeded.clinicianEmail, desktop);
    // The decision without a reason is refused on purpose.
    checks.allow(/status of 400/);
    await page.goto(`/episodes/${suite.seeded.patient.episodeId}/checkpoint`);
    await page.getByRole('heading', { name: 'Recommendations' }).waitFor();
    await page.getByRole('combobox', { name: 'Decision' }).selectOption('introduce-active');
    await page.getByRole('button', { name: 'Hold checkpoint' }).click();
    // A decision needs a reason: the API's message shows beside the field.
    await page.locator('.field.invalid').filter({ hasText: 'Reason' }).waitFor();
    await page.getByLabel('Reason').fill('Relief holds for several days and the walking goal is moving: start loading.');
    await page.getByRole('button', { name: 'Hold checkpoint' }).click();
    await page.getByText(/Checkpoint held on/).waitFor();
    await checks.axe('the checkpoint');
    await page.screenshot({ path: `${SHOTS}/checkpoint.png`, fullPage: true });
    const checkpoints = await suite.server.call<{ decision?: { code: string } }[]>(suite.seeded.clinicianToken, 'GET', `/episodes/${suite.seeded.patient.episodeId}/checkpoints`);
    expect(checkpoints.map((c) => c.decision?.code)).toContain('introduce-active');
    checks.assertClean();
    await context.close();
  }, TIMEOUT);

  it('an admin edits a setting: previews what it would do, with progress, then saves it; a stale edit says so', async () => {
    const { context, page } = await signedIn(ADMIN_EMAIL, desktop);
    await page.getByRole('link', { name: 'Clinic settings' }).click();
    await page.getByRole('heading', { name: 'Clinic settings' }).waitFor();
    // Every setting with its default, range, rationale and source; none differs from the default yet.
    const row = page.getByRole('row', { name: /Checkpoint interval days/ });
    expect(await row.textContent()).toMatch(/14 days.*7 to 42.*checkpoint is due/);
    expect(await page.locator('tr.differs').count()).toBe(0);

    // Weekly checkpoints: the change cannot be saved before its preview has run.
    await row.getByRole('spinbutton').fill('7');
    const save = page.getByRole('button', { name: 'Save the settings' });
    expect(await save.isDisabled()).toBe(true);
    await page.getByLabel('Simulated episodes').fill('20');
    await page.getByRole('button', { name: 'Preview the change' }).click();
    await page.getByRole('progressbar', { name: 'Preview progress' }).waitFor();
    await page.getByText(/of 40 episode replays done/).waitFor();
    const figures = page.getByRole('table', { name: 'What the change would do' });
    await figures.waitFor({ timeout: 240_000 });
    expect(await figures.textContent()).toMatch(/Plateaus found.*No false plateau.*Median delay.*Flares classed correctly/);
    await page.screenshot({ path: `${SHOTS}/clinic-settings.png`, fullPage: true });
    await save.click();
    await page.getByText(/Saved: the clinic's settings are now version 2/).waitFor();
    await row.getByText('differs from the default').waitFor();
    const saved = await suite.server.call<{ version: number; overrides: Record<string, number> }>(suite.seeded.adminToken, 'GET', '/clinic/settings');
    expect(saved).toMatchObject({ version: 2, overrides: { checkpointIntervalDays: 7 } });

    // Someone else renames the clinic meanwhile: this page's time zone change is refused and says why.
    const clinic = await suite.server.call<{ name: string; version: number }>(suite.seeded.adminToken, 'GET', '/clinic');
    await suite.server.call(suite.seeded.adminToken, 'PUT', '/clinic', { name: 'E2E clinic, renamed', timeZone: 'UTC', version: clinic.version });
    await page.getByLabel('Time zone').fill('America/Los_Angeles');
    await page.getByRole('button', { name: 'Save the clinic' }).click();
    await page.getByText('Someone changed this since you opened the page; reload to see their values.').waitFor();
    await page.getByRole('button', { name: 'Reload' }).first().click();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('E2E clinic, renamed');
    await page.getByLabel('Time zone').fill('America/Los_Angeles');
    await page.getByRole('button', { name: 'Save the clinic' }).click();
    await expect.poll(async () => (await suite.server.call<{ timeZone: string }>(suite.seeded.adminToken, 'GET', '/clinic')).timeZone).toBe('America/Los_Angeles');
    await context.close();
  }, 300_000);

  it('a clinician writes times in the clinic\'s zone and grades irritability again at a session and a checkpoint', async () => {
    // The clinic is in Los Angeles now (the test above); this browser runs in UTC.
    const { context, page } = await signedIn(suite.seeded.clinicianEmail, desktop);
    const episode = suite.seeded.patient.episodeId;
    await page.goto(`/episodes/${episode}/session`);
    await page.getByRole('heading', { name: /Session note/ }).waitFor();
    // Yesterday in the clinic's day: 09:30 today may not have come yet in Los Angeles (a time that
    // has not come is refused, as a date after today is), so the test holds at any hour.
    const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const yesterday = dayBefore(await page.getByLabel('Date').inputValue());
    await page.getByLabel('Date').fill(yesterday);
    await page.getByLabel('Start time').fill('09:30');
    await page.getByLabel('Irritability now').selectOption('low');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const sessions = await suite.server.call<{ id: string; date: string }[]>(suite.seeded.clinicianToken, 'GET', `/episodes/${episode}/sessions`);
    const timed = sessions.find((s) => /T09:30:00-0[78]:00$/.test(s.date));
    expect(timed, JSON.stringify(sessions.map((s) => s.date))).toBeDefined();

    // A flare with its start and end times.
    await page.getByRole('link', { name: 'Flare', exact: true }).click();
    await page.getByRole('heading', { name: /Flare:/ }).waitFor();
    await page.getByLabel('Started on').fill(yesterday);
    await page.getByLabel('Start time').fill('07:00');
    await page.getByLabel('Ended on').fill(yesterday);
    await page.getByLabel('End time').fill('18:00');
    await page.getByRole('button', { name: 'Save flare' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const flares = await suite.server.call<{ start: string; end?: string }[]>(suite.seeded.clinicianToken, 'GET', `/episodes/${episode}/flares`);
    expect(flares.some((f) => /T07:00:00-0[78]:00$/.test(f.start) && /T18:00:00-0[78]:00$/.test(f.end ?? ''))).toBe(true);

    // Graded again at the checkpoint: the page shows the new grade as the one in force.
    await page.getByRole('link', { name: 'Checkpoint', exact: true }).click();
    await page.getByRole('heading', { name: 'Grade irritability again' }).waitFor();
    expect(await page.getByText(/Now low \(graded at a session/).count()).toBeGreaterThan(0);
    await page.getByLabel('Irritability now').selectOption('moderate');
    await page.getByRole('button', { name: 'Save the grade' }).click();
    await page.getByText(/Irritability graded moderate on/).waitFor();
    const grades = await suite.server.call<{ grade: string; context: string; contextId?: string }[]>(suite.seeded.clinicianToken, 'GET', `/episodes/${episode}/irritability-grades`);
    expect(grades).toHaveLength(2);
    expect(grades.find((g) => g.context === 'session')).toMatchObject({ grade: 'low', contextId: timed?.id });
    expect(grades.find((g) => g.context === 'checkpoint')).toMatchObject({ grade: 'moderate' });
    await context.close();
  }, TIMEOUT);
});
