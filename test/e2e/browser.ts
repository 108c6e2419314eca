// Debian's chromium driven by playwright-core (never a downloaded browser, stack notes §6).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PASSWORD } from './server.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Fill the web app's sign-in form on `page` (wherever it shows it) and submit. */
export async function fillSignIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A new browser context on the server, signed in through the sign-in page as a person would. */
export async function signedIn(
  browser: Browser, baseURL: string, email: string, options: { password?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, ...(options.viewport === undefined ? {} : { viewport: options.viewport }) });
  const page = await context.newPage();
  await page.goto('/');
  await fillSignIn(page, email, options.password);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return { context, page };
}
