// The demo clinic end to end on the embedded database: loaded through the use-cases, every demo
// sign-in works, the caseload lists the active patients, and every demo patient's $everything is
// valid FHIR R4 (issue 7: "$everything of every demo patient validates"), and so is every line of a
// Bulk Data export of the whole clinic (issue 16); each patient's documents come out the way issue 14
// asks (a progress report in one or two pages, a plain graduation summary).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Resource } from '@medplum/fhirtypes';
import readability from 'text-readability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBulkExporter } from '../src/fhir/bulk/exporter.ts';
import { patientResources } from '../src/fhir/routes/patient-bundles.ts';
import { structureErrors } from '../src/fhir/structure-validation.ts';
import { DEFAULT_FHIR_BASE } from '../src/fhir/systems.ts';
import { serviceDeps } from '../src/server.ts';
import { loadConfig } from '../src/config.ts';
import { exportPatientHistory, getCaseload, listPatients, loadDemoClinic, makeDocument, signIn, type Actor, type LoadedDemo, type ServiceDeps } from '../src/services/index.ts';
import { composeGraduationSummary, defaultSettings, graduationSummaryAvailable } from '../src/domain/index.ts';
import { pdfPageCount } from './support/pdf.ts';
import { demoClinic, DEMO_PASSWORD } from '../src/sim/demo-clinic.ts';
import { createStore, openDatabase, type Store } from '../src/store/index.ts';

const today = '2026-11-23';
const now = new Date(`${today}T10:00:00Z`);

describe('the demo clinic', () => {
  let store: Store;
  let deps: ServiceDeps;
  let loaded: LoadedDemo;
  let clinician: Actor;

  beforeAll(async () => {
    const database = await openDatabase({ dataDir: 'memory://', purpose: 'test', now });
    await database.migrate();
    store = createStore(database);
    deps = serviceDeps(loadConfig({}), store);
    // Twelve patients: one of each archetype of care.
    loaded = await loadDemoClinic(deps, demoClinic(today, 2026, 12), now);
    const session = await signIn(deps, { email: 'ana@demo.threshold.local', password: DEMO_PASSWORD }, now, { address: 'test' });
    clinician = { userId: session.user.id, clinicId: session.user.clinicId, role: 'clinician' };
  }, 180_000);
  afterAll(async () => store.close());

  it('has an admin, three clinicians and a sign-in for every patient, all working', async () => {
    expect(loaded.signIns.filter((s) => s.role === 'admin')).toHaveLength(1);
    expect(loaded.signIns.filter((s) => s.role === 'clinician')).toHaveLength(3);
    expect(loaded.signIns.filter((s) => s.role === 'patient')).toHaveLength(12);
    const patient = loaded.signIns.find((s) => s.role === 'patient');
    const session = await signIn(deps, { email: patient?.email, password: DEMO_PASSWORD }, now, { address: 'test' });
    expect(session.user.role).toBe('patient');
  });

  it('lists every patient, and the active ones on the caseload with a phase', async () => {
    expect(await listPatients(deps, clinician, now)).toHaveLength(12);
    const caseload = await getCaseload(deps, clinician, now);
    expect(caseload.length).toBeGreaterThan(3);
    for (const entry of caseload) expect(entry.summary?.phase).toBeTruthy();
    // Patients in blended and active care have programmes and logs: the first start shows each advice (spec §4b).
    const advice = caseload.map((e) => e.summary?.programmeAdvice).filter((a) => a !== null && a !== undefined);
    expect(advice.length).toBeGreaterThan(0);
    for (const kind of ['progress', 'hold', 'regress'] as const) expect(advice.reduce((n, a) => n + (a?.[kind] ?? 0), 0), kind).toBeGreaterThan(0);
  });

  it('makes every demo patient\'s progress report in one or two pages, and plain graduation summaries for the graduated', async () => {
    const patients = await listPatients(deps, clinician, now);
    let summaries = 0;
    for (const patient of patients) {
      const [episode] = (await exportPatientHistory(deps, clinician, patient.id, now)).episodes;
      if (!episode) continue;
      const report = await makeDocument(deps, clinician, episode.episodeId, 'progress-report', {}, now);
      expect(await pdfPageCount(report.bytes), patient.name).toBeLessThanOrEqual(2);
      if (!graduationSummaryAvailable(episode.caseFile, episode.assessment)) continue;
      summaries += 1;
      const summary = composeGraduationSummary(episode.caseFile, episode.assessment, defaultSettings, { clinicName: 'Demo', clinician: null, people: {} });
      const prose = summary.sections.filter((s) => s.heading !== 'How to reach us')
        .flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? b.items : []))).join(' ');
      expect(readability.fleschKincaidGrade(prose), patient.name).toBeLessThanOrEqual(8);
      expect(await pdfPageCount((await makeDocument(deps, clinician, episode.episodeId, 'graduation-summary', {}, now)).bytes)).toBeLessThanOrEqual(2);
    }
    expect(summaries).toBeGreaterThan(0);
  }, 180_000);
  it('shows realistic names on the first screen: none placeholder-looking, no first name twice, the same for the same seed', async () => {
    const names = (await getCaseload(deps, clinician, now)).map((entry) => entry.patientName ?? '');
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      expect(name).toMatch(/^[A-Z][a-z'-]+ [A-Z][A-Za-z'-]+$/);
      expect(name).not.toMatch(/synthetic|demo|patient|test|[0-9]/i);
    }
    const firstNames = names.map((name) => name.split(' ')[0]);
    expect(new Set(firstNames).size).toBe(firstNames.length);
    expect(demoClinic(today, 2026, 12).patients.map((p) => p.name)).toEqual(demoClinic(today, 2026, 12).patients.map((p) => p.name));
    expect(loaded.signIns.find((s) => s.role === 'admin')?.name).not.toMatch(/demo|admin/i);
  });

  it("exports the whole demo clinic as Bulk Data NDJSON whose every line is valid FHIR R4, holding every patient's $everything", async () => {
    // The same exporter as GET /fhir/R4/$export and `threshold export --clinic`, into a folder of its own.
    const dir = await mkdtemp(join(tmpdir(), 'threshold-demo-export-'));
    try {
      const exporter = createBulkExporter({ deps, dir, keepHours: 1, clock: () => now, log: (error) => { throw error; } });
      const job = await exporter.runNow(clinician, { level: 'system', request: 'test', types: null, since: null }, { dir });
      expect(job?.status).toBe('complete');
      const patients = new Set<string>();
      const exported = new Set<string>();
      for (const file of job?.output ?? []) {
        const lines = (await readFile(join(dir, file.file), 'utf8')).split('\n').filter((line) => line !== '');
        expect(lines).toHaveLength(file.count);
        for (const [i, line] of lines.entries()) {
          const resource = JSON.parse(line) as Resource;
          expect(resource.resourceType).toBe(file.type);
          expect(structureErrors(resource), `${file.file} line ${i + 1}: ${resource.resourceType}/${resource.id ?? ''}`).toEqual([]);
          if (resource.resourceType === 'Patient') patients.add(resource.id ?? '');
          exported.add(JSON.stringify(resource));
        }
      }
      expect(patients.size).toBe(12);
      // Each patient's $everything is the same resources, so it is valid R4 too.
      for (const patient of await listPatients(deps, clinician, now)) {
        const history = await exportPatientHistory(deps, clinician, patient.id, now);
        // On the exporter's base (a document's attachment URL is written from it).
        const everything = patientResources(history, DEFAULT_FHIR_BASE).map((r) => JSON.stringify(r));
        expect(everything.filter((r) => !exported.has(r)), patient.name).toEqual([]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
