// The demo clinic end to end on the embedded database: loaded through the use-cases, every demo
// sign-in works, the caseload lists the active patients, and every demo patient's $everything is
// valid FHIR R4 (issue 7: "$everything of every demo patient validates").
import type { Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientResources } from '../src/fhir/routes/patient-bundles.ts';
import { structureErrors } from '../src/fhir/structure-validation.ts';
import { serviceDeps } from '../src/server.ts';
import { loadConfig } from '../src/config.ts';
import { exportPatientHistory, getCaseload, listPatients, loadDemoClinic, signIn, type Actor, type LoadedDemo, type ServiceDeps } from '../src/services/index.ts';
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
    const session = await signIn(deps, { email: 'ana@demo.threshold.local', password: DEMO_PASSWORD }, now, 'test');
    clinician = { userId: session.user.id, clinicId: session.user.clinicId, role: 'clinician' };
  }, 180_000);
  afterAll(async () => store.close());

  it('has an admin, three clinicians and a sign-in for every patient, all working', async () => {
    expect(loaded.signIns.filter((s) => s.role === 'admin')).toHaveLength(1);
    expect(loaded.signIns.filter((s) => s.role === 'clinician')).toHaveLength(3);
    expect(loaded.signIns.filter((s) => s.role === 'patient')).toHaveLength(12);
    const patient = loaded.signIns.find((s) => s.role === 'patient');
    const session = await signIn(deps, { email: patient?.email, password: DEMO_PASSWORD }, now, 'test');
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
