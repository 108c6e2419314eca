// Loads a demo clinic (built by src/sim/demo-clinic.ts) through the same use-cases a person would
// use: the clinic and its admin, the clinicians, each patient's history imported by their lead
// clinician, the care team, and a patient sign-in. Every write passes the policies and is audited.
import type { CaseFile } from '../domain/index.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { importPatientHistory } from './import-patient-history.ts';
import { addCareTeamMember } from './manage-patients.ts';
import { createClinic, createUser } from './manage-users.ts';

interface Person {
  name: string;
  email: string;
  discipline?: string;
}

export interface DemoClinicInput {
  name: string;
  password: string;
  admin: Person;
  clinicians: Person[];
  patients: (Person & { caseFile: CaseFile; lead: number })[];
}

export interface LoadedDemo {
  clinicId: string;
  signIns: { role: 'admin' | 'clinician' | 'patient'; name: string; email: string }[];
}

export async function loadDemoClinic(deps: ServiceDeps, demo: DemoClinicInput, now: Date, progress: (done: number, total: number) => void = () => {}): Promise<LoadedDemo> {
  const { clinicId, admin } = await createClinic(deps, { name: demo.name, admin: { ...demo.admin, role: 'admin', password: demo.password } }, now);
  const adminActor: Actor = { userId: admin.id, clinicId, role: 'admin' };
  const clinicianActors: Actor[] = [];
  for (const clinician of demo.clinicians) {
    const user = await createUser(deps, adminActor, { ...clinician, role: 'clinician', password: demo.password }, now);
    clinicianActors.push({ userId: user.id, clinicId, role: 'clinician' });
  }
  const signIns: LoadedDemo['signIns'] = [
    { role: 'admin', name: demo.admin.name, email: demo.admin.email },
    ...demo.clinicians.map((c) => ({ role: 'clinician' as const, name: c.name, email: c.email })),
  ];
  for (const [index, patient] of demo.patients.entries()) {
    const lead = clinicianActors[patient.lead % clinicianActors.length] ?? clinicianActors[0];
    const leadPerson = demo.clinicians[patient.lead % demo.clinicians.length];
    if (!lead || !leadPerson) throw new Error('a demo clinic needs at least one clinician');
    const imported = await importPatientHistory(deps, lead, { ...patient.caseFile, patient: { ...patient.caseFile.patient, name: patient.name } }, now);
    await addCareTeamMember(deps, lead, imported.patientId, { userId: lead.userId, discipline: leadPerson.discipline ?? 'clinician', lead: true }, now);
    await createUser(deps, adminActor, { name: patient.name, email: patient.email, role: 'patient', password: demo.password, patientId: imported.patientId }, now);
    signIns.push({ role: 'patient', name: patient.name, email: patient.email });
    progress(index + 1, demo.patients.length);
  }
  return { clinicId, signIns };
}
