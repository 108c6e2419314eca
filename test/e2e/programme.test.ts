// The active phase end to end (spec §4b), in a real `threshold serve` driven by chromium: a
// clinician rates the movement patterns, builds a programme on the programme page (search by pattern
// and by words, set a dose, save with a reason); the patient, on a phone-sized screen, reads My
// programme and logs today's exercises in the check-in, once online and once offline (kept on the
// phone with its key and sent once when back online); the clinician then sees the log and the
// engine's advice. Screenshots go to docs/screenshots with THRESHOLD_SCREENSHOTS (see web.test.ts).
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, signedIn as signedInPage } from './browser.ts';
import { completedAnswers } from '../support/screens.ts';
import { ADMIN_EMAIL, buildWeb, PASSWORD, startServer, type RunningServer } from './server.ts';

const SHOTS = process.env.THRESHOLD_SCREENSHOTS ?? join(tmpdir(), 'threshold-screenshots');
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const TIMEOUT = 120_000;
const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Seeded { clinician: string; patientEmail: string; patientId: string; episodeId: string }

async function seed(server: RunningServer): Promise<Seeded> {
  const admin = await server.signIn(ADMIN_EMAIL);
  await server.call(admin, 'POST', '/users', { email: 'pia@e2e.example', name: 'Pia Physio', role: 'clinician', password: PASSWORD, discipline: 'physical therapy' });
  const clinician = await server.signIn('pia@e2e.example');
  const patient = await server.call<{ id: string }>(clinician, 'POST', '/patients', { name: 'Rosa Lind', birthDate: '1968-09-12', sex: 'female' });
  const patientEmail = 'rosa@e2e.example';
  await server.call(admin, 'POST', '/users', { email: patientEmail, name: 'Rosa Lind', role: 'patient', password: PASSWORD, patientId: patient.id });
  const opened = await server.call<{ episode: { id: string; version: number } }>(clinician, 'POST', `/patients/${patient.id}/episodes`, { startDate: day(-21), regions: ['low-back'], condition: 'low-back-pain' });
  const episodeId = opened.episode.id;
  await server.call(clinician, 'POST', `/episodes/${episodeId}/goals`, { activity: 'Lift my grandson from the floor', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: day(-21), patterns: ['hinge', 'carry'] });
  await server.call(clinician, 'PUT', `/episodes/${episodeId}/intake`, {
    version: opened.episode.version, completedOn: day(-21), redFlags: { date: day(-21), answers: completedAnswers([], ['low-back']) }, irritability: { confirmed: 'low', confirmedOn: day(-21) },
  });
  await server.call(clinician, 'POST', `/episodes/${episodeId}/sessions`, { date: day(-21), modalities: [{ modality: 'manual-therapy', minutes: 20 }, { modality: 'corrective-exercise', minutes: 20 }] });
  // A programme since ten days ago and its log: the goblet squat in the band every day (due a step
  // up); the farmer carry past the band on two days (due a step back).
  await server.call(clinician, 'POST', `/episodes/${episodeId}/programme`, { date: day(-10), reason: 'Squat and carry to start.', basedOn: 0, items: [
    { exerciseId: 'squat-goblet', dose: { sets: 3, reps: 8, loadKg: 8 }, daysPerWeek: 7, startDate: day(-10) },
    { exerciseId: 'carry-farmer', dose: { sets: 3, metres: 20, loadKg: 6 }, daysPerWeek: 3, startDate: day(-10) },
  ] });
  for (let n = -9; n <= -1; n += 1) {
    const carried = n % 2 === 0;
    await server.call(clinician, 'POST', `/episodes/${episodeId}/check-ins`, {
      date: day(n), painNow: 3,
      exercises: [{ exerciseId: 'squat-goblet', done: 'yes', painDuring: 2 }, { exerciseId: 'carry-farmer', done: carried ? 'yes' : 'no', ...(carried ? { painDuring: n >= -4 ? 7 : 3 } : {}) }],
    }, { 'Idempotency-Key': `seed-log-${n + 100}` });
  }
  return { clinician, patientEmail, patientId: patient.id, episodeId };
}

if (!hasChromium) console.warn('test/e2e/programme.test.ts skipped: /usr/bin/chromium is not installed');

