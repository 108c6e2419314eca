// Synthetic case files for the conversation tests, each run through the real engine so the drafts
// are tested against real assessments. Every vignette is made up; no real patient is described.
// Each one aims at certain situations (named in `situations`), and the tests check they appear.
import { assess } from '../engine/assess.ts';
import type { Assessment } from '../engine/assessment.ts';
import { caseFileSchema, type CaseFile, type CaseFileInput } from '../records/case-file.ts';
import { defaultSettings } from '../settings/settings.ts';
import { addDays } from '../time.ts';
import type { ConversationSituation } from './conversation.ts';

export interface Vignette {
  name: string;
  asOf: string;
  situations: ConversationSituation[];
  input: CaseFileInput;
}

const clearScreen = (date: string): NonNullable<CaseFileInput['intake']>['redFlags'] => ({
  date,
  answers: [{ item: 'cauda-equina-bladder-bowel', present: false }, { item: 'suspected-malignancy', present: false }],
});

const dn = (minutes = 30): Array<{ modality: 'dry-needling'; minutes: number }> => [{ modality: 'dry-needling', minutes }];
const blendedCare = [{ modality: 'manual-therapy' as const, minutes: 15 }, { modality: 'progressive-loading' as const, minutes: 30 }];

/** First sessions: soreness after each, an exercise programme that went badly before, an MRI at 40. */
const earlySessions: Vignette = {
  name: 'early sessions with soreness, a bad earlier exercise attempt and an MRI',
  asOf: '2026-03-13',
  situations: ['imaging-in-context', 'early-soreness', 'earlier-exercise-attempt'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1985-09-21', sex: 'male' },
    episode: { startDate: '2026-03-02', regions: ['low-back'], condition: 'low-back-pain', painDurationMonths: 14 },
    intake: {
      completedOn: '2026-03-02',
      redFlags: clearScreen('2026-03-02'),
      irritability: { confirmed: 'moderate', confirmedOn: '2026-03-02' },
      priorTreatments: [{ kind: 'exercise-program', started: '2025-06-01', durationWeeks: 6, outcome: 'made-worse' }],
      imaging: [{
        id: 'mri-1', date: '2026-01-20', modality: 'mri', region: 'low-back',
        text: 'L4-5: Disc degeneration with a broad-based disc bulge. No canal stenosis.\nL5-S1: Small central disc protrusion. No nerve root compression.',
      }],
    },
    goals: [{ id: 'garden', activity: 'Dig the vegetable garden for an hour', measure: { kind: 'ability' }, baseline: 2, target: 7, setOn: '2026-03-02' }],
    sessions: [
      { id: 's1', date: '2026-03-03T10:00:00+01:00', modalities: dn() },
      { id: 's2', date: '2026-03-10T10:00:00+01:00', modalities: dn(), responseSinceLastSession: { reliefDays: 0, soreness: 5 } },
    ],
    checkIns: [
      { id: 'c1', date: '2026-03-06', painNow: 5, goals: [{ goalId: 'garden', value: 2 }], reliefSinceLastSession: false },
      { id: 'c2', date: '2026-03-12', painNow: 5, goals: [{ goalId: 'garden', value: 3 }], reliefSinceLastSession: false },
    ],
    flares: [
      { id: 'f1', start: '2026-03-03T18:00:00+01:00', end: '2026-03-05T09:00:00+01:00', peakPain: 6 },
      { id: 'f2', start: '2026-03-11', end: '2026-03-12', peakPain: 6 },
    ],
  },
};

/** A young patient whose MRI names a fracture, a compressed nerve and an uncommon finding for the age. */
const imagingForPhysician: Vignette = {
  name: 'MRI with findings for the physician',
  asOf: '2026-02-10',
  situations: ['imaging-in-context', 'early-soreness', 'referral'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '2001-05-02', sex: 'female' },
    episode: { startDate: '2026-02-02', regions: ['low-back'], condition: 'low-back-pain' },
    intake: {
      completedOn: '2026-02-02',
      redFlags: clearScreen('2026-02-02'),
      irritability: { confirmed: 'moderate', confirmedOn: '2026-02-02' },
      imaging: [{
        id: 'mri-2', date: '2026-01-15', modality: 'mri', region: 'low-back', indication: 'poor-response-to-care',
        text: [
          'Mild compression fracture of the L1 vertebral body.',
          'L4-5: Facet degeneration. Mild disc bulge.',
          'L5-S1: Disc protrusion compressing the left S1 nerve root.',
        ].join('\n'),
      }],
    },
    goals: [{ id: 'run', activity: 'Run 5 km', measure: { kind: 'capacity', unit: 'km' }, baseline: 0, target: 5, setOn: '2026-02-02' }],
    sessions: [{ id: 's1', date: '2026-02-03', modalities: dn() }],
  },
};

