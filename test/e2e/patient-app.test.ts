// The patient's side as a phone would use it (issue 18, items 6, 7 and 8), against a real
// `threshold serve` behind a proxy whose connection can be cut: the app installs (manifest, service
// worker), opens offline from a cold start on each of the patient's pages, keeps a check-in made
// offline and says so, then sends it when the server is back and says that instead. My progress shows
// the latest entry beside the level the bar shows. A graduated patient is told so and gets the flare
// plan and a monthly check-in without the session question. No console error, no page error, and no
// serious accessibility violation on any page.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { watchPage } from './page-checks.ts';
import { seed, type Seeded } from './seed.ts';
import { seedCase } from './seed-case.ts';
import { buildWeb, PASSWORD, startServer, type RunningServer } from './server.ts';
import { startProxy, type SwitchableProxy } from './switchable-proxy.ts';
import { signInAs, type SignedInPage } from './sign-in.ts';

const SHOTS = process.env.THRESHOLD_SCREENSHOTS ?? join(tmpdir(), 'threshold-screenshots');
const phone = { width: 390, height: 844 };
const TIMEOUT = 120_000;

describe.skipIf(!hasChromium)('the patient app on a phone', () => {
  let server: RunningServer;
  let proxy: SwitchableProxy;
  let browser: Browser;
  let seeded: Seeded;
  const graduatedEmail = 'gus@e2e.example';

  beforeAll(async () => {
    await buildWeb();
    server = await startServer();
    seeded = await seed(server);
    // A patient whose goals were reached and held, graduated by the clinician.
    const grad = await seedCase(server, seeded.clinicianToken, 'graduation-goals-held.json', 'Gus Berg', 2);
    await server.call(seeded.adminToken, 'POST', '/users', { email: graduatedEmail, name: 'Gus Berg', role: 'patient', password: PASSWORD, patientId: grad.patientId });
    const file = await server.call<{ episode: Record<string, unknown> & { version: number } }>(seeded.clinicianToken, 'GET', `/episodes/${grad.episodeId}`);
    const { id: _id, patientId: _p, version, ...episode } = file.episode;
    await server.call(seeded.clinicianToken, 'PUT', `/episodes/${grad.episodeId}`, { ...episode, status: 'graduated', version });
    proxy = await startProxy(server.url);
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.stop();
  });

  const signIn = (email: string): Promise<SignedInPage> => signInAs(browser, email, { viewport: phone, baseURL: proxy.url, isMobile: true, hasTouch: true });

  const countCheckIns = async (): Promise<number> =>
    (await server.call<unknown[]>(seeded.clinicianToken, 'GET', `/episodes/${seeded.patient.episodeId}/check-ins`)).length;

  it('installs, opens each page offline from a cold start, and sends a check-in kept offline once the server is back', async () => {
    const { context, page, checks } = await signIn(seeded.patient.email);
    await page.getByRole('heading', { name: "Today's check-in" }).waitFor();
    // The menu offers the patient's pages only.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(['Check-in', 'My progress', 'My programme', 'What to expect', 'My sessions']);
    // Installable: a manifest with icons and a service worker that controls the page.
    // Polled through the debugging protocol: a predicate string would be eval'd in the page, which its CSP forbids.
    await expect.poll(() => page.evaluate<boolean>('navigator.serviceWorker.controller !== null'), { timeout: 30_000 }).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors') as { installabilityErrors: { errorId: string }[] };
    // A test's browser context is an incognito profile, which chromium never offers to install from;
    // every other criterion (manifest, icons, start URL, service worker) must hold.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await checks.axe('the check-in');

    // Online: a check-in with the walking goal at 9; my progress then shows 9 as the latest entry,
    // beside the level the bar shows, each number said for what it is.
    await page.getByRole('group', { name: /Pain right now/ }).getByText('3', { exact: true }).click();
    await page.getByRole('group', { name: /Walk 30 minutes/ }).getByText('9', { exact: true }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Your check-in is saved').waitFor();
    await page.getByRole('link', { name: 'My progress' }).click();
    const walk = page.locator('.my-goal').filter({ hasText: 'Walk 30 minutes' });
    await walk.getByText(/Your latest entry/).waitFor();
    expect(await walk.locator('dl').textContent()).toMatch(/Your latest entry9 of 10 on \d{4}-\d{2}-\d{2}Your level now[\d.]+ of 10: the middle of your entries over the last 7 days/);
    await page.getByText(/Your latest entry: 3 of 10/).waitFor();
    await checks.axe('my progress');
    await page.screenshot({ path: `${SHOTS}/progress-phone.png`, fullPage: true });
    await page.getByRole('link', { name: 'What to expect' }).click();
    await page.getByRole('heading', { name: 'My flare plan' }).waitFor();
    await page.locator('section.card').last().getByText(/bulge|degeneration|scan/i).first().waitFor();
    await checks.axe('what to expect');
    await page.screenshot({ path: `${SHOTS}/what-to-expect-phone.png`, fullPage: true });
    await page.close();

    // The server goes out of reach; the app is opened again from nothing (a new page, no form open).
    proxy.setOffline(true);
    const cold = await context.newPage();
    const coldChecks = watchPage(cold);
    coldChecks.allow(/Failed to load resource/);
    for (const [path, heading] of [['/progress', 'My progress'], ['/what-to-expect', 'What to expect'], ['/check-in', "Today's check-in"]] as const) {
      await cold.goto(path);
      await cold.getByRole('heading', { name: heading }).waitFor();
      await cold.getByRole('status').filter({ hasText: 'No connection: you see what this phone kept' }).waitFor();
    }
    await cold.getByRole('group', { name: /Walk 30 minutes/ }).waitFor();
    await coldChecks.axe('the check-in, offline');
    await cold.getByRole('group', { name: /Pain right now/ }).getByText('5', { exact: true }).click();
    await cold.getByLabel('Anything else? (optional)').fill('Sore after the long drive.');
    const before = await countCheckIns();
    await cold.getByRole('button', { name: 'Save check-in' }).click();
    await cold.getByText('Your check-in is kept on this phone').waitFor();
    await cold.getByText('1 check-in waiting to be sent').waitFor();
    await cold.screenshot({ path: `${SHOTS}/check-in-offline-phone.png`, fullPage: true });
    expect(await countCheckIns()).toBe(before);

    // Back online: the patient sends it; the message follows the queue, not the moment it was made.
    proxy.setOffline(false);
    await cold.getByRole('button', { name: 'Send now' }).click();
    await cold.getByText('Your check-in has been sent').waitFor();
    await cold.getByText('waiting to be sent').waitFor({ state: 'detached' });
    expect(await countCheckIns()).toBe(before + 1);
    await cold.getByRole('status').filter({ hasText: 'No connection' }).waitFor({ state: 'detached' });
    checks.assertClean();
    coldChecks.assertClean();
    await context.close();
  }, TIMEOUT);

  it('tells a graduated patient so, with the flare plan and a monthly check-in', async () => {
    const { context, page, checks } = await signIn(graduatedEmail);
    await page.getByRole('heading', { name: 'Monthly check-in' }).waitFor();
    await page.getByText('You have graduated.').waitFor();
    await page.getByText(/A check-in once a month is enough now: the next is due on \d{4}-\d{2}-\d{2}/).waitFor();
    expect(await page.getByRole('group', { name: /Still better than before your last session/ }).count()).toBe(0);
    await page.getByRole('group', { name: /Pain right now/ }).waitFor();
    await checks.axe('the graduated check-in');
    await page.screenshot({ path: `${SHOTS}/check-in-graduated-phone.png`, fullPage: true });
    await page.getByRole('link', { name: 'your flare plan' }).click();
    await page.getByRole('heading', { name: 'My flare plan' }).waitFor();
    await page.getByRole('link', { name: 'My progress' }).click();
    await page.getByText('You have graduated: your goals were reached and held.').waitFor();
    await checks.axe('my progress, graduated');
    checks.assertClean();
    await context.close();
  }, TIMEOUT);
});
