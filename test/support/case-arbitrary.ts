// A fast-check arbitrary of schema-valid case files for the engine's property tests
// (test/properties.test.ts): realistic ranges, 0-60 sessions, 0-200 check-ins, flares, goals with
// ratings, measures, checkpoints with decisions, referrals and ongoing care, dates within a year of
// the episode start. It builds raw material first (dates as day offsets, goals named by index) and
// assembles records from it, so shrinking yields small, readable counter-examples. Also here: records
// dated after an as-of day (`withFuture`), settings anywhere in the catalogue's ranges, and a deep
// shuffle of every list.
import fc from 'fast-check';
import {
  bodyRegions, conditionCategories, episodeStatuses, instrumentCodes, irritabilityGrades,
  modalityCodes, priorTreatmentKinds, priorTreatmentOutcomes, recommendationCodes,
  type CaseFileInput, type InstrumentCode,
} from '../../src/domain/records/index.ts';
import { redFlagCodes } from '../../src/domain/screens/red-flag-items.ts';
import { resolveSettings, settingsCatalogue, type SettingKey, type Settings } from '../../src/domain/settings/index.ts';
import { addDays } from '../../src/domain/time.ts';

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;
type In<K extends keyof CaseFileInput> = NonNullable<CaseFileInput[K]>;

export const BASE = '2025-01-06';

/** Highest plausible score of each instrument, so measures look like real ones. */
const scoreMax: Record<InstrumentCode, number> = {
  nprs: 10, peg: 10, psfs: 10, odi: 100, ndi: 50, 'start-back': 9, 'tsk-11': 44, fabq: 96, 'phq-2': 6, 'gad-2': 6, isi: 28,
};
const zones = ['Z', '+01:00', '+02:00', '-05:00', '+05:30'] as const;

// ---- the raw material: dates as day offsets from the episode start, goals named by index (0-2) ----

const dayOffset = fc.integer({ min: 0, max: 365 });
const zeroToTen = fc.integer({ min: 0, max: 10 });
/** Present four times in five: most fields of a real record are filled in. */
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 5 });
const rarely = fc.integer({ min: 0, max: 9 }).map((n) => n === 0);
const timeOfDay = fc.option(fc.record({ hour: fc.integer({ min: 0, max: 23 }), zone: fc.integer({ min: 0, max: zones.length - 1 }) }), { nil: null });
const goalEntry = fc.record({ goal: fc.integer({ min: 0, max: 2 }), value: fc.integer({ min: 0, max: 60 }) });

const goalArb = fc.record({
  ability: fc.boolean(), baseline: fc.integer({ min: 0, max: 8 }), gain: fc.integer({ min: 1, max: 30 }), setOn: fc.integer({ min: 0, max: 30 }),
  ratings: fc.array(fc.record({ at: dayOffset, value: fc.integer({ min: 0, max: 60 }) }), { maxLength: 5 }),
});
const sessionArb = fc.record({
  at: dayOffset, time: timeOfDay,
  modalities: fc.array(fc.record({ modality: fc.constantFrom(...modalityCodes), minutes: fc.integer({ min: 1, max: 90 }) }), { maxLength: 3 }),
  relief: optional(fc.option(fc.integer({ min: 0, max: 28 }).map((n) => n / 2), { nil: null })),
  soreness: optional(zeroToTen),
  findings: fc.array(goalEntry, { maxLength: 3 }),
});
const checkInArb = fc.record({
  at: dayOffset, time: timeOfDay, painNow: zeroToTen, goals: fc.array(goalEntry, { maxLength: 3 }),
  relief: optional(fc.boolean()), sleepQuality: optional(zeroToTen), stress: optional(zeroToTen),
  hep: optional(fc.constantFrom('yes' as const, 'partly' as const, 'no' as const)),
});
const flareArb = fc.record({
  at: dayOffset, inHours: fc.boolean(), hour: fc.integer({ min: 0, max: 23 }), length: optional(fc.integer({ min: 0, max: 240 })),
  peakPain: optional(zeroToTen), cause: fc.constantFrom('new-load' as const, 'technique-change' as const, 'life-event' as const, 'unknown' as const),
});
const measureArb = fc.record({
  instrument: fc.constantFrom(...instrumentCodes), at: dayOffset, fraction: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
  distress: fc.integer({ min: 0, max: 5 }), pa: fc.integer({ min: 0, max: 24 }), band: optional(fc.constantFrom('low', 'medium', 'high')),
  withId: optional(fc.constant(true)),
});
const checkpointArb = fc.record({
  at: dayOffset,
  decision: optional(fc.record({ code: fc.constantFrom(...recommendationCodes), reason: fc.constantFrom('Agreed with the patient.', 'Reviewed together.') })),
});
const referralArb = fc.record({
  at: dayOffset,
  discipline: fc.constantFrom('physical-therapy' as const, 'advanced-rehabilitation' as const, 'physician' as const, 'psychology' as const),
  status: fc.constantFrom('proposed' as const, 'active' as const, 'completed' as const, 'cancelled' as const),
  overlap: optional(fc.record({ start: fc.integer({ min: 0, max: 30 }), length: optional(fc.integer({ min: 0, max: 60 })) })),
});
const intakeArb = fc.record({
  completedOn: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined, freq: 10 }),
  screen: fc.option(fc.record({
    at: fc.integer({ min: 0, max: 14 }),
    answers: fc.array(fc.record({ item: fc.constantFrom(...redFlagCodes), present: rarely }), { maxLength: 4 }),
    clearedAfter: optional(fc.integer({ min: -3, max: 30 })),
  }), { nil: undefined, freq: 10 }),
  irritability: fc.option(fc.constantFrom(...irritabilityGrades), { nil: null, freq: 10 }),
  confirmedOn: optional(fc.integer({ min: 0, max: 14 })),
  priorTreatments: fc.array(fc.record({ kind: fc.constantFrom(...priorTreatmentKinds), outcome: fc.constantFrom(...priorTreatmentOutcomes), yearsAgo: optional(fc.integer({ min: 1, max: 10 })) }), { maxLength: 3 }),
});