/** Knee osteoarthritis in blended care: gardening sets off a flare that settles in under two days. */
const normalFlare: Vignette = {
  name: 'a normal flare in blended care',
  asOf: '2026-02-20',
  situations: ['flare'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1961-04-03', sex: 'female' },
    episode: { startDate: '2026-01-12', regions: ['knee'], condition: 'osteoarthritis' },
    intake: {
      completedOn: '2026-01-12',
      redFlags: clearScreen('2026-01-12'),
      irritability: { confirmed: 'low', confirmedOn: '2026-01-12' },
    },
    goals: [
      { id: 'stairs', activity: 'Climb the stairs to the second floor without stopping', measure: { kind: 'ability' }, baseline: 4, target: 9, setOn: '2026-01-12' },
      { id: 'walk', activity: 'Walk the dog around the park', measure: { kind: 'capacity', unit: 'minutes' }, baseline: 15, target: 45, setOn: '2026-01-12' },
    ],
    sessions: [
      { id: 's1', date: '2026-01-12', modalities: blendedCare },
      { id: 's2', date: '2026-01-19', modalities: blendedCare, findings: [{ goalId: 'stairs', value: 5 }] },
      { id: 's3', date: '2026-01-26', modalities: blendedCare, findings: [{ goalId: 'stairs', value: 5 }, { goalId: 'walk', value: 20 }] },
      { id: 's4', date: '2026-02-02', modalities: blendedCare, findings: [{ goalId: 'stairs', value: 6 }, { goalId: 'walk', value: 25 }] },
      { id: 's5', date: '2026-02-09', modalities: blendedCare, findings: [{ goalId: 'stairs', value: 6 }, { goalId: 'walk', value: 25 }] },
      { id: 's6', date: '2026-02-16', modalities: blendedCare, findings: [{ goalId: 'stairs', value: 7 }, { goalId: 'walk', value: 30 }] },
    ],
    checkIns: [
      { id: 'k1', date: '2026-02-06', painNow: 3, goals: [{ goalId: 'stairs', value: 6 }], hep: 'yes' },
      { id: 'k2', date: '2026-02-08', painNow: 3, goals: [{ goalId: 'stairs', value: 6 }], hep: 'yes' },
      { id: 'k3', date: '2026-02-10', painNow: 3, goals: [{ goalId: 'stairs', value: 6 }], hep: 'partly' },
      { id: 'k4', date: '2026-02-13', painNow: 6, goals: [{ goalId: 'stairs', value: 4 }], hep: 'no' },
      { id: 'k5', date: '2026-02-15', painNow: 3, goals: [{ goalId: 'stairs', value: 6 }], hep: 'yes' },
      { id: 'k6', date: '2026-02-18', painNow: 3, goals: [{ goalId: 'stairs', value: 7 }], hep: 'yes' },
    ],
    flares: [{ id: 'f1', start: '2026-02-12T18:00:00+01:00', end: '2026-02-14T12:00:00+01:00', peakPain: 6, cause: 'new-load' }],
    checkpoints: [{ id: 'cp1', date: '2026-02-09', decision: { code: 'shift-to-active', reason: 'Tolerating loading well.' } }],
  },
};

