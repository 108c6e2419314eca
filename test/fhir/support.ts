// Shared by the FHIR tests: the clinical vignettes of test/cases as parsed case files with their
// as-of day, and a rich case file that fills every optional field the vignettes leave out.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseFileSchema, type CaseFile } from '../../src/domain/index.ts';

export interface LoadedVignette {
  name: string;
  caseFile: CaseFile;
  asOf: string;
}

const casesDir = fileURLToPath(new URL('../cases/', import.meta.url));

export function loadVignettes(): LoadedVignette[] {
  return readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort().map((fileName) => {
    const raw = JSON.parse(readFileSync(`${casesDir}${fileName}`, 'utf8')) as { expected: { asOf: string } };
    return { name: fileName.replace(/\.json$/, ''), caseFile: caseFileSchema.parse(raw), asOf: raw.expected.asOf };
  });
}

/**
 * A synthetic patient whose case file uses every optional field: names and contact, item answers
 * with a blank, subscales (one the instrument does not define), a band, irritability inputs and a
 * suggestion, prior treatments, imaging with non-ASCII text, a red-flag clearance, date-times with
 * offsets, every check-in field (the server's time of receipt too), a flare with its peak, a kept
 * checkpoint assessment with its settings version, irritability graded again at a session, at a
 * checkpoint and on its own, referrals in two statuses and declared ongoing care; and the active
 * phase: goals naming patterns, a movement assessment and a skipped one, two programme versions (one
 * with the clinic's own exercise, notes, a loaded dose and a timed one) and check-ins logging them
 * with the morning after.
 */
