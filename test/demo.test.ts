// The demo clinic end to end on the embedded database: loaded through the use-cases, every demo
// sign-in works, the caseload lists the active patients, and every demo patient's $everything is
// valid FHIR R4 (issue 7: "$everything of every demo patient validates"), and each patient's documents
// come out the way issue 14 asks (a progress report in one or two pages, a plain graduation summary).
import type { Resource } from '@medplum/fhirtypes';
import readability from 'text-readability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientResources } from '../src/fhir/routes/patient-bundles.ts';
import { structureErrors } from '../src/fhir/structure-validation.ts';
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

  it("exports every demo patient's $everything as valid FHIR R4", async () => {
    const patients = await listPatients(deps, clinician, now);
    for (const patient of patients) {
      const history = await exportPatientHistory(deps, clinician, patient.id, now);
      const resources: Resource[] = patientResources(history, 'http://clinic.test/fhir/R4');
      const errors = resources.flatMap((r) => structureErrors(r).map((e) => `${r.resourceType}/${r.id ?? ''}: ${e}`));
      expect(errors, patient.name).toEqual([]);
    }
  }, 120_000);
});