/** Low back pain: moving house sets off a flare that lasts five days. */
const longFlare: Vignette = {
  name: 'a flare that needs reassessment',
  asOf: '2026-03-20',
  situations: ['flare'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1972-11-30', sex: 'male' },
    episode: { startDate: '2026-02-09', regions: ['low-back'], condition: 'low-back-pain' },
    intake: {
      completedOn: '2026-02-09',
      redFlags: clearScreen('2026-02-09'),
      irritability: { confirmed: 'moderate', confirmedOn: '2026-02-09' },
    },
    goals: [{ id: 'sit', activity: 'Sit through a two-hour meeting', measure: { kind: 'capacity', unit: 'minutes' }, baseline: 30, target: 120, setOn: '2026-02-09' }],
    sessions: [
      { id: 's1', date: '2026-02-10', modalities: dn() },
      { id: 's2', date: '2026-02-17', modalities: dn(), responseSinceLastSession: { reliefDays: 1 } },
      { id: 's3', date: '2026-02-24', modalities: dn(), responseSinceLastSession: { reliefDays: 2 }, findings: [{ goalId: 'sit', value: 45 }] },
      { id: 's4', date: '2026-03-03', modalities: dn(), responseSinceLastSession: { reliefDays: 3 }, findings: [{ goalId: 'sit', value: 50 }] },
      { id: 's5', date: '2026-03-10', modalities: dn(), responseSinceLastSession: { reliefDays: 3 }, findings: [{ goalId: 'sit', value: 60 }] },
      { id: 's6', date: '2026-03-19', modalities: dn(20), responseSinceLastSession: { reliefDays: 1 }, findings: [{ goalId: 'sit', value: 40 }] },
    ],
    checkIns: [
      { id: 'k1', date: '2026-03-08', painNow: 4, goals: [{ goalId: 'sit', value: 60 }] },
      { id: 'k2', date: '2026-03-11', painNow: 4, goals: [{ goalId: 'sit', value: 60 }] },
      { id: 'k3', date: '2026-03-14', painNow: 7, goals: [{ goalId: 'sit', value: 20 }] },
      { id: 'k4', date: '2026-03-19', painNow: 4, goals: [{ goalId: 'sit', value: 45 }] },
    ],
    flares: [{ id: 'f1', start: '2026-03-12T09:00:00+01:00', end: '2026-03-17T20:00:00+01:00', peakPain: 8, cause: 'life-event' }],
  },
};

type SessionInput = NonNullable<CaseFileInput['sessions']>[number];

/** Sessions at which nothing moves: the same goal value and relief window each time. */
const stuckSessions = (goalId: string, dates: readonly string[], value: number, reliefDays: number, modalities: SessionInput['modalities']): SessionInput[] =>
  dates.map((date, i) => ({ id: `p${i + 1}`, date, modalities, responseSinceLastSession: { reliefDays }, findings: [{ goalId, value }] }));