export const richCaseFile: CaseFile = caseFileSchema.parse({
  schemaVersion: 1,
  patient: { id: 'pat-7', name: 'Ana Example', birthDate: '1979-05-04', sex: 'female', contact: '+1 555 0100' },
  episode: {
    id: 'ep-7', startDate: '2026-01-05', status: 'ongoing-care', regions: ['low-back', 'hip'], condition: 'sciatica',
    complaint: 'Pain from the low back into the left buttock', painDurationMonths: 14.5, expectations: 'Walk the dog again without dreading it',
  },
  intake: {
    completedOn: '2026-01-05', physicalExamOn: '2026-01-05', educationOn: '2026-01-12', carePlanAgreedOn: '2026-01-12', workStatus: 'off-work',
    redFlags: {
      date: '2026-01-05',
      answers: [
        { item: 'suspected-malignancy', present: true, note: 'Weight loss over a winter; GP to review' },
        { item: 'cauda-equina-bladder-bowel', present: false },
      ],
      clearance: { date: '2026-01-09', by: 'Dr. B. Synthetic (GP)', reason: 'Bloods and review normal; weight loss explained by a diet.' },
    },
    irritability: {
      inputs: { painNow: 6, nightOrRestPain: 'intermittent', provocation: 'moderate-activity', settleHours: 5 },
      suggested: 'moderate', confirmed: 'moderate', confirmedOn: '2026-01-05',
    },
    priorTreatments: [
      { kind: 'exercise-program', started: '2025-03-01', durationWeeks: 6, outcome: 'flare', note: 'Heavy deadlifts from week one' },
      { kind: 'medication', outcome: 'no-change' },
    ],
    imaging: [{
      id: 'mri-1', date: '2025-11-20', modality: 'mri', region: 'low-back', indication: 'poor-response-to-care',
      text: 'L4–L5: disc bulge without nerve root compression. L5–S1: mild facet degeneration — no stenosis.',
    }],
  },
  goals: [
    {
      id: 'walk', activity: 'Walk the dog for 40 minutes', measure: { kind: 'capacity', unit: 'minutes' }, baseline: 10, target: 40, setOn: '2026-01-05',
      ratings: [{ date: '2026-01-05', value: 10, source: 'intake' }, { date: '2026-02-02', value: 20, source: 'checkpoint' }],
      patterns: ['walking', 'carry'],
    },
    { id: 'sit', activity: 'Sit through a film', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-01-05', patterns: ['sitting'] },
  ],
  irritabilityGrades: [
    { id: 'g1', date: '2026-01-19', grade: 'moderate', context: 'session', contextId: 's2', by: 'c-anna' },
    {
      id: 'g2', date: '2026-02-02', grade: 'low', context: 'checkpoint', contextId: 'cp1', by: 'Anna (PT)', note: 'Settles within the hour now',
      inputs: { painNow: 3, nightOrRestPain: 'none', provocation: 'sustained-or-heavy-activity', settleHours: 0.5 },
    },
    { id: 'g3', date: '2026-02-10', grade: 'low', context: 'other' },
  ],
  sessions: [
    { id: 's1', date: '2026-01-12T09:30:00+01:00', clinicianId: 'c-anna', modalities: [{ modality: 'dry-needling', minutes: 20 }, { modality: 'education', minutes: 10 }], notes: 'First needling; explained soreness.' },
    {
      id: 's2', date: '2026-01-19T10:00:00+01:00', clinicianId: 'c-anna', modalities: [{ modality: 'manual-therapy', minutes: 15 }, { modality: 'progressive-loading', minutes: 20 }],
      responseSinceLastSession: { reliefDays: 2, soreness: 4 }, findings: [{ goalId: 'walk', value: 15, note: 'Gait easier' }, { goalId: 'sit', value: 4 }],
    },
    { id: 's3', date: '2026-01-26', clinicianId: 'c-ben', modalities: [{ modality: 'progressive-loading', minutes: 30 }], responseSinceLastSession: { reliefDays: null } },
  ],
  checkIns: [
    {
      id: 'ci1', date: '2026-01-14T20:15:00+01:00', painNow: 4.5, goals: [{ goalId: 'walk', value: 15 }, { goalId: 'sit', value: 4 }],
      reliefSinceLastSession: true, soreness: 3, sleepQuality: 6, stress: 5, hep: 'partly', note: 'Sore calf after the walk',
      receivedAt: '2026-01-15T06:02:11.000Z',
      exercises: [{ exerciseId: 'walk-flat', done: 'yes', painDuring: 2 }, { exerciseId: 'clinic-dog-lead-carry', done: 'partly', painDuring: 4.5 }, { exerciseId: 'hinge-bridge', done: 'no' }],
    },
    { id: 'ci2', date: '2026-01-16', painNow: 5, morningAfter: [{ exerciseId: 'walk-flat', response: 'same' }, { exerciseId: 'clinic-dog-lead-carry', response: 'worse' }] },
  ],
  flares: [
    { id: 'f1', start: '2026-01-28T07:00:00+01:00', peak: '2026-01-28T18:00:00+01:00', peakPain: 7, end: '2026-01-30', cause: 'life-event', recordedBy: 'clinician' },
    { id: 'f2', start: '2026-02-03' },
  ],
  measures: [
    { id: 'm-odi-1', instrument: 'odi', date: '2026-01-05', score: 36, band: 'moderate' },
    { instrument: 'peg', date: '2026-01-05', score: 6.3, answers: [7, 6, 6] },
    { instrument: 'start-back', date: '2026-01-05', score: 5, subscales: { distress: 3, 'local-extra': 1 }, band: 'medium', answers: [1, 1, 0, 1, 0, 1, 1, 0, 2] },
    { instrument: 'psfs', date: '2026-01-05', score: 3.5, answers: [3, null, 4] },
    { instrument: 'nprs', date: '2026-02-02', score: 4, answers: [4] },
  ],
  checkpoints: [
    { id: 'cp1', date: '2026-02-02', decision: { code: 'declare-ongoing-care', reason: 'Stable gains; needs a monthly top-up for now.', by: 'Anna (PT)' }, assessment: { phase: 'blended', note: 'kept as it was', windows: [1, 2, null] }, settingsVersion: 3 },
    { id: 'cp2', date: '2026-02-16' },
  ],
  referrals: [
    { id: 'r1', date: '2026-02-02', to: { discipline: 'psychology', provider: 'Synthetic Pain Psychology' }, reason: 'Worry about the future of her work.', summary: 'STarT Back medium; distress 3.', overlapStart: '2026-02-02', status: 'active' },
    { id: 'r2', date: '2026-02-10', to: { discipline: 'physician' }, reason: 'Review of medication.', status: 'proposed' },
  ],
  ongoingCare: { declaredOn: '2026-02-02', reason: 'Monthly sessions keep her walking while work is uncertain.', reviewOn: '2026-05-02' },
  movementAssessments: [
    { id: 'ma1', date: '2026-01-05', context: 'intake', skippedReason: 'Too sore today to load; retake at the next visit.', by: 'Anna (PT)' },
    {
      id: 'ma2', date: '2026-01-12', context: 'session', by: 'Anna (PT)', ratings: [
        { pattern: 'hinge', quality: 2, painDuring: 4, tolerated: { repetitions: 8 }, note: 'Guards the lumbar spine' },
        { pattern: 'carry', quality: 1, painDuring: 5.5, tolerated: { kg: 4, metres: 20 } },
        { pattern: 'sitting', quality: 3, painDuring: 3, tolerated: { seconds: 1800 } },
      ],
    },
  ],
  programme: [
    {
      id: 'pv1', date: '2026-01-12', by: 'Anna (PT)', reason: 'Graded walk and a bridge, below tolerance.', recordedAt: '2026-01-12T09:55:00Z', items: [
        { exerciseId: 'walk-flat', dose: { sets: 1, minutes: 8 }, daysPerWeek: 7, startDate: '2026-01-12', note: 'Same time on good and bad days' },
        { exerciseId: 'hinge-bridge', dose: { sets: 2, reps: 10 }, daysPerWeek: 5, startDate: '2026-01-12' },
      ],
    },
    {
      id: 'pv2', date: '2026-01-14', by: 'Anna (PT)', reason: 'Add carrying the dog\'s lead bag.', recordedAt: '2026-01-13T17:02:00+01:00', items: [
        { exerciseId: 'walk-flat', dose: { sets: 1, minutes: 8 }, daysPerWeek: 7, startDate: '2026-01-12', note: 'Same time on good and bad days' },
        { exerciseId: 'hinge-bridge', dose: { sets: 2, reps: 10 }, daysPerWeek: 5, startDate: '2026-01-12' },
        { exerciseId: 'clinic-dog-lead-carry', dose: { sets: 2, metres: 40, loadKg: 2.5 }, daysPerWeek: 3, startDate: '2026-01-14' },
      ],
    },
  ],
  clinicExercises: [{
    id: 'clinic-dog-lead-carry', name: 'Carry the dog bag', kind: 'carry', ladder: 'carry', step: 2, trains: 'Carrying on one side while walking, as with the dog bag',
    unit: 'metres', loaded: true, startDose: { sets: 2, metres: 40, loadKg: 2.5 }, topDose: { sets: 3, metres: 80, loadKg: 8 }, minutes: 5,
    instructions: 'Hold the dog bag in one hand. Walk tall to the end of the garden and back. Swap hands halfway.', cues: ['Stand tall', 'Swap hands'],
  }],
});
