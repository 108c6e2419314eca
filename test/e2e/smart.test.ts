// SMART App Launch in the browser (issue 16), with the SMART project's own client library
// (fhirclient) in a third-party app on another site: the clinic's admin registers the app on the
// Apps page; a patient starts it on its own (standalone launch), signs in to Threshold on the consent
// screen and allows it; a clinician opens it from the patient page's Launch app menu (EHR launch).
// Each time the app reads the patient, the user (fhirUser) and the patient's Observations, exactly
// what the API shows for that patient, and nothing of anyone else.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSignIn, hasChromium, launchChromium, signedIn as signedInContext } from './browser.ts';
import { seed, type Seeded } from './seed.ts';
import { ADMIN_EMAIL, buildWeb, startServer, type RunningServer } from './server.ts';
import { startSmartApp, type SmartApp } from './smart-app.ts';

const TIMEOUT = 90_000;

interface AppResult {
  error?: string;
  patientId: string;
  patientName: string | null;
  fhirUser: string;
  userType: string;
  total: number;
  codes: string[];
  subjects: string[];
  scope: string;
}

if (!hasChromium) console.warn('test/e2e/smart.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describe.skipIf(!hasChromium)('SMART apps in chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Seeded;
  let app: SmartApp;
  let fhirBase: string;
  let otherPatientId: string;

  beforeAll(async () => {
    await buildWeb();
    server = await startServer();
    seeded = await seed(server);
    fhirBase = `${server.url}/fhir/R4`;
    app = await startSmartApp(fhirBase);
    browser = await launchChromium();
    const patients = await server.call<{ id: string }[]>(seeded.clinicianToken, 'GET', '/patients');
    otherPatientId = patients.map((p) => p.id).find((id) => id !== seeded.patient.patientId) ?? '';
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await server?.stop();
  });

  const signedIn = (email: string): Promise<{ context: BrowserContext; page: Page }> => signedInContext(browser, server.url, email);

  /** What the app showed once fhirclient finished the launch and read the data. */
  async function appResult(page: Page): Promise<AppResult> {
    await page.waitForURL(`${app.origin}/app.html**`);
    await expect.poll(async () => page.locator('#result').textContent(), { timeout: 30_000 }).not.toBe('');
    const result = JSON.parse(await page.locator('#result').textContent() ?? '{}') as AppResult;
    expect(result.error).toBeUndefined();
    return result;
  }

  /** The patient's Observations as the clinician reads them over FHIR: what the app must see. */
  async function observationCount(patientId: string): Promise<number> {
    const response = await fetch(`${fhirBase}/Observation?patient=${patientId}&_summary=count`, { headers: { Authorization: `Bearer ${seeded.clinicianToken}` } });
    return (await response.json() as { total: number }).total;
  }

  it('the admin registers the app on the Apps page', async () => {
    const { context, page } = await signedIn(ADMIN_EMAIL);
    await page.getByRole('link', { name: 'Apps' }).click();
    await page.getByRole('heading', { name: 'Apps', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Pain diary viewer');
    // A bad URI first: the API's message appears under the field, and nothing is registered.
    await page.getByLabel('Redirect URIs').fill('ftp://nowhere.example/app');
    await page.getByRole('button', { name: 'Register app' }).click();
    await expect.poll(() => page.locator('.field-error').first().textContent()).toMatch(/https/);
    expect(await page.getByLabel('Redirect URIs').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Redirect URIs').fill(app.redirectUri);
    await page.getByLabel('Launch URL').fill(app.launchUrl);
    await page.getByRole('checkbox', { name: /launch\/patient/ }).check();
    await page.getByRole('button', { name: 'Register app' }).click();
    const row = page.getByRole('row', { name: /Pain diary viewer/ });
    await row.waitFor();
    const clientId = (await row.locator('code').textContent()) ?? '';
    expect(clientId).not.toBe('');
    const registered = await server.call<{ id: string; scopes: string[] }[]>(seeded.adminToken, 'GET', '/apps');
    expect(registered).toEqual([expect.objectContaining({ id: clientId, redirectUris: [app.redirectUri], launchUrl: app.launchUrl })]);
    expect(registered[0]?.scopes.sort()).toEqual(['fhirUser', 'launch', 'launch/patient', 'openid', 'patient/*.rs']);
    app.setClientId(clientId);
    await context.close();
  }, TIMEOUT);

  it('a patient starts the app on its own, signs in on the consent screen, allows it, and the app reads only their Observations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.origin}/standalone.html`);
    // fhirclient sent the browser to Threshold's authorization server, which asks who is there.
    await page.waitForURL(`${server.url}/oauth/interaction/**`);
    await fillSignIn(page, seeded.patient.email);
    await page.getByRole('heading', { name: 'Allow Pain diary viewer?' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('read this patient\'s record (read only)');
    await page.getByRole('button', { name: 'Allow' }).click();

    const result = await appResult(page);
    expect(result.patientId).toBe(seeded.patient.patientId);
    expect(result.patientName).toBe('Maria Santos');
    expect(result.fhirUser).toBe(`Patient/${seeded.patient.patientId}`);
    expect(result.userType).toBe('Patient');
    expect(result.total).toBe(await observationCount(seeded.patient.patientId));
    expect(result.total).toBeGreaterThan(0);
    expect(result.codes).toContain('72514-3');
    expect(result.subjects).toEqual([`Patient/${seeded.patient.patientId}`]);
    expect(result.scope.split(' ').sort()).toEqual(['fhirUser', 'launch/patient', 'openid', 'patient/*.rs']);
    // The same token, asked for another patient of the clinic: not found.
    const other = await page.evaluate<string>(`window.smartClient.request('Patient/${otherPatientId}').then(() => 'read', (e) => String(e.status ?? e.message))`);
    expect(other).toBe('404');
    await context.close();
  }, TIMEOUT);

  it('a clinician opens the app from the patient page (EHR launch) and it reads that patient as the clinician, audited as the app', async () => {
    const { context, page } = await signedIn(seeded.clinicianEmail);
    await page.goto(`/patients/${seeded.patient.patientId}`);
    await page.getByText('Launch app').click();
    await page.getByRole('button', { name: 'Pain diary viewer' }).click();

    const result = await appResult(page);
    expect(result.patientId).toBe(seeded.patient.patientId);
    expect(result.userType).toBe('Practitioner');
    expect(result.fhirUser).toMatch(/^Practitioner\//);
    expect(result.total).toBe(await observationCount(seeded.patient.patientId));

    const audit = await server.call<{ appId?: string; actorRole: string; recordType: string }[]>(seeded.adminToken, 'GET', `/audit-events?patientId=${seeded.patient.patientId}&limit=100`);
    const byApp = audit.filter((e) => e.appId !== undefined);
    expect(new Set(byApp.map((e) => e.actorRole))).toEqual(new Set(['patient', 'clinician']));
    // The reads and the token as the app and its user; the allowing itself as the user, naming the app.
    expect(byApp.map((e) => e.recordType)).toEqual(expect.arrayContaining(['app-token', 'patient-history']));
    expect(audit.filter((e) => e.recordType === 'app-authorization').map((e) => e.actorRole).sort()).toEqual(['clinician', 'patient']);
    await context.close();
  }, TIMEOUT);
});
