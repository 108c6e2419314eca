// Synthetic people and care histories for the browser tests and screenshots, made through the API
// as a clinic would: a clinician, and patients whose episodes have goals, an intake, sessions with
// growing relief windows, check-ins and a flare. Dates are relative to today (the server's clock).
import { clearScreen } from '../support/screens.ts';
import type { RunningServer } from './server.ts';
import { ADMIN_EMAIL, PASSWORD } from './server.ts';

export interface Seeded {
  adminToken: string;
  clinicianEmail: string;
  clinicianToken: string;
  patient: { email: string; patientId: string; episodeId: string; goalIds: string[] };
}

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface CaseFile { episode: { id: string; version: number } }

async function patientWithHistory(server: RunningServer, admin: string, clinician: string, name: string, email: string | null, weeks: number): Promise<Seeded['patient']> {
  const start = -weeks * 7;
  const patient = await server.call<{ id: string }>(clinician, 'POST', '/patients', { name, birthDate: '1972-04-09', sex: 'female' });
  if (email) await server.call(admin, 'POST', '/users', { email, name, role: 'patient', password: PASSWORD, patientId: patient.id });
  const opened = await server.call<CaseFile>(clinician, 'POST', `/patients/${patient.id}/episodes`, { startDate: day(start), regions: ['low-back'], condition: 'low-back-pain' });
  const e = opened.episode.id;
  const walk = await server.call<{ id: string }>(clinician, 'POST', `/episodes/${e}/goals`, { activity: 'Walk 30 minutes without next-day pain', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: day(start) });
  const lift = await server.call<{ id: string }>(clinician, 'POST', `/episodes/${e}/goals`, { activity: 'Lift the grandchild', measure: { kind: 'capacity', unit: 'kg' }, baseline: 4, target: 12, setOn: day(start) });
  await server.call(clinician, 'POST', `/episodes/${e}/measures`, { instrument: 'start-back', date: day(start), score: 3 });
  await server.call(clinician, 'PUT', `/episodes/${e}/intake`, {
    version: opened.episode.version, completedOn: day(start), redFlags: clearScreen(day(start)),
    irritability: { confirmed: 'moderate', confirmedOn: day(start) }, priorTreatments: [{ kind: 'exercise-program', outcome: 'flare' }],
    imaging: [{ id: 'mri-1', date: day(start - 60), modality: 'mri', region: 'low-back', text: 'Disc degeneration at L4-L5 with a mild disc bulge. No nerve root compression.' }],
  });
  // Sessions twice a week, relief growing; active work enters in the later weeks.
  const sessions = Math.max(1, weeks * 2);
  for (let i = 0; i < sessions; i += 1) {
    const d = start + 1 + Math.floor(i * 3.5);
    const active = i >= sessions - 3 ? [{ modality: 'corrective-exercise', minutes: 15 + i }] : [];
    await server.call(clinician, 'POST', `/episodes/${e}/sessions`, {
      date: day(d), modalities: [{ modality: 'dry-needling', minutes: 25 }, ...active],
      ...(i === 0 ? {} : { responseSinceLastSession: { reliefDays: Math.min(3, Math.floor(i / 2)) } }),
      findings: [{ goalId: walk.id, value: Math.min(8, 3 + i * 0.5) }],
    });
    await server.call(clinician, 'POST', `/episodes/${e}/check-ins`, { date: day(d + 1), painNow: Math.max(2, 7 - i * 0.5), goals: [{ goalId: walk.id, value: Math.min(8, 3 + i * 0.4) }, { goalId: lift.id, value: 4 + i }], hep: 'partly' }, { 'Idempotency-Key': `seed-${e}-${i}` });
  }
  if (weeks >= 3) await server.call(clinician, 'POST', `/episodes/${e}/flares`, { start: day(start + 10), end: day(start + 12), cause: 'new-load', recordedBy: 'clinician' });
  return { email: email ?? '', patientId: patient.id, episodeId: e, goalIds: [walk.id, lift.id] };
}

export async function seed(server: RunningServer): Promise<Seeded> {
  const adminToken = await server.signIn(ADMIN_EMAIL);
  const clinicianEmail = 'cleo@e2e.example';
  await server.call(adminToken, 'POST', '/users', { email: clinicianEmail, name: 'Cleo Clinician', role: 'clinician', password: PASSWORD, discipline: 'physical therapy' });
  const clinicianToken = await server.signIn(clinicianEmail);
  const patient = await patientWithHistory(server, adminToken, clinicianToken, 'Maria Santos', 'maria@e2e.example', 4);
  await patientWithHistory(server, adminToken, clinicianToken, 'Tom Okafor', null, 1);
  // One patient with no goals yet, so the caseload shows flags.
  const bare = await server.call<{ id: string }>(clinicianToken, 'POST', '/patients', { name: 'Lena Vogel', birthDate: '1988-11-02', sex: 'female' });
  await server.call(clinicianToken, 'POST', `/patients/${bare.id}/episodes`, { startDate: day(-3), regions: ['neck'], condition: 'neck-pain' });
  return { adminToken, clinicianEmail, clinicianToken, patient };
}
