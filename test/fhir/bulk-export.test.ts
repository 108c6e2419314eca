// Bulk Data export as a Bulk Data client drives it (FHIR Bulk Data Access v2, issue 16), on each
// backend: kick-off with Prefer: respond-async, polling (202 with X-Progress, then the manifest),
// NDJSON files of one type each whose every line is valid R4, _type and _since, DELETE to cancel a
// running export or to end a finished one, expiry, files readable only by whoever started the
// export, and the audit rows of it all.
import type { Bundle, DocumentReference, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structureErrors } from '../../src/fhir/structure-validation.ts';
import { addCareTeamMember, createUser, editPatient, getPatient, type Actor } from '../../src/services/index.ts';
import { makeClinic, PASSWORD, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { backends } from '../support/backends.ts';
import { seedVignette } from './seed-vignette.ts';
import { loadVignettes } from './support.ts';

interface Manifest {
  transactionTime: string;
  request: string;
  requiresAccessToken: boolean;
  output: { type: string; url: string; count: number }[];
  error: unknown[];
}

async function send(api: TestApi, token: string | null, method: string, url: string, headers: Record<string, string> = {}): Promise<Response> {
  return api.app.request(url.startsWith('http') ? url : `http://clinic.test/fhir/R4${url}`, {
    method, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  });
}

const kickOffHeaders = { Prefer: 'respond-async', Accept: 'application/fhir+json' };

/** The lines of an NDJSON file, each parsed. */
async function ndjson(response: Response): Promise<Resource[]> {
  const text = await response.text();
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Resource);
}