describe.skipIf(!hasChromium)('the programme in chromium', () => {
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

  const signedIn = (email: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> =>
    signedInPage(browser, server.url, email, { viewport });

  it('a clinician rates the patterns and builds a programme; the patient logs it from a phone, online and offline', async () => {
    // First the clinician rates two patterns at the movement assessment.
    const clinic = await signedIn('pia@e2e.example', desktop);
    let page = clinic.page;
    await page.goto(`/episodes/${seeded.episodeId}/movement`);
    await page.getByRole('heading', { name: /Movement assessment/ }).waitFor();
    const hinge = page.getByRole('group', { name: 'Hinge' });
    await hinge.getByLabel('Quality').selectOption('2');
    await hinge.getByLabel('Pain during (0-10)').fill('3');
    await hinge.getByLabel('Reps').fill('8');
    const carry = page.getByRole('group', { name: 'Carry' });
    await carry.getByLabel('Quality').selectOption('1');
    await carry.getByLabel('Pain during (0-10)').fill('4');
    await carry.getByLabel('kg').fill('5');
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByRole('table').getByText('quality 2').waitFor();
    await page.screenshot({ path: `${SHOTS}/movement.png`, fullPage: true });

    // Then the programme: the engine advises a step up for the squat and a step back for the carry;
    // the clinician takes both, and adds the bridge (found by the goal's patterns) and a walk (by words).
    await page.goto(`/episodes/${seeded.episodeId}/programme`);
    await page.getByRole('heading', { name: 'Add from the library' }).waitFor();
    const squat = page.getByRole('listitem', { name: 'Goblet squat' });
    const farmer = page.getByRole('listitem', { name: 'Farmer carry' });
    await squat.getByText('Progress', { exact: true }).waitFor();
    await farmer.getByText('Step back', { exact: true }).waitFor();
    await farmer.getByText(/Engine: step back/).click();
    await page.screenshot({ path: `${SHOTS}/programme.png`, fullPage: true });
    await squat.getByRole('button', { name: /Take the advice/ }).click();
    expect(await squat.getByLabel('Load (kg)').inputValue()).toBe('9');
    await farmer.getByRole('button', { name: /Take the advice/ }).click();
    expect(await farmer.getByLabel('Load (kg)').inputValue()).toBe('5.5');
    await page.getByLabel('For the goal').selectOption({ label: 'Lift my grandson from the floor (hinge, carry)' });
    await page.getByRole('button', { name: 'Add Bridge' }).click();
    await page.getByLabel('For the goal').selectOption('');
    await page.getByLabel('Words').fill('walk flat');
    await page.getByRole('button', { name: 'Add Walk on flat ground' }).click();
    const walk = page.getByRole('listitem', { name: 'Walk on flat ground' });
    await walk.getByLabel('Minutes').fill('8');
    // Saving without a reason is refused, with the message at the field and nothing saved.
    await page.getByRole('button', { name: 'Save programme' }).click();
    await page.locator('.field.invalid').filter({ hasText: 'Why it changes' }).waitFor();
    await page.getByLabel('Why it changes').fill('Start below tolerance: a bridge and a graded walk.');
    await page.getByRole('button', { name: 'Save programme' }).click();
    await page.getByText(/Saved: the programme from .*, version 2/).waitFor();
    await page.getByRole('heading', { name: 'Every version' }).waitFor();
    await expect.poll(() => page.locator('.versions').textContent()).toContain('by Pia Physio: Start below tolerance');
    const programme = await server.call<{ current: { items: { exerciseId: string; dose: unknown }[] } }>(seeded.clinician, 'GET', `/episodes/${seeded.episodeId}/programme`);
    expect(programme.current.items).toEqual([
      expect.objectContaining({ exerciseId: 'squat-goblet', dose: { sets: 3, reps: 8, loadKg: 9 } }),
      expect.objectContaining({ exerciseId: 'carry-farmer', dose: { sets: 3, metres: 20, loadKg: 5.5 } }),
      expect.objectContaining({ exerciseId: 'hinge-bridge', dose: { sets: 2, reps: 10 } }),
      expect.objectContaining({ exerciseId: 'walk-flat', dose: { sets: 1, minutes: 8 } }),
    ]);

    // The patient, on a phone: My programme, then today's exercises in the check-in.
    const mobile = await signedIn(seeded.patientEmail, phone);
    page = mobile.page;
    await page.getByRole('link', { name: 'My programme' }).click();
    await page.getByRole('heading', { name: 'Bridge' }).waitFor();
    await page.getByText('2 sets of 10, 5 days a week').waitFor();
    await page.screenshot({ path: `${SHOTS}/my-programme-phone.png`, fullPage: true });
    await page.getByRole('link', { name: 'Check-in' }).click();
    await page.getByRole('heading', { name: "Today's exercises" }).waitFor();
    const countLogs = async (): Promise<number> => (await server.call<{ exercises: unknown[] }[]>(seeded.clinician, 'GET', `/episodes/${seeded.episodeId}/check-ins`))
      .reduce((n, c) => n + c.exercises.length, 0);
    const fill = async (pain: string): Promise<void> => {
      await page.getByRole('group', { name: /Pain right now/ }).getByText(pain, { exact: true }).click();
      for (const name of ['Goblet squat', 'Farmer carry', 'Bridge', 'Walk on flat ground']) {
        const block = page.locator('.exercise').filter({ has: page.getByRole('heading', { name }) });
        await block.getByRole('group', { name: 'Done today?' }).getByText('Yes', { exact: true }).click();
        await block.getByRole('group', { name: /Pain during it/ }).getByText('2', { exact: true }).click();
      }
    };
    await fill('3');
    await page.screenshot({ path: `${SHOTS}/check-in-exercises-phone.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Your check-in is saved').waitFor();
    expect(await countLogs()).toBe(18 + 4);

    // Offline: kept on the phone with its key, sent once when the connection is back.
    await page.getByRole('button', { name: 'Another check-in' }).click();
    await mobile.context.setOffline(true);
    await fill('2');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('kept on this phone').waitFor();
    expect(await countLogs()).toBe(22);
    await mobile.context.setOffline(false);
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    await expect.poll(countLogs, { timeout: 15_000 }).toBe(26);
    await page.getByText('waiting to be sent').waitFor({ state: 'detached' });
    await mobile.context.close();

    // Back at the clinic: the engine reads the log (one day's sessions: hold, never on one day's evidence).
    page = clinic.page;
    await page.goto(`/episodes/${seeded.episodeId}/programme`);
    const bridge = page.getByRole('listitem', { name: 'Bridge' });
    await bridge.getByText('Hold', { exact: true }).waitFor();
    await bridge.getByText(/Engine: hold/).click();
    await bridge.getByText(/a step up needs at least 2, never one day's evidence/).waitFor();
    await page.goto(`/patients/${seeded.patientId}`);
    await page.getByRole('heading', { name: 'Movement patterns' }).waitFor();
    await page.getByRole('heading', { name: 'Exercise programme' }).waitFor();
    await clinic.context.close();
  }, TIMEOUT);
});