export const rawCaseArb = fc.record({
  birthYear: fc.integer({ min: 1940, max: 2005 }),
  sex: fc.constantFrom('female' as const, 'male' as const, 'other' as const, 'unknown' as const),
  status: fc.constantFrom(...episodeStatuses),
  regions: fc.uniqueArray(fc.constantFrom(...bodyRegions), { minLength: 1, maxLength: 2 }),
  condition: fc.constantFrom(...conditionCategories),
  intake: intakeArb,
  goals: fc.array(goalArb, { maxLength: 3 }),
  sessions: fc.array(sessionArb, { maxLength: 60, size: 'max' }),
  checkIns: fc.array(checkInArb, { maxLength: 200, size: 'max' }),
  flares: fc.array(flareArb, { maxLength: 5 }),
  measures: fc.array(measureArb, { maxLength: 15 }),
  checkpoints: fc.array(checkpointArb, { maxLength: 8 }),
  referrals: fc.array(referralArb, { maxLength: 2 }),
  ongoingCare: fc.option(fc.record({ at: dayOffset, reviewAfter: fc.integer({ min: 0, max: 120 }) }), { nil: null }),
  /** Most episodes keep a rhythm: sessions every few days, a check-in every day. */
  sessionEvery: fc.option(fc.integer({ min: 3, max: 14 }), { nil: null, freq: 3 }),
  checkInDaily: fc.boolean(),
});
export type RawCase = Of<typeof rawCaseArb>;

// ---- assembly: raw material to case-file records ----

export const dateAt = (n: number): string => addDays(BASE, n);
const dateOrTime = (n: number, time: Of<typeof timeOfDay>): string =>
  time === null ? dateAt(n) : `${dateAt(n)}T${String(time.hour).padStart(2, '0')}:15:00${zones[time.zone] ?? 'Z'}`;
const plusHours = (dateTime: string, hours: number): string => new Date(Date.parse(dateTime) + hours * 3_600_000).toISOString().replace('.000Z', 'Z');

