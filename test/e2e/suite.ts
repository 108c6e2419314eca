// What every browser test file shares: one built web app, one seeded `threshold serve` and one
// chromium for the whole file (each is seconds to start), and a signed-in page that records its
// console errors from the moment it is signed in.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { seed, type Seeded } from './seed.ts';
import { buildWeb, PASSWORD, startServer, type RunningServer } from './server.ts';

export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
  seeded: Seeded;
}

/** Register the file's hooks; the fields are there once its beforeAll has run. */
export function useBrowserSuite(prepare: () => Promise<void> = async () => undefined): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    await buildWeb();
    suite.server = await startServer();
    suite.seeded = await seed(suite.server);
    suite.browser = await launchChromium();
    await prepare();
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions since sign-in. */
  errors: string[];
}

export async function signedIn(suite: BrowserSuite, email: string, viewport: { width: number; height: number }): Promise<SignedInPage> {
  const context = await suite.browser.newContext({ viewport, baseURL: suite.server.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  // Signed out, the app's first question (GET /auth/me) is answered 401: that is how it learns to show sign-in.
  errors.length = 0;
  return { context, page, errors };
}
