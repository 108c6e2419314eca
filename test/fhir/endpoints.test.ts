// The FHIR R4 endpoint end to end, on each backend: a vignette entered through the services is
// read back as $everything (every resource valid R4), imported as a transaction into an empty
// clinic and exported again with the same clinical content and the same assessment; read and
// search by patient and date; the same sign-in, clinic scoping and audit as /api/v1; and a bundle
// with one bad resource is refused whole, naming it, with nothing written anywhere.
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, caseFileSchema, defaultSettings, type CaseFile } from '../../src/domain/index.ts';
import { bundleToCaseFile } from '../../src/fhir/index.ts';
import { structureErrors } from '../../src/fhir/structure-validation.ts';
import { addCareTeamMember, type Actor } from '../../src/services/index.ts';
import { makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { backends, isolated } from '../support/backends.ts';
import { rowCounts } from '../support/row-counts.ts';
import { seedVignette } from './seed-vignette.ts';
import { loadVignettes } from './support.ts';

const vignette = loadVignettes().find((v) => v.name === 'normal-flare-settles');
if (!vignette) throw new Error('vignette normal-flare-settles is missing');

interface FhirReply { status: number; body: unknown; type: string | null }

async function fhir(api: TestApi, token: string | null, method: string, path: string, body?: unknown): Promise<FhirReply> {
  const response = await api.app.request(`http://clinic.test/fhir/R4${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/fhir+json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() as unknown, type: response.headers.get('Content-Type') };
}

const resources = (bundle: unknown): Resource[] => ((bundle as Bundle).entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
const invalid = (list: Resource[]): string[] => list.flatMap((r) => structureErrors(r).map((e) => `${r.resourceType}/${r.id ?? ''}: ${e}`));

/** The same bundle as a transaction: what POST /fhir/R4 takes. */
function asTransaction(bundle: unknown): Bundle {
  return {
    resourceType: 'Bundle', type: 'transaction',
    entry: resources(bundle).map((resource) => ({ resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id ?? ''}` } })),
  };
}

/**
 * A case file with every id replaced by its position among records of equal content, so two
 * stores' copies compare by what they say (new ids are the import's business, not content).
 */
function normalised(file: CaseFile, also: (text: string) => string = (t) => t): { file: unknown; rename: (text: string) => string } {
  const names = new Map<string, string>();
  const sortById = <R extends { id?: string | undefined }>(list: R[], kind: string): R[] => {
    const sorted = [...list].sort((a, b) => JSON.stringify({ ...a, id: 0 }).localeCompare(JSON.stringify({ ...b, id: 0 })));
    sorted.forEach((r, i) => { if (r.id !== undefined) names.set(r.id, `${kind}-${i}`); });
    return sorted;
  };
  const lists = {
    goals: sortById(file.goals, 'goal'), sessions: sortById(file.sessions, 'session'), checkIns: sortById(file.checkIns, 'check-in'),
    flares: sortById(file.flares, 'flare'), measures: sortById(file.measures, 'measure'), checkpoints: sortById(file.checkpoints, 'checkpoint'),
    referrals: sortById(file.referrals, 'referral'),
  };
  if (file.patient.id) names.set(file.patient.id, 'patient');
  if (file.episode.id) names.set(file.episode.id, 'episode');
  const rename = (text: string): string => also([...names].reduce((out, [id, name]) => out.split(`"${id}"`).join(`"${name}"`), text));
  return { file: JSON.parse(rename(JSON.stringify({ ...file, ...lists }))) as unknown, rename };
}

