// The simulated patient's record at intake: who they are (an obviously synthetic name), the episode,
// the red-flag screen, the irritability grade with the inputs that support it, earlier treatments and
// the baseline screens. Screens are answered item by item and scored by the domain's own scorer, so
// a simulated STarT Back is scored exactly as a real one. Answer patterns per risk group are heuristic.
import type { CaseFileInput } from '../domain/records/case-file.ts';
import type { Irritability } from '../domain/records/vocabulary.ts';
import { scoreInstrument } from '../domain/measures/score.ts';
import { redFlagItemsFor } from '../domain/screens/red-flag-regions.ts';
import { addDays } from '../domain/time.ts';
import type { PatientProfile } from './archetypes.ts';
import type { Random } from './random.ts';

type Intake = NonNullable<CaseFileInput['intake']>;
type PriorTreatmentInput = NonNullable<Intake['priorTreatments']>[number];
export type MeasureInput = NonNullable<CaseFileInput['measures']>[number];

const givenNames = ['Alder', 'Birch', 'Cedar', 'Hazel', 'Juniper', 'Linden', 'Maple', 'Rowan', 'Sorrel', 'Willow'] as const;

export function syntheticName(seed: number): string {
  const given = givenNames[seed % givenNames.length] ?? 'Alder';
  return `${given} Synthetic-${seed.toString(16).padStart(8, '0')}`;
}

export function patientAndEpisode(profile: PatientProfile, seed: number, start: string, random: Random): Pick<CaseFileInput, 'patient' | 'episode'> {
  const age = random.int(25, 75);
  const birthYear = Number(start.slice(0, 4)) - age - 1;
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return {
    patient: {
      id: `sim-patient-${seed.toString(16)}`,
      name: syntheticName(seed),
      birthDate: `${birthYear}-${month}-${day}`,
      sex: random.pick(['female', 'male'] as const),
    },
    episode: {
      id: `sim-episode-${seed.toString(16)}`,
      startDate: start,
      status: 'active',
      regions: [profile.region],
      condition: profile.condition,
      complaint: `Simulated ${profile.region} pain (${profile.archetype} course)`,
      painDurationMonths: random.int(3, 60),
    },
  };
}

function irritabilityInputs(grade: Irritability, painNow: number): NonNullable<Intake['irritability']>['inputs'] {
  const pain = Math.max(0, Math.min(10, Math.round(painNow)));
  switch (grade) {
    case 'high': return { painNow: pain, nightOrRestPain: 'constant', provocation: 'minimal-activity', settleHours: 24 };
    case 'moderate': return { painNow: pain, nightOrRestPain: 'intermittent', provocation: 'moderate-activity', settleHours: 4 };
    case 'low': return { painNow: pain, nightOrRestPain: 'none', provocation: 'sustained-or-heavy-activity', settleHours: 1 };
  }
}

function priorTreatments(profile: PatientProfile, start: string, random: Random): PriorTreatmentInput[] {
  const list: PriorTreatmentInput[] = [];
  if (profile.fearAvoidant) {
    list.push({ kind: random.pick(['exercise-program', 'graded-activity'] as const), started: addDays(start, -random.int(120, 400)), durationWeeks: random.int(3, 8), outcome: random.pick(['made-worse', 'flare'] as const) });
  }
  // Earlier passive care or medicines; never an active treatment that went badly (that is a fear sign).
  const options = [
    { kind: 'massage', outcome: 'helped' }, { kind: 'medication', outcome: 'no-change' },
    { kind: 'chiropractic', outcome: 'no-change' }, { kind: 'acupuncture', outcome: 'helped' },
  ] as const;
  for (let i = random.int(0, 2); i > 0; i--) {
    const option = random.pick(options);
    list.push({ kind: option.kind, started: addDays(start, -random.int(60, 700)), durationWeeks: random.int(2, 12), outcome: option.outcome });
  }
  return list;
}

/** STarT Back answers: items 1-8 agree (1) or not (0); item 9 bother 0-4. Items 5-9 are the distress subscale. */
function startBackAnswers(risk: 'low' | 'medium' | 'high', random: Random): number[] {
  const answers = [0, 0, 0, 0, 0, 0, 0, 0, random.int(0, 2)];
  const agree = (from: number, to: number, count: number): void => {
    const slots = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    for (let n = 0; n < count && slots.length > 0; n++) answers[slots.splice(random.int(0, slots.length - 1), 1)[0] ?? 0] = 1;
  };
  if (risk === 'low') agree(0, 3, random.int(0, 3));
  if (risk === 'medium') {
    agree(0, 3, random.int(2, 4));
    agree(4, 7, random.int(1, 2));
  }
  if (risk === 'high') {
    agree(0, 3, random.int(2, 4));
    agree(4, 7, random.int(3, 4));
    answers[8] = random.int(3, 4);
  }
  return answers;
}

function scored(id: string, instrument: 'start-back' | 'tsk-11' | 'nprs' | 'psfs', date: string, answers: number[]): MeasureInput {
  const result = scoreInstrument(instrument, answers);
  return {
    id, instrument, date, score: result.score, answers,
    ...(result.band === undefined ? {} : { band: result.band }),
    ...(result.subscales === undefined ? {} : { subscales: result.subscales }),
  };
}

export function scoreMeasure(id: string, instrument: 'nprs' | 'psfs', date: string, answers: number[]): MeasureInput {
  return scored(id, instrument, date, answers);
}

/** The intake record and the screens taken at intake (pain and PSFS baselines are added by the episode). */
export function intakeRecord(profile: PatientProfile, start: string, painNow: number, random: Random): { intake: Intake; measures: MeasureInput[] } {
  // Every item the region's screen asks is answered (spec §4c.7, issue 18): the red-flag archetype has
  // one emergency or urgent item present, the rest absent.
  const items = redFlagItemsFor([profile.region]);
  const blocking = items.filter((item) => item.tier === 'emergency' || item.tier === 'urgent');
  const positive = profile.redFlag ? random.pick(blocking as [typeof blocking[number], ...typeof blocking]).code : null;
  const intake: Intake = {
    completedOn: start,
    redFlags: { date: start, status: 'done', answers: items.map((item) => ({ item: item.code, present: item.code === positive })) },
    irritability: { inputs: irritabilityInputs(profile.irritability, painNow), confirmed: profile.irritability, confirmedOn: start },
    priorTreatments: priorTreatments(profile, start, random),
    imaging: [],
    physicalExamOn: start,
    educationOn: start,
    carePlanAgreedOn: start,
    workStatus: random.pick(['working', 'working', 'modified-duties', 'off-work', 'not-applicable'] as const),
  };
  const risk = profile.fearAvoidant ? 'high' : profile.archetype === 'low-irritability' ? 'low' : random.pick(['low', 'medium'] as const);
  const measures = [scored('m-start-back', 'start-back', start, startBackAnswers(risk, random))];
  if (profile.fearAvoidant) measures.push(scored('m-tsk-11', 'tsk-11', start, Array.from({ length: 11 }, () => random.int(3, 4))));
  else if (random.chance(0.3)) measures.push(scored('m-tsk-11', 'tsk-11', start, Array.from({ length: 11 }, () => random.int(1, 2))));
  return { intake, measures };
}
