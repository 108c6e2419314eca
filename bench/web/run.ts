// The web app's budgets: initial JavaScript (gzip, goal at most 250 KB), the time for a caseload of
// 2,000 patients to render in headless chromium (goal under 1 s), and the patient's check-in with a
// programme of five exercises on a phone-sized page: its first input usable under 1 s after load. Builds dist/web, serves
// it from a bare static server, and answers the two API calls the caseload page makes with synthetic
// data (the API's own speed is bench/api's business): so this measures the browser's work only.
// Run: npx tsx bench/web/run.ts  (needs /usr/bin/chromium)
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasChromium, launchChromium } from '../../test/e2e/browser.ts';
import { buildWeb } from '../../test/e2e/server.ts';

const DIST = 'dist/web';
const PATIENTS = 2000;
const RUNS = 5;
const phases = ['screening', 'establishing-response', 'extending-window', 'blended', 'active-dominant'];
const flags = ['red-flag', 'flare-needs-reassessment', 'plateau-no-decision', 'checkpoint-overdue', 'passive-only', 'no-goals', 'fear-avoidance'];

function caseload(n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ({
    patientId: `p${i}`, patientName: `Patient ${String(i).padStart(4, '0')}`, episodeId: `e${i}`, status: 'active', startDate: '2026-01-01',
    checkpointOverdue: i % 7 === 0,
    summary: {
      asOf: '2026-03-10', phase: phases[i % phases.length], sideStatuses: i % 11 === 0 ? ['plateau'] : [],
      flags: flags.filter((_, f) => (i + f) % 5 === 0), reliefWindowTrend: ['growing', 'stable', 'shrinking', 'unknown'][i % 4],
      nextCheckpoint: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      reliefWindows: [0, 1, 1, 2, 3, 3, 5, 7].map((d) => (d + i) % 9), goalProgress: (i % 10) / 10,
    },
  }));
}

async function initialJsGzip(): Promise<{ files: string[]; bytes: number }> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(DIST, file))).length;
  return { files, bytes };
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A patient's episode with a programme of five exercises, and the programme as GET /programme gives it. */
function patientApi(): Record<string, unknown> {
  const start = '2026-03-01';
  const ids = ['hinge-bridge', 'squat-box', 'pull-band-row', 'carry-farmer', 'walk-flat'];
  const items = ids.map((exerciseId, i) => ({ exerciseId, dose: i === 4 ? { sets: 1, minutes: 10 } : { sets: 2, reps: 10 }, daysPerWeek: 5, startDate: start }));
  const version = { id: 'v1', date: start, by: 'Dr Bench', reason: 'Start', items, episodeId: 'e', version: 1 };
  const exercise = (id: string): unknown => ({
    id, name: id.replace(/-/g, ' '), kind: 'hinge', ladder: 'hinge', step: 1, trains: 'Strength', unit: 'reps', loaded: false, startDose: { sets: 2, reps: 10 },
    topDose: { sets: 3, reps: 15 }, minutes: 5, instructions: 'Lie on your back with your knees bent. Lift your hips. Lower slowly.', cues: ['Slowly'], source: 'built-in',
  });
  const goal = { id: 'g', activity: 'Lift my grandson', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: start, ratings: [], patterns: ['hinge'], episodeId: 'e', version: 1 };
  return {
    '/api/v1/auth/me': { userId: 'u', clinicId: 'c', role: 'patient', patientId: 'p', csrfToken: 't' },
    '/api/v1/patients/p/episodes': [{ id: 'e', patientId: 'p', startDate: start, status: 'active', regions: ['low-back'], condition: 'low-back-pain', statusSince: start, version: 1 }],
    '/api/v1/episodes/e': {
      schemaVersion: 1, patient: { id: 'p', birthDate: '1970-01-01', sex: 'female', version: 1 },
      episode: { id: 'e', patientId: 'p', startDate: start, status: 'active', regions: ['low-back'], condition: 'low-back-pain', version: 1 },
      intake: { irritability: { confirmed: 'low' }, priorTreatments: [], imaging: [] }, goals: [goal], sessions: [], checkIns: [], flares: [], measures: [],
      checkpoints: [], referrals: [], ongoingCare: null, movementAssessments: [], programme: [version], clinicExercises: [],
    },
    '/api/v1/episodes/e/programme': { versions: [version], current: version, exercises: ids.map(exercise) },
  };
}