/** Records from raw material; `shift` maps a raw day offset to the day used, `prefix` keeps ids unique. */
function records(raw: Pick<RawCase, 'sessions' | 'checkIns' | 'flares' | 'measures' | 'checkpoints' | 'referrals'>, goals: In<'goals'>, prefix: string, shift: (n: number) => number) {
  const valueFor = (entry: Of<typeof goalEntry>): { goalId: string; value: number } | null => {
    const goal = goals[entry.goal];
    if (!goal) return null;
    return { goalId: goal.id, value: goal.measure.kind === 'ability' ? entry.value % 11 : entry.value };
  };
  const entries = (list: Of<typeof goalEntry>[]): { goalId: string; value: number }[] => list.map(valueFor).filter((e) => e !== null);
  return {
    sessions: raw.sessions.map((s, i): In<'sessions'>[number] => ({
      id: `${prefix}s${i}`, date: dateOrTime(shift(s.at), s.time), modalities: s.modalities, findings: entries(s.findings),
      ...(s.relief !== undefined || s.soreness !== undefined ? { responseSinceLastSession: { reliefDays: s.relief ?? null, soreness: s.soreness } } : {}),
    })),
    checkIns: raw.checkIns.map((c, i): In<'checkIns'>[number] => ({
      id: `${prefix}c${i}`, date: dateOrTime(shift(c.at), c.time), painNow: c.painNow, goals: entries(c.goals),
      reliefSinceLastSession: c.relief, sleepQuality: c.sleepQuality, stress: c.stress, hep: c.hep,
    })),
    flares: raw.flares.map((f, i): In<'flares'>[number] => {
      const start = f.inHours ? `${dateAt(shift(f.at))}T${String(f.hour).padStart(2, '0')}:00:00Z` : dateAt(shift(f.at));
      const end = f.length === undefined ? undefined : f.inHours ? plusHours(start, f.length) : dateAt(shift(f.at) + Math.floor(f.length / 24));
      return { id: `${prefix}f${i}`, start, end, peakPain: f.peakPain, peak: f.peakPain === undefined ? undefined : start, cause: f.cause };
    }),
    measures: raw.measures.map((m, i): In<'measures'>[number] => ({
      id: m.withId ? `${prefix}m${i}` : undefined, instrument: m.instrument, date: dateAt(shift(m.at)), score: Math.round(m.fraction * scoreMax[m.instrument]),
      ...(m.instrument === 'start-back' ? { subscales: { distress: m.distress }, band: m.band } : {}),
      ...(m.instrument === 'fabq' ? { subscales: { pa: m.pa } } : {}),
    })),
    checkpoints: raw.checkpoints.map((c, i): In<'checkpoints'>[number] => ({ id: `${prefix}k${i}`, date: dateAt(shift(c.at)), decision: c.decision })),
    referrals: raw.referrals.map((r, i): In<'referrals'>[number] => {
      const overlapStart = r.overlap ? dateAt(shift(r.at) + r.overlap.start) : undefined;
      const overlapEnd = r.overlap?.length !== undefined ? dateAt(shift(r.at) + r.overlap.start + r.overlap.length) : undefined;
      return { id: `${prefix}r${i}`, date: dateAt(shift(r.at)), to: { discipline: r.discipline }, reason: 'Next step', status: r.status, overlapStart, overlapEnd };
    }),
  };
}

function goalsFrom(raw: Of<typeof goalArb>[], prefix: string, shift: (n: number) => number): In<'goals'> {
  return raw.map((g, i) => {
    const target = g.ability ? g.baseline + 1 + (g.gain % (10 - g.baseline)) : g.baseline * 5 + g.gain;
    return {
      id: `${prefix}g${i}`, activity: `Activity ${i}`, setOn: dateAt(shift(g.setOn)),
      measure: g.ability ? { kind: 'ability' as const } : { kind: 'capacity' as const, unit: 'minutes' as const },
      baseline: g.ability ? g.baseline : g.baseline * 5, target,
      ratings: g.ratings.map((r) => ({ date: dateAt(shift(r.at)), value: g.ability ? r.value % 11 : r.value, source: 'checkpoint' as const })),
    };
  });
}

export function assemble(rawCase: RawCase): CaseFileInput {
  const same = (n: number): number => n;
  const { sessionEvery, checkInDaily } = rawCase;
  const raw = {
    ...rawCase,
    sessions: sessionEvery === null ? rawCase.sessions : rawCase.sessions.map((s, i) => ({ ...s, at: 1 + i * sessionEvery })),
    checkIns: checkInDaily ? rawCase.checkIns.map((c, i) => ({ ...c, at: 1 + i })) : rawCase.checkIns,
  };
  const goals = goalsFrom(raw.goals, '', same);
  const { intake } = raw;
  return {
    schemaVersion: 1,
    patient: { birthDate: `${raw.birthYear}-04-10`, sex: raw.sex },
    episode: { startDate: BASE, status: raw.status, regions: raw.regions, condition: raw.condition },
    intake: {
      completedOn: intake.completedOn === undefined ? undefined : dateAt(intake.completedOn),
      redFlags: intake.screen && {
        date: dateAt(intake.screen.at), answers: intake.screen.answers,
        clearance: intake.screen.clearedAfter === undefined ? undefined : { date: dateAt(intake.screen.at + intake.screen.clearedAfter), by: 'Dr A', reason: 'Reviewed in clinic.' },
      },
      irritability: { confirmed: intake.irritability, confirmedOn: intake.confirmedOn === undefined ? undefined : dateAt(intake.confirmedOn) },
      priorTreatments: intake.priorTreatments.map((t) => ({ kind: t.kind, outcome: t.outcome, started: t.yearsAgo === undefined ? undefined : addDays(BASE, -365 * t.yearsAgo) })),
    },
    goals,
    ...records(raw, goals, '', same),
    ongoingCare: raw.ongoingCare && { declaredOn: dateAt(raw.ongoingCare.at), reason: 'Holds her at work', reviewOn: dateAt(raw.ongoingCare.at + raw.ongoingCare.reviewAfter) },
  };
}

