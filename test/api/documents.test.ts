// Documents through the API (spec §6): the three PDFs made for an episode, read back with poppler
// (the patient's goals and numbers come out of the text), kept once in the record of documents made
// and audited; who may make which (a patient only their own graduation summary; another clinic's
// episode is not found); and the caseload and outcomes as CSV that a spreadsheet reads as text.
import type { Bundle, DocumentReference } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structureErrors } from '../../src/fhir/structure-validation.ts';
import { backends } from '../support/backends.ts';
import { call, makeClinic, startTestApi, type TestApi, type TestClinic } from '../support/api.ts';
import { pdfPagesRendered, pdfText } from '../support/pdf.ts';

interface Fetched { status: number; headers: Headers; bytes: Uint8Array; text: string }

const HOSTILE_NAME = '=HYPERLINK("http://x")';

describe.each(backends)('documents on $name', (backend) => {
  let api: TestApi;
  let home: TestClinic;
  let away: TestClinic;
  let referralId: string;

  async function fetchAs(token: string, path: string): Promise<Fetched> {
    const response = await api.app.request(`/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }
  const ok = async (reply: Promise<{ status: number; body: unknown }>): Promise<Record<string, unknown>> => {
    const { status, body } = await reply;
    if (status >= 300) throw new Error(`${status} ${JSON.stringify(body)}`);
    return body as Record<string, unknown>;
  };
  const documentsOf = (clinic: TestClinic, episodeId: string) => api.store.transaction((tx) => tx.clinic(clinic.clinicId).documents.listForEpisodes([episodeId]));
  const auditOf = (clinic: TestClinic) => api.store.transaction((tx) => tx.clinic(clinic.clinicId).audit.list({ limit: 1000 }));

  beforeAll(async () => {
    api = await startTestApi(backend);
    home = await makeClinic(api);
    away = await makeClinic(api);
    // First the clinician renames the patient (a name a spreadsheet would run), records two sessions
    // with findings on the goal, an ODI at the start and a week later, and a referral with its overlap.
    const { clinician } = home.tokens;
    const patient = await ok(call(api, clinician, 'GET', `/patients/${home.patientId}`));
    await ok(call(api, clinician, 'PUT', `/patients/${home.patientId}`, { name: HOSTILE_NAME, birthDate: '1975-06-15', sex: 'female', version: patient.version }));
    const goals = (await ok(call(api, clinician, 'GET', `/episodes/${home.episodeId}`))).goals as { id: string }[];
    const goalId = goals[0]?.id ?? '';
    await ok(call(api, clinician, 'POST', `/episodes/${home.episodeId}/sessions`, { date: '2026-03-02', modalities: [{ modality: 'dry-needling', minutes: 25 }], findings: [{ goalId, value: 4 }] }));
    await ok(call(api, clinician, 'POST', `/episodes/${home.episodeId}/sessions`, { date: '2026-03-06', modalities: [{ modality: 'corrective-exercise', minutes: 20 }], findings: [{ goalId, value: 6 }], responseSinceLastSession: { reliefDays: 2 } }));
    await ok(call(api, clinician, 'POST', `/episodes/${home.episodeId}/measures`, { instrument: 'odi', date: '2026-03-01', score: 40 }));
    await ok(call(api, clinician, 'POST', `/episodes/${home.episodeId}/measures`, { instrument: 'odi', date: '2026-03-08', score: 24 }));
    referralId = String((await ok(call(api, clinician, 'POST', `/episodes/${home.episodeId}/referrals`, {
      date: '2026-03-09', to: { discipline: 'advanced-rehabilitation', provider: 'Riverside Rehab' }, reason: 'Gym-based loading beyond this clinic.',
      overlapStart: '2026-03-16', overlapEnd: '2026-04-13', status: 'active',
    }))).id);
  }, 120_000);
  afterAll(async () => api.close());

  it('makes the progress report as a PDF that poppler renders, with the goal and its numbers in the text, kept once and audited', async () => {
    const made = await fetchAs(home.tokens.clinician, `/episodes/${home.episodeId}/documents/progress-report.pdf`);
    expect(made.status).toBe(200);
    expect(made.headers.get('content-type')).toBe('application/pdf');
    // The hostile name never reaches the header: the file name is ASCII letters, digits and dashes.
    expect(made.headers.get('content-disposition')).toBe('attachment; filename="progress-report-hyperlink-http-x-2026-03-10.pdf"');
    expect(await pdfPagesRendered(made.bytes)).toBeGreaterThanOrEqual(1);
    const text = (await pdfText(made.bytes, true)).replace(/[ \t]+/g, ' ');
    expect(text).toContain(HOSTILE_NAME);
    expect(text).toMatch(/walk 30 minutes 3\/10 6\/10 \(2026-03-06\) 8\/10 60%/);
    expect(text).toMatch(/Oswestry Disability Index.* 40 \(2026-03-01\) 24 \(2026-03-08\) -16 10 Better, by at least the/);

    // Made again the same day from the same records: the same bytes, kept once; each making is audited.
    const again = await fetchAs(home.tokens.clinician, `/episodes/${home.episodeId}/documents/progress-report.pdf`);
    expect(Buffer.from(again.bytes).equals(Buffer.from(made.bytes))).toBe(true);
    const kept = (await documentsOf(home, home.episodeId)).filter((d) => d.kind === 'progress-report');
    expect(kept).toHaveLength(1);
    const rows = (await auditOf(home)).filter((e) => e.recordType === 'document' && e.recordId === kept[0]?.id);
    expect(rows.map((e) => e.action).sort()).toEqual(['create', 'read']);
    expect(rows.every((e) => e.patientId === home.patientId && e.actorUserId === home.userIds.clinician)).toBe(true);

    // The document made earlier comes back exactly as it was.
    const stored = await fetchAs(home.tokens.clinician, `/documents/${kept[0]?.id}`);
    expect(stored.status).toBe(200);
    expect(Buffer.from(stored.bytes).equals(Buffer.from(made.bytes))).toBe(true);
  });

  it('makes the referral letter for a named referral; a missing one is 404, none named is 400', async () => {
    const letter = await fetchAs(home.tokens.clinician, `/episodes/${home.episodeId}/documents/referral-letter.pdf?referralId=${referralId}`);
    expect(letter.status).toBe(200);
    const text = (await pdfText(letter.bytes, true)).replace(/[ \t]+/g, ' ');
    expect(text).toContain('To Advanced rehabilitation, Riverside Rehab');
    expect(text).toContain('Both teams run 2026-03-16 to 2026-04-13');
    expect(text).toContain('Gym-based loading beyond this clinic.');
    expect((await fetchAs(home.tokens.clinician, `/episodes/${home.episodeId}/documents/referral-letter.pdf?referralId=nope`)).status).toBe(404);
    const unnamed = await call(api, home.tokens.clinician, 'GET', `/episodes/${home.episodeId}/documents/referral-letter.pdf`);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body).toMatchObject({ error: { code: 'validation', details: [{ path: 'referralId' }] } });
  });

  it('answers 404 for an unknown kind, and still makes a report for an episode with no goals, saying so', async () => {
    expect((await fetchAs(home.tokens.clinician, `/episodes/${home.episodeId}/documents/discharge-letter.pdf`)).status).toBe(404);
    expect((await fetchAs(home.tokens.clinician, `/episodes/${home.episodeId}/documents/progress-report.docx`)).status).toBe(404);
    const opened = await ok(call(api, home.tokens.clinician, 'POST', `/patients/${home.otherPatientId}/episodes`, { startDate: '2026-03-09', regions: ['neck'], condition: 'neck-pain' }));
    const bare = (opened.episode as { id: string }).id;
    const report = await fetchAs(home.tokens.clinician, `/episodes/${bare}/documents/progress-report.pdf`);
    expect(report.status).toBe(200);
    expect((await pdfText(report.bytes)).replace(/\s+/g, ' ')).toContain('No goals have been set for this episode.');
  });

  it('lets a patient take only their own graduation summary, once there is a graduation', async () => {
    const path = `/episodes/${home.episodeId}/documents/graduation-summary.pdf`;
    // Not graduated yet: nothing to summarise.
    const early = await call(api, home.tokens.patient, 'GET', path);
    expect(early.status).toBe(409);
    // The clinician graduates the episode; now the patient may take their summary home.
    const file = await ok(call(api, home.tokens.clinician, 'GET', `/episodes/${home.episodeId}`));
    const episode = file.episode as Record<string, unknown>;
    await ok(call(api, home.tokens.clinician, 'PUT', `/episodes/${home.episodeId}`, {
      startDate: episode.startDate, regions: episode.regions, condition: episode.condition, status: 'graduated', version: episode.version,
    }));
    const summary = await fetchAs(home.tokens.patient, path);
    expect(summary.status).toBe(200);
    const text = (await pdfText(summary.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('For "walk 30 minutes", you went from 3 out of 10 to 6, and the aim was 8.');
    expect(text).toContain('Your flare plan');

    // A patient's other documents: forbidden on their own episode, not found on anyone else's.
    expect((await fetchAs(home.tokens.patient, `/episodes/${home.episodeId}/documents/progress-report.pdf`)).status).toBe(403);
    expect((await fetchAs(home.tokens.patient, `/episodes/${home.episodeId}/documents/referral-letter.pdf?referralId=${referralId}`)).status).toBe(403);
    expect((await fetchAs(home.tokens.otherPatient, path)).status).toBe(404);
    const report = (await documentsOf(home, home.episodeId)).find((d) => d.kind === 'progress-report');
    expect((await fetchAs(home.tokens.patient, `/documents/${report?.id}`)).status).toBe(403);
    expect((await fetchAs(home.tokens.otherPatient, `/documents/${report?.id}`)).status).toBe(404);
    const own = (await documentsOf(home, home.episodeId)).find((d) => d.kind === 'graduation-summary');
    expect((await fetchAs(home.tokens.patient, `/documents/${own?.id}`)).status).toBe(200);
  });

  it('lists every document made as a DocumentReference in $everything, with the PDF by URL and a LOINC type where one fits', async () => {
    const response = await api.app.request(`/fhir/R4/Patient/${home.patientId}/$everything`, { headers: { Authorization: `Bearer ${home.tokens.clinician}` } });
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as Bundle;
    const references = (bundle.entry ?? []).map((e) => e.resource).filter((r): r is DocumentReference => r?.resourceType === 'DocumentReference');
    const made = await documentsOf(home, home.episodeId);
    expect(references).toHaveLength(made.length);
    for (const reference of references) expect(structureErrors(reference), reference.id).toEqual([]);
    const report = references.find((r) => r.type?.coding?.some((c) => c.system === 'http://loinc.org' && c.code === '11506-3'));
    const kept = made.find((d) => d.kind === 'progress-report');
    expect(report?.content[0]?.attachment).toMatchObject({ contentType: 'application/pdf', url: `http://localhost/api/v1/documents/${kept?.id}`, size: kept?.byteSize, hash: kept?.sha1 });
    expect(references.some((r) => r.type?.coding?.some((c) => c.code === '57133-1'))).toBe(true);
    expect(report?.author?.[0]?.reference).toMatch(/^Practitioner\//);
    // The attachment's URL serves the document as it was handed over.
    const url = new URL(report?.content[0]?.attachment.url ?? '');
    expect((await fetchAs(home.tokens.clinician, url.pathname.replace(/^\/api\/v1/, ''))).status).toBe(200);
  });

  it('hides another clinic\'s episodes and documents, and gives admins none', async () => {
    const before = (await auditOf(home)).length;
    for (const kind of ['progress-report', 'graduation-summary']) {
      expect((await fetchAs(away.tokens.clinician, `/episodes/${home.episodeId}/documents/${kind}.pdf`)).status).toBe(404);
    }
    const report = (await documentsOf(home, home.episodeId))[0];
    expect((await fetchAs(away.tokens.clinician, `/documents/${report?.id}`)).status).toBe(404);
    expect((await fetchAs(home.tokens.admin, `/episodes/${home.episodeId}/documents/progress-report.pdf`)).status).toBe(403);
    // Another clinic's reads leave nothing here; the admin's refusal is audited (issue 15), and nothing else is.
    const after = await auditOf(home);
    expect(after.length).toBe(before + 1);
    expect(after.slice(0, after.length - before).map((e) => e.action)).toEqual(['refused']);
  });

  it('exports the caseload as CSV a spreadsheet reads as text: RFC 4180, UTF-8, header, ISO dates, formulas neutralised', async () => {
    // The first patient has graduated (off the caseload); a new one in care carries the hostile name.
    const patient = await ok(call(api, home.tokens.clinician, 'POST', '/patients', { name: HOSTILE_NAME, birthDate: '1990-01-02', sex: 'male' }));
    const opened = await ok(call(api, home.tokens.clinician, 'POST', `/patients/${String(patient.id)}/episodes`, { startDate: '2026-03-04', regions: ['knee'], condition: 'osteoarthritis' }));
    const episodeId = (opened.episode as { id: string }).id;
    const reply = await fetchAs(home.tokens.clinician, '/caseload.csv');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(reply.headers.get('content-disposition')).toBe('attachment; filename="caseload-2026-03-10.csv"');
    expect(reply.text.startsWith('\uFEFFPatient,Patient id,Episode id,Status,Episode start,Phase,')).toBe(true);
    const lines = reply.text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    // The hostile name is neutralised and quoted (it holds quotes): a spreadsheet shows it as text.
    const hostile = lines.find((line) => line.includes('HYPERLINK'));
    expect(hostile).toMatch(new RegExp(`^"'=HYPERLINK\\(""http://x""\\)",${String(patient.id)},${episodeId},Active,2026-03-04,`));
    expect(lines.slice(1, -1).every((line) => !/(^|,)[=+\-@]/.test(line))).toBe(true);
    // Same access as the JSON caseload: clinicians only.
    expect((await fetchAs(home.tokens.admin, '/caseload.csv')).status).toBe(403);
    expect((await fetchAs(home.tokens.patient, '/caseload.csv')).status).toBe(403);
    expect((await auditOf(home)).some((e) => e.recordType === 'caseload-csv' && e.actorUserId === home.userIds.clinician)).toBe(true);
  });

  it('exports outcomes by episode id as CSV for staff, with no patient named', async () => {
    const reply = await fetchAs(home.tokens.admin, '/outcomes.csv');
    expect(reply.status).toBe(200);
    const [header, ...rows] = reply.text.slice(1).split('\r\n').filter((line) => line !== '');
    // A title with a comma is quoted.
    expect(header).toContain('"Lin 1: Care centred on the patient: their goals, their context, decisions made together"');
    expect(rows).toHaveLength(4);
    expect(rows.find((row) => row.startsWith(`${home.episodeId},Graduated,2026-03-01,2026-03-10,9,`))).toBeDefined();
    expect(reply.text).not.toContain('HYPERLINK');
    expect((await fetchAs(home.tokens.patient, '/outcomes.csv')).status).toBe(403);
  });
});
