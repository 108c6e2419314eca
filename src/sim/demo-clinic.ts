// The demo clinic (`threshold demo`, and `threshold start` on an empty database): an admin, three
// clinicians of different disciplines, and a caseload of simulated patients across every archetype,
// with dates relative to today. Each simulated course is cut at a point along it (so most patients
// are mid-course, as in a real caseload; some have finished) and its dates are moved so that the
// cut falls on today. Everyone is synthetic; the passwords are for a demo on one machine only.
import type { CaseFile } from '../domain/records/index.ts';
import { addDays, daysBetween, dayOf } from '../domain/time.ts';
import { archetypes } from './archetypes.ts';
import { simulateCohort } from './cohort.ts';
import { demoNames } from './demo-names.ts';
import { createRandom } from './random.ts';

export const DEMO_PASSWORD = 'threshold-demo';

export interface DemoPerson {
  name: string;
  email: string;
  discipline?: string;
}

export interface DemoPatient extends DemoPerson {
  caseFile: CaseFile;
  /** Index into `clinicians` of the lead of the care team. */
  lead: number;
}

export interface DemoClinic {
  name: string;
  password: string;
  admin: DemoPerson;
  clinicians: DemoPerson[];
  patients: DemoPatient[];
}

const clinicians: DemoPerson[] = [
  { name: 'Dr Ana Reyes', email: 'ana@demo.threshold.local', discipline: 'physical therapy' },
  { name: 'Sam Okafor', email: 'sam@demo.threshold.local', discipline: 'dry needling and acupuncture' },
  { name: 'Dr Lee Moreau', email: 'lee@demo.threshold.local', discipline: 'physician' },
];

// Synthetic lumbar MRI reports for some low-back patients: age-typical findings, and one report that
// names something for the physician (so the demo shows both sides of the imaging panel).
const reports = [
  'MRI lumbar spine. L4-5: mild disc bulge with disc desiccation. L5-S1: small central disc protrusion without nerve root contact. Mild facet arthropathy at L4-5 and L5-S1. No fracture.',
  'MRI lumbar spine. Loss of disc height and signal at L3-4 and L4-5. Small annular fissure at L4-5. No spinal canal stenosis. No evidence of fracture or marrow lesion.',
  'MRI lumbar spine. Disc bulge at L4-5. Severe spinal canal stenosis at L3-4. Grade 1 anterolisthesis of L4 on L5.',
] as const;

type Dated = { date: string };

/** Every list of the case file cut to records dated on or before `cutDay`, and the episode status it had then. */
function cutAt(file: CaseFile, cutDay: string): CaseFile {
  const upTo = <T extends Dated>(list: readonly T[]): T[] => list.filter((r) => dayOf(r.date) <= cutDay);
  const lastDay = [file.episode.startDate, ...file.sessions.map((s) => dayOf(s.date)), ...file.checkIns.map((c) => dayOf(c.date)), ...file.checkpoints.map((c) => c.date), ...file.referrals.map((r) => r.date)]
    .reduce((a, b) => (a > b ? a : b));
  const finished = cutDay >= lastDay;
  return {
    ...file,
    episode: { ...file.episode, status: finished ? file.episode.status : 'active' },
    goals: file.goals.filter((g) => g.setOn <= cutDay).map((g) => ({ ...g, ratings: upTo(g.ratings) })),
    sessions: upTo(file.sessions),
    checkIns: upTo(file.checkIns),
    flares: file.flares.filter((f) => dayOf(f.start) <= cutDay).map(({ end, ...f }) => (end !== undefined && dayOf(end) <= cutDay ? { ...f, end } : f)),
    measures: upTo(file.measures),
    checkpoints: upTo(file.checkpoints),
    irritabilityGrades: upTo(file.irritabilityGrades),
    referrals: upTo(file.referrals),
    ongoingCare: file.ongoingCare && file.ongoingCare.declaredOn <= cutDay ? file.ongoingCare : null,
    movementAssessments: upTo(file.movementAssessments),
    programme: upTo(file.programme),
  };
}

/** Every date in the case file moved by `days` (a date-time keeps its time and offset). */
function shiftDates(value: unknown, days: number): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}($|T)/.test(value)) return addDays(value.slice(0, 10), days) + value.slice(10);
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, days));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, days)]));
  return value;
}

export function demoClinic(today: string, seed = 2026, patients = 40): DemoClinic {
  const random = createRandom(seed);
  const names = demoNames(seed);
  const cohort = simulateCohort({ patients, seed, startDate: '2026-01-05', mix: Object.fromEntries(archetypes.map((a) => [a, 1])) });
  const demoPatients = cohort.map((episode, index): DemoPatient => {
    const file = episode.caseFile;
    const last = [file.episode.startDate, ...file.sessions.map((s) => dayOf(s.date)), ...file.checkIns.map((c) => dayOf(c.date))].reduce((a, b) => (a > b ? a : b));
    const length = daysBetween(file.episode.startDate, last);
    // A third of the caseload has finished its course; the rest are somewhere along it.
    const fraction = index % 3 === 0 ? 1 : 0.35 + 0.6 * random.next();
    const cutDay = addDays(file.episode.startDate, Math.round(length * fraction));
    let caseFile = shiftDates(cutAt(file, cutDay), daysBetween(cutDay, today)) as CaseFile;
    if (caseFile.episode.regions.includes('low-back') && index % 4 === 1) {
      const report = reports[index % reports.length] ?? reports[0];
      caseFile = { ...caseFile, intake: { ...caseFile.intake, imaging: [{ id: 'mri-1', date: caseFile.episode.startDate, modality: 'mri', region: 'low-back', text: report, indication: 'none-recorded' }] } };
    }
    const number = String(index + 1).padStart(2, '0');
    // A realistic name in place of the simulator's plainly synthetic one (the simulator keeps those
    // for bulk loads and the accuracy runs, where no person reads them).
    const name = names.person(file.patient.sex);
    caseFile = { ...caseFile, patient: { ...caseFile.patient, name } };
    return { name, email: `patient${number}@demo.threshold.local`, caseFile, lead: index % clinicians.length };
  });
  return {
    name: 'Threshold demo clinic',
    password: DEMO_PASSWORD,
    admin: { name: 'Jo Hartley', email: 'admin@demo.threshold.local' },
    clinicians,
    patients: demoPatients,
  };
}
