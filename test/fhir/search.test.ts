// FHIR search as a generic client uses it (issue 16), on each backend: Patient by name, family,
// given, birthdate (every prefix), gender, identifier and _id, answered in SQL and checked against
// the Patient resources themselves; paging with total and next links; _summary=count; unknown
// parameters reported in the Bundle or refused under Prefer: handling=strict; Observation by code,
// category and date with _sort and _include; and the same clinic, role and audit rules as reads.
import type { Bundle, HumanName, OperationOutcome, Patient, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesDate, parseDateCriterion, rangeOf } from '../../src/fhir/search/date.ts';
import { registerPatient, type Actor } from '../../src/services/index.ts';
import { makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { backends } from '../support/backends.ts';
import { seedVignette } from './seed-vignette.ts';
import { loadVignettes } from './support.ts';

const vignette = loadVignettes().find((v) => v.name === 'normal-flare-settles');
if (!vignette) throw new Error('vignette normal-flare-settles is missing');

interface Reply { status: number; body: Bundle }

async function get(api: TestApi, token: string | null, url: string, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await api.app.request(url.startsWith('http') ? url : `http://clinic.test/fhir/R4${url}`, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return { status: response.status, body: await response.json() as Bundle };
}

const matches = (bundle: Bundle): Resource[] => (bundle.entry ?? []).filter((e) => e.search?.mode === 'match').flatMap((e) => (e.resource ? [e.resource] : []));
const ids = (bundle: Bundle): string[] => matches(bundle).map((r) => r.id ?? '').sort();
const nextOf = (bundle: Bundle): string | undefined => bundle.link?.find((l) => l.relation === 'next')?.url;

/** Names chosen to trip a naive search: accents, case, one word, spaces, prefixes of each other. */
const people = [
  { name: 'Ana María López', birthDate: '1975-06-15', sex: 'female' },
  { name: 'ANNA lopez', birthDate: '1975-06-16', sex: 'female' },
  { name: 'Mário  Annan', birthDate: '1975-01-01', sex: 'male' },
  { name: 'Zoë', birthDate: '1982-12-31', sex: 'other' },
  { name: 'Lopezia Brown', birthDate: '1990-02-28', sex: 'female' },
  { name: 'José Luis de la Cruz', birthDate: '1961-07-04', sex: 'male' },
  { name: 'Paul O\'Neil', birthDate: '1975-06-15', sex: 'unknown' },
  { name: '100%_Sure Smith', birthDate: '2001-03-03', sex: 'male' },
] as const;

/** The reference answer: what a name search means on the resource itself (R4 string search). */
function nameMatches(name: HumanName | undefined, part: 'name' | 'family' | 'given', mode: 'starts' | 'contains' | 'exact', value: string): boolean {
  if (name === undefined) return false;
  const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const parts = part === 'family' ? [name.family ?? ''] : part === 'given' ? name.given ?? [] : [name.text ?? '', name.family ?? '', ...(name.given ?? [])];
  return parts.some((p) => {
    if (mode === 'exact') return p === value;
    if (mode === 'contains') return (part === 'name' ? fold(name.text ?? '') : fold(p)).includes(fold(value));
    return fold(p).startsWith(fold(value));
  });
}

describe.each(backends)('FHIR search on $name', (backend) => {
  let api: TestApi;
  let clinic: TestClinic;
  let other: TestClinic;
  let everyone: Patient[];
  let seeded: { patientId: string; episodeId: string };

  beforeAll(async () => {
    api = await startTestApi(backend);
    // First a clinic with two patients of its own (makeClinic), then the people above, then a
    // patient with a year of records (a vignette); another clinic's patients must never show.
    clinic = await makeClinic(api);
    other = await makeClinic(api);
    const clinician: Actor = { userId: clinic.userIds.clinician, clinicId: clinic.clinicId, role: 'clinician' };
    for (const person of people) await registerPatient(api.deps, clinician, person, api.clock.now);
    seeded = await seedVignette(api.deps, clinician, vignette.caseFile, api.clock.now);
    everyone = [];
    for (let url: string | undefined = '/Patient?_count=3'; url !== undefined;) {
      const page = await get(api, clinic.tokens.clinician, url);
      everyone.push(...(matches(page.body) as Patient[]));
      url = nextOf(page.body);
    }
  }, 120_000);
  afterAll(async () => { await api.close(); });

  it('pages through every patient of the clinic, and only those, with total and next links', async () => {
    expect(everyone).toHaveLength(2 + people.length + 1);
    expect(new Set(everyone.map((p) => p.id)).size).toBe(everyone.length);
    expect(everyone.map((p) => p.id)).not.toContain(other.patientId);
    const first = await get(api, clinic.tokens.clinician, '/Patient?_count=4');
    expect(first.body.total).toBe(everyone.length);
    expect(matches(first.body)).toHaveLength(4);
    expect(first.body.link?.find((l) => l.relation === 'self')?.url).toBe('http://clinic.test/fhir/R4/Patient?_count=4&_offset=0');
    const count = await get(api, clinic.tokens.clinician, '/Patient?_summary=count&gender=female');
    expect(count.body.total).toBe(everyone.filter((p) => p.gender === 'female').length);
    expect(count.body.entry).toBeUndefined();
  });

  it('finds by name, family and given exactly as the resources read, accents and case folded', async () => {
    const queries: ['name' | 'family' | 'given', 'starts' | 'contains' | 'exact', string][] = [
      ['name', 'starts', 'ana'], ['name', 'starts', 'lop'], ['name', 'starts', 'LÓPEZ'], ['name', 'starts', 'maria'], ['name', 'starts', 'zoe'],
      ['name', 'starts', 'ana maría'], ['name', 'starts', 'o\'n'], ['name', 'starts', '100%'], ['name', 'starts', '%'], ['name', 'starts', '_'],
      ['family', 'starts', 'lopez'], ['family', 'starts', 'cruz'], ['family', 'starts', 'zo'], ['family', 'starts', 'ann'],
      ['given', 'starts', 'an'], ['given', 'starts', 'la'], ['given', 'starts', 'zoe'], ['given', 'starts', 'luis'],
      ['name', 'contains', 'nan'], ['name', 'contains', 'a l'], ['family', 'contains', 'op'], ['given', 'contains', 'ari'],
      ['name', 'exact', 'Zoë'], ['name', 'exact', 'zoë'], ['family', 'exact', 'López'], ['given', 'exact', 'María'], ['name', 'exact', 'Ana María López'],
    ];
    for (const [part, mode, value] of queries) {
      const key = mode === 'starts' ? part : `${part}:${mode}`;
      const reply = await get(api, clinic.tokens.clinician, `/Patient?${key}=${encodeURIComponent(value)}&_count=100`);
      expect(reply.status).toBe(200);
      const expected = everyone.filter((p) => nameMatches(p.name?.[0], part, mode, value)).map((p) => p.id ?? '').sort();
      expect(ids(reply.body), `${key}=${value}`).toEqual(expected);
    }
    // Alternatives are ORed, repeated parameters ANDed.
    const or = await get(api, clinic.tokens.clinician, '/Patient?family=cruz,annan');
    expect(matches(or.body).map((p) => (p as Patient).name?.[0]?.family).sort()).toEqual(['Annan', 'Cruz']);
    const and = await get(api, clinic.tokens.clinician, '/Patient?name=ana&name=lopez');
    expect(matches(and.body).map((p) => (p as Patient).name?.[0]?.text)).toEqual(['Ana María López']);
  });

  it('finds by birthdate with every prefix, as R4 compares date ranges', async () => {
    for (const value of ['1975', '1975-06', '1975-06-15', 'eq1975-06-15', 'ne1975-06-15', 'gt1975-06-15', 'ge1975-06-15', 'lt1975-06-15', 'le1975-06-15', 'sa1975-06', 'eb1975', 'ge1975-06-15T12:00:00Z']) {
      const reply = await get(api, clinic.tokens.clinician, `/Patient?birthdate=${encodeURIComponent(value)}&_count=100`);
      const criterion = parseDateCriterion('birthdate', value);
      const expected = everyone.filter((p) => {
        const range = rangeOf(p.birthDate ?? '');
        return range !== undefined && matchesDate(range, criterion);
      }).map((p) => p.id ?? '').sort();
      expect(ids(reply.body), value).toEqual(expected);
    }
    expect((await get(api, clinic.tokens.clinician, '/Patient?birthdate=ap1975')).status).toBe(400);
  });

  it('finds by gender, identifier and _id, and sorts', async () => {
    const males = await get(api, clinic.tokens.clinician, '/Patient?gender=http://hl7.org/fhir/administrative-gender|male');
    expect(matches(males.body)).toHaveLength(3);
    expect((await get(api, clinic.tokens.clinician, '/Patient?gender=http://other.example|male')).body.total).toBe(0);
    const byIdentifier = await get(api, clinic.tokens.clinician, `/Patient?identifier=https://threshold.local/fhir/NamingSystem/record-id|${seeded.patientId}`);
    expect(ids(byIdentifier.body)).toEqual([seeded.patientId]);
    const byId = await get(api, clinic.tokens.clinician, `/Patient?_id=${seeded.patientId},${clinic.patientId},${other.patientId}`);
    expect(ids(byId.body)).toEqual([seeded.patientId, clinic.patientId].sort());
    const sorted = await get(api, clinic.tokens.clinician, '/Patient?_sort=-birthdate&_count=100');
    const dates = matches(sorted.body).map((p) => (p as Patient).birthDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('reports an unknown parameter in the Bundle, refuses it under handling=strict, and refuses unsupported modifiers', async () => {
    const lenient = await get(api, clinic.tokens.clinician, '/Patient?family=lopez&telecom=555');
    expect(lenient.status).toBe(200);
    expect(matches(lenient.body).length).toBeGreaterThan(0);
    const outcome = lenient.body.entry?.find((e) => e.search?.mode === 'outcome')?.resource as OperationOutcome;
    expect(outcome.issue[0]?.severity).toBe('warning');
    expect(outcome.issue[0]?.diagnostics).toContain('telecom');
    expect(lenient.body.link?.[0]?.url).not.toContain('telecom');
    const strict = await get(api, clinic.tokens.clinician, '/Patient?family=lopez&telecom=555', { Prefer: 'handling=strict' });
    expect(strict.status).toBe(400);
    expect((strict.body as unknown as OperationOutcome).resourceType).toBe('OperationOutcome');
    expect((await get(api, clinic.tokens.clinician, '/Patient?family:missing=true')).status).toBe(400);
    expect((await get(api, clinic.tokens.clinician, '/Patient?_count=many')).status).toBe(400);
  });

  it('shows a patient only themself, hides other clinics, and audits every patient returned', async () => {
    const own = await get(api, clinic.tokens.patient, '/Patient?_count=100');
    expect(ids(own.body)).toEqual([clinic.patientId]);
    expect((await get(api, clinic.tokens.patient, `/Patient?_id=${clinic.otherPatientId}`)).body.total).toBe(0);
    expect((await get(api, other.tokens.clinician, `/Patient?_id=${seeded.patientId}`)).body.total).toBe(0);
    expect((await get(api, null, '/Patient')).status).toBe(401);
    await get(api, clinic.tokens.clinician, '/Patient?family=cruz');
    const audit = await api.store.transaction((tx) => tx.clinic(clinic.clinicId).audit.list({ limit: 20 }));
    const cruz = everyone.find((p) => p.name?.[0]?.family === 'Cruz');
    expect(audit.some((e) => e.recordType === 'patient' && e.action === 'read' && e.patientId === cruz?.id)).toBe(true);
  });

  it('searches Observations by code, category and date, sorted, paged, with the patient included', async () => {
    const token = clinic.tokens.clinician;
    const all = await get(api, token, `/Observation?patient=${seeded.patientId}&_count=1000`);
    const observations = matches(all.body);
    expect(all.body.total).toBe(observations.length);
    const pain = await get(api, token, `/Observation?patient=${seeded.patientId}&code=http://loinc.org|72514-3&_count=1000`);
    const painCount = vignette.caseFile.checkIns.length;
    expect(pain.body.total).toBe(painCount);
    expect((await get(api, token, `/Observation?patient=${seeded.patientId}&code=72514-3`)).body.total).toBe(painCount);
    expect((await get(api, token, `/Observation?patient=${seeded.patientId}&code=|72514-3`)).body.total).toBe(0);
    const THRESHOLD = 'https://threshold.local/fhir/CodeSystem/threshold';
    const codeOf = (o: Resource): string | undefined => (o as { code?: { coding?: { system?: string; code?: string }[] } }).code?.coding?.find((c) => c.system === THRESHOLD)?.code;
    const sleep = observations.filter((o) => codeOf(o) === 'sleep-quality').length;
    expect(sleep).toBeGreaterThan(0);
    expect((await get(api, token, `/Observation?patient=${seeded.patientId}&code=${THRESHOLD}|sleep-quality`)).body.total).toBe(sleep);
    const surveys = await get(api, token, `/Observation?patient=${seeded.patientId}&category=survey&_count=1000`);
    expect(matches(surveys.body).every((o) => JSON.stringify((o as { category?: unknown }).category).includes('"survey"'))).toBe(true);
    // Sorted by date, newest first, paged three at a time, the patient included once per page.
    const days = vignette.caseFile.checkIns.map((c) => c.date.slice(0, 10)).sort();
    const from = days[1] ?? '';
    const seen: string[] = [];
    let pages = 0;
    for (let url: string | undefined = `/Observation?patient=${seeded.patientId}&code=72514-3&date=ge${from}&_sort=-date&_count=3&_include=Observation:patient`; url !== undefined; pages += 1) {
      const page = await get(api, token, url);
      expect(page.status).toBe(200);
      expect(page.body.entry?.filter((e) => e.search?.mode === 'include').map((e) => e.resource?.id)).toEqual([seeded.patientId]);
      seen.push(...matches(page.body).map((o) => (o as { effectiveDateTime?: string }).effectiveDateTime ?? ''));
      url = nextOf(page.body);
    }
    expect(seen).toHaveLength(days.filter((d) => d >= from).length);
    expect(pages).toBe(Math.ceil(seen.length / 3));
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('searches the other types by patient and date, and takes the patient from a patient\'s own sign-in', async () => {
    const token = clinic.tokens.clinician;
    for (const type of ['Encounter', 'Goal', 'CarePlan', 'Condition', 'Flag', 'EpisodeOfCare', 'QuestionnaireResponse']) {
      const reply = await get(api, token, `/${type}?patient=${seeded.patientId}`);
      expect(reply.status, type).toBe(200);
      expect(matches(reply.body).every((r) => r.resourceType === type)).toBe(true);
    }
    expect((await get(api, token, `/Goal?patient=${seeded.patientId}`)).body.total).toBe(vignette.caseFile.goals.length);
    const mine = await get(api, clinic.tokens.patient, '/Goal');
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(1);
    expect((await get(api, clinic.tokens.patient, `/Goal?patient=${clinic.otherPatientId}`)).status).toBe(404);
    expect((await get(api, token, '/Goal')).status).toBe(400);
  });
});