describe.each(backends)('Bulk Data export on $name', (backend) => {
  let api: TestApi;
  let clinic: TestClinic;
  let clinician: Actor;
  let colleagueToken: string;
  const vignettes = loadVignettes().filter((v) => ['normal-flare-settles', 'referral-overlap-open', 'plateau-detected'].includes(v.name));
  // A test may hold a running export after its first batch, to see it in progress.
  let hold: Promise<void> | null = null;

  beforeAll(async () => {
    api = await startTestApi(backend, { bulk: { batchSize: 2, keepHours: 1, afterBatch: async () => { await hold; } } });
    // The clinic's clock past the vignettes' last day: no record of what has happened may lie ahead of today.
    const latest = vignettes.flatMap((v) => JSON.stringify(v.caseFile).match(/\d{4}-\d{2}-\d{2}/g) ?? []).sort().at(-1) ?? '2026-03-10';
    api.clock.now = new Date(Math.max(api.clock.now.getTime(), Date.parse(`${latest}T12:00:00Z`) + 86_400_000));
    clinic = await makeClinic(api);
    clinician = { userId: clinic.userIds.clinician, clinicId: clinic.clinicId, role: 'clinician' };
    for (const vignette of vignettes) {
      const { patientId } = await seedVignette(api.deps, clinician, vignette.caseFile, api.clock.now);
      await addCareTeamMember(api.deps, clinician, patientId, { userId: clinician.userId, discipline: 'physical therapy', lead: true }, api.clock.now);
    }
    const colleague = await createUser(api.deps, { userId: clinic.userIds.admin, clinicId: clinic.clinicId, role: 'admin' },
      { email: `colleague-${backend.name}-${Date.now()}@clinic.example`, name: 'Col League', role: 'clinician', password: PASSWORD }, api.clock.now);
    const reply = await api.app.request('/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: colleague.email, password: PASSWORD }) });
    colleagueToken = (await reply.json() as { token: string }).token;
  }, 120_000);
  afterAll(async () => { await api.close(); });

  /** Kick off, wait for the job, and read the manifest. */
  async function exportNow(query: string, token = clinic.tokens.clinician): Promise<{ status: string; manifest: Manifest }> {
    const kickOff = await send(api, token, 'GET', query, kickOffHeaders);
    expect(kickOff.status, await kickOff.clone().text()).toBe(202);
    const status = kickOff.headers.get('Content-Location') ?? '';
    expect(status).toMatch(/^http:\/\/clinic\.test\/fhir\/R4\/\$export-status\//);
    await api.bulk.idle();
    const done = await send(api, token, 'GET', status);
    expect(done.status).toBe(200);
    return { status, manifest: await done.json() as Manifest };
  }

  it('exports the whole clinic as NDJSON, one type a file, every line valid R4, for its owner only', async () => {
    const { status, manifest } = await exportNow('/$export');
    expect(manifest.requiresAccessToken).toBe(true);
    expect(manifest.request).toBe('http://clinic.test/fhir/R4/$export');
    expect(manifest.error).toEqual([]);
    const types = manifest.output.map((o) => o.type);
    expect(types).toEqual([...types].sort());
    expect(types).toEqual(expect.arrayContaining(['Patient', 'Practitioner', 'Observation', 'Encounter', 'Goal', 'CarePlan', 'QuestionnaireResponse']));
    const patients = new Set<string>();
    for (const file of manifest.output) {
      const response = await send(api, clinic.tokens.clinician, 'GET', file.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('application/fhir+ndjson');
      const lines = await ndjson(response);
      expect(lines).toHaveLength(file.count);
      expect(new Set(lines.map((r) => `${r.resourceType}/${r.id ?? ''}`)).size, `${file.type}: each resource once`).toBe(lines.length);
      for (const resource of lines) {
        expect(resource.resourceType).toBe(file.type);
        expect(structureErrors(resource), `${file.type}/${resource.id ?? ''}`).toEqual([]);
        if (resource.resourceType === 'Patient') patients.add(resource.id ?? '');
      }
      // Nobody else reads the files: not a colleague of the clinic, not anonymously.
      expect((await send(api, colleagueToken, 'GET', file.url)).status).toBe(404);
      expect((await send(api, null, 'GET', file.url)).status).toBe(401);
    }
    expect(patients.size).toBe(2 + vignettes.length);
    expect(patients.has(clinic.patientId)).toBe(true);
    expect((await send(api, colleagueToken, 'GET', status)).status).toBe(404);
    // The kick-off, every patient read and every file read are in the audit log.
    const audit = await api.store.transaction((tx) => tx.clinic(clinic.clinicId).audit.list({ limit: 200 }));
    expect(audit.filter((e) => e.recordType === 'bulk-export')).toHaveLength(1);
    expect(new Set(audit.filter((e) => e.recordType === 'patient-history').map((e) => e.patientId))).toEqual(patients);
    expect(audit.filter((e) => e.recordType === 'bulk-export-file')).toHaveLength(manifest.output.length);
  });

  it('keeps to _type, and to the patients changed _since', async () => {
    const { manifest } = await exportNow('/Patient/$export?_type=Patient,Goal');
    expect(manifest.output.map((o) => o.type)).toEqual(['Goal', 'Patient']);
    // Later, one patient's name is corrected: an export _since before that holds only them.
    api.clock.now = new Date(api.clock.now.getTime() + 3_600_000);
    const since = new Date(api.clock.now.getTime() - 1000).toISOString();
    const patient = await getPatient(api.deps, clinician, clinic.otherPatientId, api.clock.now);
    await editPatient(api.deps, clinician, clinic.otherPatientId, { name: 'Olly Renamed', birthDate: patient.birthDate, sex: patient.sex, version: patient.version }, api.clock.now);
    const changed = await exportNow(`/Patient/$export?_since=${encodeURIComponent(since)}`);
    const file = changed.manifest.output.find((o) => o.type === 'Patient');
    const lines = await ndjson(await send(api, clinic.tokens.clinician, 'GET', file?.url ?? ''));
    expect(lines.map((p) => p.id)).toEqual([clinic.otherPatientId]);
    expect(changed.manifest.output.some((o) => o.type === 'Practitioner')).toBe(false);
  });

  it('shows progress while running, cancels on DELETE, and ends a finished export on DELETE', async () => {
    // First the export is held after its first batch of two patients.
    let release = (): void => undefined;
    hold = new Promise((resolve) => { release = resolve; });
    const kickOff = await send(api, clinic.tokens.clinician, 'GET', '/$export', kickOffHeaders);
    const status = kickOff.headers.get('Content-Location') ?? '';
    let polled = await send(api, clinic.tokens.clinician, 'GET', status);
    for (let i = 0; i < 50 && polled.headers.get('X-Progress')?.startsWith('2 of') !== true; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      polled = await send(api, clinic.tokens.clinician, 'GET', status);
    }
    expect(polled.status).toBe(202);
    expect(polled.headers.get('X-Progress')).toBe(`2 of ${2 + vignettes.length} patients`);
    expect(polled.headers.get('Retry-After')).toBeTruthy();
    // A second export of the same clinic waits its turn.
    expect((await send(api, clinic.tokens.clinician, 'GET', '/$export', kickOffHeaders)).status).toBe(429);
    expect((await send(api, clinic.tokens.clinician, 'DELETE', status)).status).toBe(202);
    hold = null;
    release();
    await api.bulk.idle();
    expect((await send(api, clinic.tokens.clinician, 'GET', status)).status).toBe(404);
    // A finished export ended by DELETE loses its files at once.
    const { status: finished, manifest } = await exportNow('/$export?_type=Patient');
    expect((await send(api, clinic.tokens.clinician, 'DELETE', finished)).status).toBe(202);
    expect((await send(api, clinic.tokens.clinician, 'GET', manifest.output[0]?.url ?? '')).status).toBe(404);
    expect((await send(api, clinic.tokens.clinician, 'DELETE', finished)).status).toBe(404);
  });

  it('expires files after the setting, and refuses what it cannot honour', async () => {
    const { status, manifest } = await exportNow('/$export?_type=Patient&_outputFormat=application/fhir%2Bndjson');
    api.clock.now = new Date(api.clock.now.getTime() + 61 * 60_000);
    await api.bulk.sweep();
    expect((await send(api, clinic.tokens.clinician, 'GET', status)).status).toBe(404);
    expect((await send(api, clinic.tokens.clinician, 'GET', manifest.output[0]?.url ?? '')).status).toBe(404);
    // No Prefer: respond-async, an unknown type or parameter, a bad _since: 400; lenient ignores the unknown.
    expect((await send(api, clinic.tokens.clinician, 'GET', '/$export')).status).toBe(400);
    expect((await send(api, clinic.tokens.clinician, 'GET', '/$export?_type=Medication', kickOffHeaders)).status).toBe(400);
    expect((await send(api, clinic.tokens.clinician, 'GET', '/$export?_typeFilter=Observation%3Fcode%3Dx', kickOffHeaders)).status).toBe(400);
    expect((await send(api, clinic.tokens.clinician, 'GET', '/$export?_since=yesterday', kickOffHeaders)).status).toBe(400);
    expect((await send(api, clinic.tokens.clinician, 'GET', '/$export?_outputFormat=text/csv', kickOffHeaders)).status).toBe(400);
    const lenient = await send(api, clinic.tokens.clinician, 'GET', '/$export?_typeFilter=x&_type=Patient', { ...kickOffHeaders, Prefer: 'respond-async, handling=lenient' });
    expect(lenient.status).toBe(202);
    await api.bulk.idle();
    // Admins do not read clinical records, patients only their own: neither exports the clinic.
    expect((await send(api, clinic.tokens.admin, 'GET', '/$export', kickOffHeaders)).status).toBe(403);
    expect((await send(api, clinic.tokens.patient, 'GET', '/Patient/$export', kickOffHeaders)).status).toBe(403);
    // The CapabilityStatement says so.
    const statement = await (await send(api, null, 'GET', '/metadata')).json() as { rest: { operation?: { name: string }[] }[] };
    expect(statement.rest[0]?.operation?.map((o) => o.name)).toEqual(['export']);
  });

  it('links each document on the server\'s own base, as $everything does, not on the default one', async () => {
    const made = await api.app.request(`http://clinic.test/api/v1/episodes/${clinic.episodeId}/documents/progress-report.pdf`, { headers: { Authorization: `Bearer ${clinic.tokens.clinician}` } });
    expect(made.status, await made.clone().text()).toBe(200);
    const { manifest } = await exportNow('/$export?_type=DocumentReference');
    const file = manifest.output.find((o) => o.type === 'DocumentReference');
    const references = await ndjson(await send(api, clinic.tokens.clinician, 'GET', file?.url ?? '')) as DocumentReference[];
    const urls = references.map((r) => r.content[0]?.attachment.url ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^http:\/\/clinic\.test\/api\/v1\/documents\//);
    const everything = await (await send(api, clinic.tokens.clinician, 'GET', `/Patient/${clinic.patientId}/$everything`)).json() as Bundle;
    const listed = (everything.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'DocumentReference' ? [e.resource.content[0]?.attachment.url] : []));
    expect(urls).toEqual(expect.arrayContaining(listed));
  });
});
