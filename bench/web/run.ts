// The web app's two budgets: initial JavaScript (gzip, goal at most 250 KB) and the time for a
// caseload of 2,000 patients to render in headless chromium (goal under 1 s). Builds dist/web, serves
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

function serveDist(body: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api/v1/auth/me') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ userId: 'u', clinicId: 'c', role: 'clinician', csrfToken: 't' }));
    } else if (path === '/api/v1/caseload') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
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
