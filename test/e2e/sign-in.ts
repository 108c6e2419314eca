// Signing in through the web app's own form, as a person does, in a fresh browser context whose page is
// watched for console errors, page errors (and checked with axe-core on request: page-checks.ts).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { watchPage, type PageChecks } from './page-checks.ts';
import { PASSWORD } from './server.ts';

// Asking whether anyone is signed in answers 401 on the sign-in page; the browser logs it.
const SIGNED_OUT_CHECK = /status of 401.*\/api\/v1\/auth\/me/;

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
  checks: PageChecks;
}

export async function signInAs(browser: Browser, email: string, options: BrowserContextOptions): Promise<SignedInPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const checks = watchPage(page);
  checks.allow(SIGNED_OUT_CHECK);
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return { context, page, checks };
}
