// What every browser test file shares: one built web app, one seeded `threshold serve` and one
// chromium for the whole file (each is seconds to start), and a signed-in page that records its
// console errors from the moment it is signed in.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { seed, type Seeded } from './seed.ts';
import { buildWeb, startServer, type RunningServer } from './server.ts';
import { signInAs, type SignedInPage as SignedIn } from './sign-in.ts';

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

/** A page signed in through the form (sign-in.ts: its checks), with every console and page error since sign-in. */
export interface SignedInPage extends SignedIn {
  errors: string[];
}

// The service worker is blocked: these tests cut the connection and intercept requests, which a
// worker would bypass (patient-app.test.ts tests the worker).
export async function signedIn(suite: BrowserSuite, email: string, viewport: { width: number; height: number }): Promise<SignedInPage> {
  const signed = await signInAs(suite.browser, email, { viewport, baseURL: suite.server.url, serviceWorkers: 'block' });
  const errors: string[] = [];
  signed.page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  signed.page.on('pageerror', (error) => errors.push(error.message));
  return { ...signed, errors };
}