/** Neck pain: the window stuck at three days and the laptop goal at 5/10 for a month. */
const plateauFirstRung: Vignette = {
  name: 'a plateau, first rung of the ladder',
  asOf: '2026-03-25',
  situations: ['plateau'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1990-12-01', sex: 'female' },
    episode: { startDate: '2026-02-02', regions: ['neck'], condition: 'neck-pain' },
    intake: {
      completedOn: '2026-02-02',
      redFlags: clearScreen('2026-02-02'),
      irritability: { confirmed: 'moderate', confirmedOn: '2026-02-02' },
    },
    goals: [{ id: 'laptop', activity: 'Work at the laptop for a full morning', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-02-02' }],
    sessions: [
      { id: 's1', date: '2026-02-02', modalities: dn(25), findings: [{ goalId: 'laptop', value: 3 }] },
      { id: 's2', date: '2026-02-09', modalities: dn(25), responseSinceLastSession: { reliefDays: 1 }, findings: [{ goalId: 'laptop', value: 3 }] },
      { id: 's3', date: '2026-02-16', modalities: dn(25), responseSinceLastSession: { reliefDays: 2 }, findings: [{ goalId: 'laptop', value: 4 }] },
      ...stuckSessions('laptop', ['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'], 5, 3, dn(25)),
    ],
    checkpoints: [{ id: 'cp1', date: '2026-03-16', decision: { code: 'extend-passive', reason: 'One more round.' } }],
  },
};

/**
 * Low back pain in blended care, stuck for five weeks after adherence was checked and the
 * programme adjusted: the third rung (advanced rehabilitation, medical re-evaluation). Two goals.
 */
const plateauThirdRung: Vignette = {
  name: 'a plateau at the third rung, with a referral recommended',
  asOf: '2026-04-27',
  situations: ['plateau', 'referral'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1968-07-14', sex: 'male' },
    episode: { startDate: '2026-01-12', regions: ['low-back'], condition: 'low-back-pain' },
    intake: {
      completedOn: '2026-01-12',
      redFlags: clearScreen('2026-01-12'),
      irritability: { confirmed: 'low', confirmedOn: '2026-01-12' },
    },
    goals: [
      { id: 'lift', activity: 'Lift my grandson from the floor', measure: { kind: 'ability' }, baseline: 2, target: 8, setOn: '2026-01-12' },
      { id: 'cycle', activity: 'Cycle to work', measure: { kind: 'capacity', unit: 'km' }, baseline: 2, target: 12, setOn: '2026-01-12' },
    ],
    sessions: [
      { id: 's1', date: '2026-01-12', modalities: blendedCare, findings: [{ goalId: 'lift', value: 2 }, { goalId: 'cycle', value: 2 }] },
      { id: 's2', date: '2026-01-26', modalities: blendedCare, findings: [{ goalId: 'lift', value: 3 }, { goalId: 'cycle', value: 4 }] },
      { id: 's3', date: '2026-02-09', modalities: blendedCare, findings: [{ goalId: 'lift', value: 4 }, { goalId: 'cycle', value: 6 }] },
      { id: 's4', date: '2026-02-23', modalities: blendedCare, findings: [{ goalId: 'lift', value: 5 }, { goalId: 'cycle', value: 6 }] },
      ...['2026-03-09', '2026-03-23', '2026-04-06', '2026-04-20'].map((date, i) => ({
        id: `p${i + 1}`, date, modalities: blendedCare, findings: [{ goalId: 'lift', value: 5 }, { goalId: 'cycle', value: 6 }],
      })),
    ],
    checkIns: [
      { id: 'k1', date: '2026-04-15', painNow: 4, hep: 'yes' as const },
      { id: 'k2', date: '2026-04-22', painNow: 4, hep: 'yes' as const },
    ],
    checkpoints: [
      { id: 'cp1', date: '2026-03-23', decision: { code: 'check-adherence', reason: 'Exercises done most days; dose reviewed.' } },
      { id: 'cp2', date: '2026-04-06', decision: { code: 'adjust-program', reason: 'Changed the loading programme.' } },
    ],
  },
};

/** Shoulder pain in active-dominant care, handed on to advanced rehabilitation with an overlap. */
const activeReferral: Vignette = {
  name: 'an active referral with an overlap',
  asOf: '2026-04-10',
  situations: ['referral'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1979-02-11', sex: 'female' },
    episode: { startDate: '2026-01-12', regions: ['shoulder'], condition: 'shoulder-pain' },
    intake: {
      completedOn: '2026-01-12',
      redFlags: clearScreen('2026-01-12'),
      irritability: { confirmed: 'low', confirmedOn: '2026-01-12' },
    },
    goals: [{ id: 'reach', activity: 'Reach the top shelf in the kitchen', measure: { kind: 'ability' }, baseline: 3, target: 9, setOn: '2026-01-12' }],
    sessions: [
      { id: 's1', date: '2026-01-12', modalities: blendedCare, findings: [{ goalId: 'reach', value: 3 }] },
      { id: 's2', date: '2026-01-26', modalities: blendedCare, findings: [{ goalId: 'reach', value: 4 }], responseSinceLastSession: { reliefDays: 7 } },
      { id: 's3', date: '2026-02-09', modalities: [{ modality: 'progressive-loading', minutes: 40 }], findings: [{ goalId: 'reach', value: 6 }], responseSinceLastSession: { reliefDays: 10 } },
      { id: 's4', date: '2026-02-23', modalities: [{ modality: 'progressive-loading', minutes: 40 }], findings: [{ goalId: 'reach', value: 7 }], responseSinceLastSession: { reliefDays: 12 } },
      { id: 's5', date: '2026-03-09', modalities: [{ modality: 'progressive-loading', minutes: 40 }], findings: [{ goalId: 'reach', value: 7 }], responseSinceLastSession: { reliefDays: 14 } },
    ],
    referrals: [{
      id: 'r1', date: '2026-03-20', to: { discipline: 'advanced-rehabilitation', provider: 'Riverside Rehab' },
      reason: 'Overhead strength for work: needs gym-based progression beyond this clinic.', overlapStart: '2026-03-23', overlapEnd: '2026-04-20', status: 'active',
    }],
  },
};

/** Hip pain: both goals at target since early March and held; confirmed at a checkpoint. */
const graduated: Vignette = {
  name: 'graduation',
  asOf: '2026-04-02',
  situations: ['graduation'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1958-10-05', sex: 'male' },
    episode: { startDate: '2026-01-05', regions: ['hip'], condition: 'osteoarthritis' },
    intake: {
      completedOn: '2026-01-05',
      redFlags: clearScreen('2026-01-05'),
      irritability: { confirmed: 'low', confirmedOn: '2026-01-05' },
    },
    goals: [
      { id: 'golf', activity: 'Play nine holes of golf', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-01-05' },
      { id: 'walk', activity: 'Walk to the shops and back', measure: { kind: 'capacity', unit: 'minutes' }, baseline: 10, target: 40, setOn: '2026-01-05' },
    ],
    sessions: [
      { id: 's1', date: '2026-01-05', modalities: blendedCare, findings: [{ goalId: 'golf', value: 3 }, { goalId: 'walk', value: 10 }] },
      { id: 's2', date: '2026-01-19', modalities: blendedCare, findings: [{ goalId: 'golf', value: 5 }, { goalId: 'walk', value: 20 }] },
      { id: 's3', date: '2026-02-02', modalities: [{ modality: 'progressive-loading', minutes: 40 }], findings: [{ goalId: 'golf', value: 6 }, { goalId: 'walk', value: 30 }] },
      { id: 's4', date: '2026-02-16', modalities: [{ modality: 'progressive-loading', minutes: 40 }], findings: [{ goalId: 'golf', value: 7 }, { goalId: 'walk', value: 35 }] },
      { id: 's5', date: '2026-03-02', modalities: [{ modality: 'progressive-loading', minutes: 40 }], findings: [{ goalId: 'golf', value: 8 }, { goalId: 'walk', value: 40 }] },
      { id: 's6', date: '2026-03-16', modalities: [{ modality: 'progressive-loading', minutes: 40 }], findings: [{ goalId: 'golf', value: 8 }, { goalId: 'walk', value: 45 }] },
      { id: 's7', date: '2026-03-30', modalities: [{ modality: 'progressive-loading', minutes: 40 }], findings: [{ goalId: 'golf', value: 9 }, { goalId: 'walk', value: 45 }] },
    ],
    checkpoints: [{ id: 'cp1', date: '2026-03-30', decision: { code: 'graduate', reason: 'Goals held for four weeks.' } }],
  },
};

/** A new bladder disturbance at intake: the emergency tier. */
const urgentEmergency: Vignette = {
  name: 'an emergency red flag',
  asOf: '2026-02-02',
  situations: ['urgent-referral'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1975-03-03', sex: 'female' },
    episode: { startDate: '2026-02-02', regions: ['low-back'], condition: 'low-back-pain' },
    intake: {
      completedOn: '2026-02-02',
      redFlags: { date: '2026-02-02', answers: [{ item: 'cauda-equina-bladder-bowel', present: true }] },
      irritability: { confirmed: 'high', confirmedOn: '2026-02-02' },
      imaging: [{ id: 'mri-3', date: '2026-01-10', modality: 'mri', region: 'low-back', text: 'L4-5: Disc bulge.' }],
    },
    goals: [{ id: 'walk', activity: 'Walk 30 minutes without next-day pain', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-02-02' }],
  },
};

/** Suspected malignancy at intake: the urgent tier, a doctor within days. */
const urgentWithinDays: Vignette = {
  ...urgentEmergency,
  name: 'an urgent red flag',
  input: {
    ...urgentEmergency.input,
    intake: { ...urgentEmergency.input.intake, redFlags: { date: '2026-02-02', answers: [{ item: 'suspected-malignancy', present: true }] } },
  },
};

/**
 * No relief window by the fourth session, and a routine red flag (features of axial
 * spondyloarthritis): the engine calls non-response and recommends a medical re-evaluation.
 */
const nonResponder: Vignette = {
  name: 'a non-responder with a routine red flag',
  asOf: '2026-03-03',
  situations: ['early-soreness', 'referral'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1994-08-19', sex: 'male' },
    episode: { startDate: '2026-02-09', regions: ['low-back'], condition: 'low-back-pain' },
    intake: {
      completedOn: '2026-02-09',
      redFlags: { date: '2026-02-09', answers: [{ item: 'axial-spondyloarthritis-features', present: true }, { item: 'cauda-equina-bladder-bowel', present: false }] },
      irritability: { confirmed: 'moderate', confirmedOn: '2026-02-09' },
    },
    goals: [{ id: 'sleep', activity: 'Sleep through the night without waking from pain', measure: { kind: 'ability' }, baseline: 2, target: 7, setOn: '2026-02-09' }],
    sessions: [
      { id: 's1', date: '2026-02-10', modalities: dn(), findings: [{ goalId: 'sleep', value: 2 }] },
      { id: 's2', date: '2026-02-17', modalities: dn(), responseSinceLastSession: { reliefDays: 0 }, findings: [{ goalId: 'sleep', value: 2 }] },
      { id: 's3', date: '2026-02-24', modalities: dn(), responseSinceLastSession: { reliefDays: 0 }, findings: [{ goalId: 'sleep', value: 3 }] },
      { id: 's4', date: '2026-03-03', modalities: dn(), responseSinceLastSession: { reliefDays: 0 }, findings: [{ goalId: 'sleep', value: 2 }] },
    ],
  },
};

/** Daily check-ins logging the programme, from `from` to `to` (ISO days), shaped per day. */
function loggedDays(from: string, to: string, shape: (day: string) => Pick<NonNullable<CaseFileInput['checkIns']>[number], 'exercises' | 'morningAfter' | 'painNow'>): NonNullable<CaseFileInput['checkIns']> {
  const list: NonNullable<CaseFileInput['checkIns']> = [];
  for (let day = from; day <= to; day = addDays(day, 1)) list.push({ id: `log-${day}`, date: `${day}T19:00:00+01:00`, ...shape(day) });
  return list;
}

/** The goblet squat raised to 11 kg went past the acceptable band on two days: a step back. */
const loadStepBack: Vignette = {
  name: 'a step back on one exercise after two painful sessions',
  asOf: '2026-05-16',
  situations: ['load-step-back'],
  input: {
    schemaVersion: 1,
    patient: { birthDate: '1961-04-22', sex: 'female' },
    episode: { startDate: '2026-05-04', regions: ['hip'], condition: 'osteoarthritis' },
    intake: { completedOn: '2026-05-04', redFlags: clearScreen('2026-05-04'), irritability: { confirmed: 'low', confirmedOn: '2026-05-04' } },
    goals: [{ id: 'car', activity: 'Get in and out of the car', measure: { kind: 'ability' }, baseline: 4, target: 8, setOn: '2026-05-04', patterns: ['squat'] }],
    sessions: [{ id: 's1', date: '2026-05-04', modalities: blendedCare }, { id: 's2', date: '2026-05-11', modalities: blendedCare }],
    programme: [
      { id: 'v1', date: '2026-05-04', by: 'Dr Test', reason: 'Start below tolerance.', items: [{ exerciseId: 'squat-goblet', dose: { sets: 3, reps: 8, loadKg: 10 }, daysPerWeek: 7, startDate: '2026-05-04' }] },
      { id: 'v2', date: '2026-05-11', by: 'Dr Test', reason: 'A good week: about 10% more.', items: [{ exerciseId: 'squat-goblet', dose: { sets: 3, reps: 8, loadKg: 11 }, daysPerWeek: 7, startDate: '2026-05-04' }] },
    ],
    checkIns: loggedDays('2026-05-05', '2026-05-16', (day) => ({
      painNow: 3,
      exercises: [{ exerciseId: 'squat-goblet', done: 'yes', painDuring: day === '2026-05-12' || day === '2026-05-14' ? 7 : 3 }],
    })),
  },
};

/** Graduation with a programme the patient ran alone: the draft names the step back for a flare. */
const graduatedWithProgramme: Vignette = {
  ...graduated,
  name: 'graduation with a home programme run alone',
  input: {
    ...graduated.input,
    programme: [{ id: 'v1', date: '2026-02-02', by: 'Dr Test', reason: 'Walking toward the shops.', items: [{ exerciseId: 'walk-brisk', dose: { sets: 1, minutes: 30 }, daysPerWeek: 5, startDate: '2026-02-02' }] }],
    checkIns: loggedDays('2026-03-10', '2026-04-02', () => ({ painNow: 1, exercises: [{ exerciseId: 'walk-brisk', done: 'yes', painDuring: 1 }] })),
  },
};

export const vignettes: readonly Vignette[] = [
  earlySessions, imagingForPhysician, normalFlare, longFlare, plateauFirstRung, plateauThirdRung, activeReferral, graduated,
  urgentEmergency, urgentWithinDays, nonResponder, loadStepBack, graduatedWithProgramme,
];

export function prepare(vignette: Vignette): { file: CaseFile; assessment: Assessment } {
  const file = caseFileSchema.parse(vignette.input);
  return { file, assessment: assess(file, vignette.asOf, defaultSettings) };
}