function serveDist(caseloadBody: string, routes: Record<string, unknown> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path in routes) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(routes[path]));
    } else if (path === '/api/v1/auth/me') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ userId: 'u', clinicId: 'c', role: 'clinician', csrfToken: 't' }));
    } else if (path === '/api/v1/caseload') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(caseloadBody);
    } else {
      const file = path.startsWith('/assets/') ? path : '/index.html';
      try {
        res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(join(DIST, file)));
      } catch {
        res.writeHead(404).end();
      }
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

await buildWeb();
const js = await initialJsGzip();
console.log(`initial JS: ${(js.bytes / 1024).toFixed(1)} KB gzip (${js.files.join(', ')}); goal <= 250 KB: ${js.bytes <= 250 * 1024 ? 'met' : 'NOT met'}`);

if (!hasChromium) {
  console.log('caseload render: skipped (/usr/bin/chromium is not installed)');
} else {
  const { server, url } = await serveDist(JSON.stringify(caseload(PATIENTS)));
  const browser = await launchChromium();
  const render: number[] = [];
  const total: number[] = [];
  const resort: number[] = [];
  const all: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${url}/caseload`);
      // The page shows the 200 most urgent first (the rest on request): that is the first render.
      await page.waitForFunction(`document.querySelectorAll('table.caseload tbody tr').length === 200`, undefined, { polling: 'raf', timeout: 30_000 });
      // From the caseload response's last byte to the rows on screen; and from navigation start.
      const times = await page.evaluate<{ rendered: number; responseEnd: number }>(`(() => {
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/v1/caseload'));
        return { rendered: performance.now(), responseEnd: entry ? entry.responseEnd : 0 };
      })()`);
      render.push(times.rendered - times.responseEnd);
      total.push(times.rendered);
      // Sorting all 2,000 by name, as the clinician would.
      let before = Date.now();
      await page.getByLabel('Sort by').selectOption('name');
      await page.waitForFunction(`document.querySelector('table.caseload tbody tr th')?.textContent === 'Patient 0000'`, undefined, { polling: 'raf' });
      resort.push(Date.now() - before);
      // And every row on screen at once ("Show all").
      before = Date.now();
      await page.getByRole('button', { name: /Show all/ }).click();
      await page.waitForFunction(`document.querySelectorAll('table.caseload tbody tr').length === ${PATIENTS}`, undefined, { polling: 'raf', timeout: 30_000 });
      all.push(Date.now() - before);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const r = median(render);
  console.log(`caseload of ${PATIENTS}: first 200 rows on screen ${r.toFixed(0)} ms after the data arrived (median of ${RUNS}: ${render.map((v) => v.toFixed(0)).join(', ')}); goal < 1000 ms: ${r < 1000 ? 'met' : 'NOT met'}`);
  console.log(`  from navigation start: ${median(total).toFixed(0)} ms median; re-sort all by name: ${median(resort).toFixed(0)} ms; "Show all" ${PATIENTS} rows: ${median(all).toFixed(0)} ms (medians)`);
}

if (hasChromium) {
  // The patient's check-in with five exercises, at phone size: from navigation start to the first
  // input (the pain scale) on screen and enabled, and to all five exercises of the log on screen.
  const { server, url } = await serveDist('[]', patientApi());
  const browser = await launchChromium();
  const firstInput: number[] = [];
  const afterLoad: number[] = [];
  const exercises: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${url}/check-in`);
      await page.waitForFunction(`(() => { const i = document.querySelector('input[name="painNow"]'); return i !== null && !i.disabled; })()`, undefined, { polling: 'raf', timeout: 30_000 });
      const at = await page.evaluate<{ now: number; load: number }>(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { now: performance.now(), load: nav ? nav.loadEventEnd || nav.domContentLoadedEventEnd : 0 };
      })()`);
      firstInput.push(at.now);
      afterLoad.push(at.now - at.load);
      await page.waitForFunction(`document.querySelectorAll('.exercise-log .exercise').length === 5`, undefined, { polling: 'raf', timeout: 30_000 });
      exercises.push(await page.evaluate<number>('performance.now()'));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const f = median(afterLoad);
  console.log(`check-in with 5 exercises (phone, 390x844): first input usable ${f.toFixed(0)} ms after the page's load event (median of ${RUNS}: ${afterLoad.map((v) => v.toFixed(0)).join(', ')}); goal < 1000 ms: ${f < 1000 ? 'met' : 'NOT met'}`);
  console.log(`  from navigation start: first input ${median(firstInput).toFixed(0)} ms, all five exercises on screen ${median(exercises).toFixed(0)} ms (medians)`);
}