export const caseArb = rawCaseArb.map(assemble);
export const asOfArb = fc.integer({ min: -5, max: 400 }).map(dateAt);

/** Settings anywhere in the ranges the catalogue allows; whole numbers for counts of sessions. */
export const settingsArb: fc.Arbitrary<Settings> = fc
  .record(
    Object.fromEntries((Object.keys(settingsCatalogue) as SettingKey[]).map((key) => {
      const { min, max, unit } = settingsCatalogue[key];
      const value = unit === 'sessions'
        ? fc.integer({ min, max })
        : fc.integer({ min: 0, max: 20 }).map((k) => Math.min(max, Math.round((min + ((max - min) * k) / 20) * 100) / 100));
      return [key, value];
    })) as Record<SettingKey, fc.Arbitrary<number>>,
    { requiredKeys: [] },
  )
  .map((overrides) => resolveSettings(overrides));

// ---- records dated after the as-of day, and later facts about earlier records ----

export const futureArb = fc.record({
  goals: fc.array(goalArb, { maxLength: 1 }),
  ratings: fc.array(fc.record({ goal: fc.integer({ min: 0, max: 2 }), at: dayOffset, value: fc.integer({ min: 0, max: 10 }) }), { maxLength: 3 }),
  sessions: fc.array(sessionArb, { maxLength: 5 }),
  checkIns: fc.array(checkInArb, { maxLength: 15 }),
  flares: fc.array(flareArb, { maxLength: 2 }),
  measures: fc.array(measureArb, { maxLength: 3 }),
  checkpoints: fc.array(checkpointArb, { maxLength: 2 }),
  referrals: fc.array(referralArb, { maxLength: 2 }),
  endOpenFlares: fc.boolean(),
  completeIntake: fc.boolean(),
  gradeIrritability: fc.boolean(),
  screen: fc.boolean(),
  declareOngoingCare: fc.boolean(),
});

/** The case with records dated 1-60 days after day `asOfN`, and later facts (a flare's end, a clearance, ...). */
export function withFuture(input: CaseFileInput, asOfN: number, future: Of<typeof futureArb>): CaseFileInput {
  const shift = (n: number): number => asOfN + 1 + (n % 60);
  const asOf = dateAt(asOfN);
  const later = dateAt(shift(future.sessions.length + future.checkIns.length));
  const goals = input.goals ?? [];
  const extra = records(future, goals, 'x', shift);
  const intake = input.intake ?? {};
  const irritability = intake.irritability ?? { confirmed: null };
  const goalsWithRatings = goals.map((goal, index) => ({
    ...goal,
    ratings: [
      ...(goal.ratings ?? []),
      ...future.ratings.filter((r) => r.goal === index).map((r) => ({ date: dateAt(shift(r.at)), value: r.value, source: 'checkpoint' as const })),
    ],
  }));
  const screen = intake.redFlags;
  return {
    ...input,
    intake: {
      ...intake,
      completedOn: intake.completedOn ?? (future.completeIntake ? later : undefined),
      irritability: irritability.confirmed === null && future.gradeIrritability ? { confirmed: 'low', confirmedOn: later } : irritability,
      redFlags: screen === undefined
        ? (future.screen ? { date: later, answers: [{ item: 'suspected-malignancy', present: true }] } : undefined)
        : { ...screen, clearance: screen.clearance ?? (future.screen ? { date: later, by: 'Dr B', reason: 'Reviewed later.' } : undefined) },
    },
    goals: [...goalsWithRatings, ...goalsFrom(future.goals, 'x', shift)],
    sessions: [...(input.sessions ?? []), ...extra.sessions],
    checkIns: [...(input.checkIns ?? []), ...extra.checkIns],
    flares: [
      ...(input.flares ?? []).map((f) => (future.endOpenFlares && f.end === undefined && f.start.slice(0, 10) <= asOf ? { ...f, end: later } : f)),
      ...extra.flares,
    ],
    measures: [...(input.measures ?? []), ...extra.measures],
    checkpoints: [...(input.checkpoints ?? []), ...extra.checkpoints],
    referrals: [...(input.referrals ?? []), ...extra.referrals],
    ongoingCare: input.ongoingCare ?? (future.declareOngoingCare ? { declaredOn: later, reason: 'Declared later', reviewOn: dateAt(shift(59)) } : null),
  };
}

// ---- shuffling, for the order property ----

/** A deep copy with every array, at every depth, in a new order. */
export function shuffleDeep<T>(value: T, random: () => number): T {
  if (Array.isArray(value)) {
    const copy = value.map((item: unknown) => shuffleDeep(item, random));
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy as T;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shuffleDeep(v, random)])) as T;
  }
  return value;
}