describe.each(backends)('FHIR R4 endpoint on $name', (backend) => {
  let api: TestApi;
  let source: TestClinic;
  let seeded: { patientId: string; episodeId: string };
  const own = isolated(backend);
  beforeAll(async () => {
    // A database of its own: the "nothing written" test counts whole tables.
    api = await startTestApi(own);
    source = await makeClinic(api);
    const clinician: Actor = { userId: source.userIds.clinician, clinicId: source.clinicId, role: 'clinician' };
    seeded = await seedVignette(api.deps, clinician, vignette.caseFile, api.clock.now);
    await addCareTeamMember(api.deps, clinician, seeded.patientId, { userId: clinician.userId, discipline: 'physical therapy', lead: true }, api.clock.now);
  }, 60_000);
  afterAll(async () => { await api.close(); await own.drop(); });

  it('serves the CapabilityStatement to anyone, as application/fhir+json', async () => {
    const reply = await fhir(api, null, 'GET', '/metadata');
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^application\/fhir\+json/);
    expect(structureErrors(reply.body as Resource)).toEqual([]);
    expect((reply.body as { rest: { resource: { type: string }[] }[] }).rest[0]?.resource.map((r) => r.type)).toContain('Observation');
  });

  it('round-trips a patient: $everything validates, imports into an empty clinic, and exports the same content and assessment', async () => {
    // First the clinician of the source clinic reads the patient's whole record.
    const everything = await fhir(api, source.tokens.clinician, 'GET', `/Patient/${seeded.patientId}/$everything`);
    expect(everything.status).toBe(200);
    expect((everything.body as Bundle).type).toBe('searchset');
    expect(invalid(resources(everything.body))).toEqual([]);
    expect(new Set(resources(everything.body).map((r) => r.resourceType))).toEqual(new Set([
      'Patient', 'Practitioner', 'CareTeam', 'EpisodeOfCare', 'Condition', 'Observation', 'Encounter', 'Procedure', 'QuestionnaireResponse',
      'Goal', 'CarePlan', 'ClinicalImpression', ...(resources(everything.body).some((r) => r.resourceType === 'Flag') ? ['Flag'] : []),
    ]));
    // Then a clinician of a new clinic imports it as a transaction.
    const target = await makeClinic(api);
    const imported = await fhir(api, target.tokens.clinician, 'POST', '', asTransaction(everything.body));
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const locations = ((imported.body as Bundle).entry ?? []).map((e) => e.response?.location).filter((l) => l !== undefined);
    const newPatient = locations.find((l) => l.startsWith('Patient/'))?.slice('Patient/'.length) ?? '';
    expect(newPatient).not.toBe(seeded.patientId);
    // The source clinic cannot see the copy, and the target cannot see the original.
    expect((await fhir(api, source.tokens.clinician, 'GET', `/Patient/${newPatient}/$everything`)).status).toBe(404);
    expect((await fhir(api, target.tokens.clinician, 'GET', `/Patient/${seeded.patientId}/$everything`)).status).toBe(404);
    // Exported again from the new clinic: every resource valid, the same records and assessment.
    const again = await fhir(api, target.tokens.clinician, 'GET', `/Patient/${newPatient}/$everything`);
    expect(invalid(resources(again.body))).toEqual([]);
    const before = normalised(bundleToCaseFile(everything.body));
    // A checkpoint keeps its assessment as it was, naming the source's ids: those map as the source's.
    const after = normalised(bundleToCaseFile(again.body), before.rename);
    expect(after.file).toEqual(before.file);
    // The engine reads the records in list order (the store lists them by id, which the import
    // renews), so both are assessed with their lists in the same, content-sorted order.
    const assessed = (file: unknown): unknown => assess(caseFileSchema.parse(file), vignette.asOf, defaultSettings);
    expect(assessed(after.file)).toEqual(assessed(before.file));
  });

  it('reads one resource and searches by patient and date', async () => {
    const token = source.tokens.clinician;
    const all = await fhir(api, token, 'GET', `/Encounter?patient=${seeded.patientId}`);
    expect(all.status).toBe(200);
    const encounters = resources(all.body);
    // The intake and one per session.
    expect(encounters).toHaveLength(vignette.caseFile.sessions.length + 1);
    const dayOf = (r: Resource): string => ((r as { period?: { start?: string } }).period?.start ?? '').slice(0, 10);
    const days = vignette.caseFile.sessions.map((s) => s.date.slice(0, 10)).sort();
    const [from, to] = [days[1] ?? '', days[days.length - 2] ?? ''];
    const window = await fhir(api, token, 'GET', `/Encounter?patient=Patient/${seeded.patientId}&date=ge${from}&date=le${to}`);
    const expected = encounters.filter((r) => dayOf(r) >= from && dayOf(r) <= to).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(encounters.length);
    expect(resources(window.body).map((r) => r.id)).toEqual(expected);
    const first = encounters[0];
    const read = await fhir(api, token, 'GET', `/Encounter/${first?.id ?? ''}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(first);
    expect((await fhir(api, token, 'GET', `/Patient/${seeded.patientId}`)).status).toBe(200);
    // A parameter the CapabilityStatement does not list is ignored (search.test.ts has the rest); a
    // clinic-wide scan and a prefix the endpoint cannot honour are refused.
    const ignored = await fhir(api, token, 'GET', `/Encounter?patient=${seeded.patientId}&code=x`);
    expect(resources(ignored.body).filter((r) => r.resourceType === 'Encounter')).toHaveLength(encounters.length);
    expect((await fhir(api, token, 'GET', '/Encounter')).status).toBe(400);
    expect((await fhir(api, token, 'GET', `/Encounter?patient=${seeded.patientId}&date=ap2026-01-01`)).status).toBe(400);
    expect((await fhir(api, token, 'GET', '/Medication/x')).status).toBe(404);
  });

  it('needs a session, keeps to the clinic and the role, and audits reads', async () => {
    const path = `/Patient/${seeded.patientId}/$everything`;
    const anonymous = await fhir(api, null, 'GET', path);
    expect(anonymous.status).toBe(401);
    expect((anonymous.body as OperationOutcome).resourceType).toBe('OperationOutcome');
    // An admin manages people but does not read clinical records; another patient does not exist for a patient.
    expect((await fhir(api, source.tokens.admin, 'GET', path)).status).toBe(403);
    expect((await fhir(api, source.tokens.otherPatient, 'GET', `/Patient/${source.patientId}/$everything`)).status).toBe(404);
    expect((await fhir(api, source.tokens.patient, 'GET', `/Patient/${source.patientId}/$everything`)).status).toBe(200);
    // A patient may not import.
    expect((await fhir(api, source.tokens.patient, 'POST', '', { resourceType: 'Bundle', type: 'transaction', entry: [] })).status).toBe(400);
    const audit = await api.store.transaction((tx) => tx.clinic(source.clinicId).audit.list({ limit: 50, patientId: seeded.patientId }));
    expect(audit.some((e) => e.recordType === 'patient-history' && e.action === 'read')).toBe(true);
  });

  it('refuses a bundle with one bad resource, naming it, and writes nothing', async () => {
    const everything = await fhir(api, source.tokens.clinician, 'GET', `/Patient/${seeded.patientId}/$everything`);
    const transaction = asTransaction(everything.body);
    const entries = transaction.entry ?? [];
    const index = entries.findIndex((e) => e.resource?.resourceType === 'Observation');
    const bad = { ...entries[index]?.resource, status: 7 } as unknown as Resource;
    transaction.entry = entries.map((e, i) => (i === index ? { ...e, resource: bad } : e));
    const counts = await rowCounts(api.database);
    const reply = await fhir(api, source.tokens.clinician, 'POST', '', transaction);
    expect(reply.status).toBe(400);
    const outcome = reply.body as OperationOutcome;
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0]?.diagnostics).toContain(`entry[${index}].resource (Observation/${bad.id ?? ''})`);
    expect(outcome.issue[0]?.expression).toEqual([`Bundle.entry[${index}].resource`]);
    // A resource valid as R4 but not as a record (a check-in naming no goal) is refused the same way.
    const unreadable = { resourceType: 'Bundle', type: 'transaction', entry: entries.filter((e) => e.resource?.resourceType !== 'Goal') };
    expect((await fhir(api, source.tokens.clinician, 'POST', '', unreadable)).status).toBe(400);
    expect(await rowCounts(api.database)).toEqual(counts);
  });
});
