// The clinician's day and the admin's, walked in chromium against a real `threshold serve` (issue 18,
// items 5, 9, 12 and 13): the caseload as a today list (a note unread, ready to graduate instead of a
// checkpoint overdue, active care lapsed, each flag's reason inline, the columns explained); the
// patient page with the check-ins and their notes, which clears the marker; the timeline read by
// pointer and by keyboard, with years, today's end and one legend entry per phase; the menus of each
// role lead only to pages the role may use; the admin's audit log filtered and paged. No console error,
// no page error, and no serious or critical accessibility violation on any page.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { seed, type Seeded } from './seed.ts';
import { seedCase } from './seed-case.ts';
import { ADMIN_EMAIL, buildWeb, startServer, type RunningServer } from './server.ts';
import { signInAs, type SignedInPage } from './sign-in.ts';

const SHOTS = process.env.THRESHOLD_SCREENSHOTS ?? join(tmpdir(), 'threshold-screenshots');
const desktop = { width: 1280, height: 900 };
const TIMEOUT = 120_000;

describe.skipIf(!hasChromium)('the clinician and the admin', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Seeded;
  const note = 'Knee swelled after the stairs at work; iced it twice.';

  beforeAll(async () => {
    await buildWeb();
    server = await startServer();
    seeded = await seed(server);
    // Maria writes a note with today's check-in.
    const patientToken = await server.signIn(seeded.patient.email);
    await server.call(patientToken, 'POST', `/episodes/${seeded.patient.episodeId}/check-ins`, { date: new Date().toISOString().slice(0, 10), painNow: 5, note }, { 'Idempotency-Key': 'people-note-1' });
    // Grace reached and held her goals: the engine says graduated while the episode is still active.
    await seedCase(server, seeded.clinicianToken, 'graduation-goals-held.json', 'Grace Holm', 0);
    // Bea started in blended care; her last session with active work was almost three weeks ago.
    await seedCase(server, seeded.clinicianToken, 'low-irritability-starts-blended.json', 'Bea Lund', 16);
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedIn = (email: string): Promise<SignedInPage> => signInAs(browser, email, { viewport: desktop, baseURL: server.url });

  const menu = (page: Page, name: string): Promise<string[]> => page.getByRole('navigation', { name }).getByRole('link').allTextContents();

  it('reads the caseload as a today list, hears the patient\'s note, and reads the timeline by pointer and keys', async () => {
    const { context, page, checks } = await signedIn(seeded.clinicianEmail);
    const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });
    await row('Maria Santos').waitFor();

    // Maria's note is new: the row says so, with the start of the note.
    expect(await row('Maria Santos').textContent()).toContain(`New note “${note}”`);
    // Grace: ready to graduate, with the way to do it, and no overdue checkpoint.
    const grace = await row('Grace Holm').textContent();
    expect(grace).toContain('Ready to graduate');
    expect(grace).not.toMatch(/Checkpoint overdue|\(overdue\)/);
    // Bea: blended care, no active minutes for over two weeks.
    expect(await row('Bea Lund').textContent()).toMatch(/No active minutes for (1[4-9]|2\d) days/);
    // Each flag with the engine's reason on one line: Lena has no goals yet.
    expect(await row('Lena Vogel').textContent()).toContain('No function or mobility goal is set');
    await page.getByText('What the columns mean').click();
    await page.getByText(/Days of clear relief after each of the last sessions/).waitFor();
    await checks.axe('the caseload');
    await page.screenshot({ path: `${SHOTS}/caseload.png`, fullPage: true });
    await page.getByLabel('Filter by flag').selectOption('today');
    await expect.poll(async () => (await page.locator('table.caseload tbody tr th').allTextContents()).sort()).toEqual(['Bea Lund', 'Grace Holm', 'Maria Santos']);
    await page.getByLabel('Filter by flag').selectOption('all');

    // Maria's page: her check-ins with the note marked new.
    await row('Maria Santos').getByRole('link', { name: 'Maria Santos' }).click();
    const checkIns = page.getByRole('region', { name: 'Check-ins' });
    await checkIns.getByText(note).waitFor();
    expect(await checkIns.locator('tr.unread').textContent()).toContain('New');

    // The timeline: the axis has years and ends today; each phase once in the legend.
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const ticks = await page.locator('figure.timeline svg.chart > text').allTextContents();
    expect(ticks.some((t) => /\d{1,2} [A-Z][a-z]{2} \d{4}/.test(t))).toBe(true);
    expect(ticks.at(-1)).toBe('today');
    const legend = await page.locator('ul.legend li').allTextContents();
    expect(new Set(legend).size).toBe(legend.length);
    // By pointer: a day's values appear.
    const chart = page.locator('figure.timeline svg.chart');
    // The page is long: the pointer reaches the chart only once it is in view.
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('no timeline on the page');
    await page.mouse.move(box.x + box.width * 0.6, box.y + 60);
    await page.locator('.timeline-readout li.readout-day').waitFor();
    expect(await page.locator('.timeline-readout').textContent()).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}.*Phase: /);
    // By keyboard: focus the chart, End goes to the last day with values, Home to the first.
    await page.mouse.move(0, 0);
    await page.locator('.timeline-plot').focus();
    await page.keyboard.press('End');
    const last = await page.locator('.timeline-readout li.readout-day').textContent();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.timeline-readout li.readout-day').textContent()).not.toBe(last);
    expect(await page.locator('.timeline-readout').textContent()).toMatch(/Walk 30 minutes without next-day pain: 3 of 10/);
    await page.keyboard.press('ArrowRight');
    await page.getByText('The timeline as tables').click();
    await page.getByRole('table', { name: /^Timeline check-ins/ }).getByText(note).waitFor();
    await checks.axe('the patient page');
    await page.screenshot({ path: `${SHOTS}/patient-page.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/patient-page-phone.png`, fullPage: true });
    await page.setViewportSize(desktop);

    // Back on the caseload the note is read: the marker is gone.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caseload' }).click();
    await row('Maria Santos').waitFor();
    await expect.poll(() => row('Maria Santos').textContent()).not.toContain('New note');
    // Grace's graduation is one step away.
    await row('Grace Holm').getByRole('link', { name: 'Graduate' }).click();
    await page.getByRole('heading', { name: 'Graduation', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mark as graduated' }).waitFor();
    await checks.axe('care decisions');
    checks.assertClean();
    await context.close();
  }, TIMEOUT);

  it('gives each role a menu of the pages it may use, and the admin an audit log to filter and page', async () => {
    // The clinician: every menu entry opens its page.
    const clinician = await signedIn(seeded.clinicianEmail);
    expect(await menu(clinician.page, 'Main')).toEqual(['Caseload', 'Patients', 'New patient', 'Clinic outcomes', 'My sessions']);
    for (const [label, heading] of [['New patient', /New patient|Register/], ['Clinic outcomes', 'Clinic outcomes'], ['Caseload', 'Caseload']] as const) {
      await clinician.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
      await clinician.page.getByRole('heading', { name: heading }).first().waitFor();
      await clinician.checks.axe(label);
    }
    clinician.checks.assertClean();
    await clinician.context.close();

    // The admin: admin pages only, each of them opens; the audit log filtered by who, action and day.
    const { context, page, checks } = await signedIn(ADMIN_EMAIL);
    const items = await menu(page, 'Admin');
    expect(items).toEqual(expect.arrayContaining(['Audit log', 'Clinic outcomes']));
    expect(items).not.toEqual(expect.arrayContaining(['Caseload']));
    expect(items).not.toContain('New patient');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Clinic outcomes' }).click();
    await page.getByRole('heading', { name: 'Guideline audit' }).waitFor();
    await checks.axe('clinic outcomes');
    await page.screenshot({ path: `${SHOTS}/outcomes.png`, fullPage: true });
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByRole('table').waitFor();
    await checks.axe('the audit log');
    // Paged: fifty at a time, older and back.
    await page.getByText(/^Page 1: 50 events/).waitFor();
    await page.getByRole('button', { name: 'Older' }).click();
    await page.getByText(/^Page 2:/).waitFor();
    await page.getByRole('button', { name: 'Newer' }).click();
    await page.getByText(/^Page 1:/).waitFor();
    // Who: the clinician; what: reads; which patient: Maria; today.
    const day = new Date().toISOString().slice(0, 10);
    await page.getByLabel('Who').selectOption({ label: 'Cleo Clinician (clinician)' });
    await page.getByLabel('Action').selectOption('read');
    await page.getByLabel('Patient').selectOption({ label: 'Maria Santos' });
    await page.getByLabel('From').fill(day);
    await page.getByLabel('To').fill(day);
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(async () => {
      const rows = await page.locator('tbody tr').allTextContents();
      return rows.length > 0 && rows.every((r) => r.includes('Cleo Clinician') && r.includes('Read') && r.includes('Maria Santos'));
    }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/admin-audit.png`, fullPage: true });
    // A clinician's page is not the admin's: not in the menu, and not served to them either.
    await page.goto('/caseload');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    checks.assertClean();
    await context.close();
  }, TIMEOUT);
});
