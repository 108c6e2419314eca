// A SMART app for the browser tests, written as any third-party app would be: static pages on their
// own origin that use the SMART project's JavaScript client (fhirclient, loaded from its browser
// build) for a standalone launch (/standalone.html), an EHR launch (/launch.html, opened with iss and
// launch by Threshold's patient page) and the page it is sent back to (/app.html), which reads the
// patient, the user and the patient's Observations and shows what it found as JSON in #result.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SmartApp {
  origin: string;
  redirectUri: string;
  launchUrl: string;
  /** The client id the clinic's admin got when registering the app. */
  setClientId: (clientId: string) => void;
  stop: () => Promise<void>;
}

const page = (script: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pain diary viewer</title>
<script src="/fhir-client.js"></script></head><body><main><h1>Pain diary viewer</h1><pre id="result"></pre></main><script>${script}</script></body></html>`;

const authorize = (clientId: string, scope: string, iss?: string): string => page(
  `FHIR.oauth2.authorize(${JSON.stringify({ clientId, scope, redirectUri: '/app.html', ...(iss === undefined ? {} : { iss }) })});`,
);

// What the app shows: enough for the test to check the launch context, the user and the data.
const READ = `
const show = (value) => { document.getElementById('result').textContent = JSON.stringify(value); };
FHIR.oauth2.ready().then(async (client) => {
  window.smartClient = client;
  const patient = await client.patient.read();
  const user = await client.user.read();
  const observations = await client.request('Observation?patient=' + client.patient.id + '&_count=1000');
  show({
    patientId: client.patient.id, patientName: (patient.name || [])[0]?.text ?? null,
    fhirUser: client.user.fhirUser, userType: user.resourceType,
    total: observations.total, codes: [...new Set((observations.entry || []).map((e) => e.resource.code.coding[0].code))],
    subjects: [...new Set((observations.entry || []).map((e) => e.resource.subject.reference))],
    scope: client.state.tokenResponse.scope,
  });
}).catch((error) => show({ error: String(error && error.message || error) }));`;

export async function startSmartApp(fhirBase: string): Promise<SmartApp> {
  const library = await readFile('node_modules/fhirclient/build/fhir-client.js');
  let clientId = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app').pathname;
    const send = (type: string, body: string | Buffer): void => { res.writeHead(200, { 'Content-Type': type }); res.end(body); };
    if (path === '/fhir-client.js') return send('text/javascript', library);
    if (path === '/standalone.html') return send('text/html', authorize(clientId, 'launch/patient openid fhirUser patient/*.rs', fhirBase));
    if (path === '/launch.html') return send('text/html', authorize(clientId, 'launch openid fhirUser patient/*.rs'));
    if (path === '/app.html') return send('text/html', page(READ));
    res.writeHead(404);
    res.end();
  });
  // Every loopback address (localhost may be ::1 or 127.0.0.1 to the browser).
  await new Promise<void>((resolve) => server.listen(0, resolve));
  // localhost, not 127.0.0.1: the app is another site than Threshold, as a real app would be.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin, redirectUri: `${origin}/app.html`, launchUrl: `${origin}/launch.html`,
    setClientId: (id) => { clientId = id; },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
