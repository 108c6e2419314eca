// A synthetic year-long episode for the engine benchmark, built the same way every time (a seeded
// generator, no clock): 50 sessions (twice a week for 8 weeks, then weekly), a check-in every day,
// 3 goals, 3 flares, monthly outcome measures and a checkpoint every 4 weeks; and from week 8 an
// active phase (spec §4b): a programme of 5 exercises, a new version every two weeks, each logged
// every day with pain during and the morning after. The numbers follow a
// plausible course (pain falling, goals rising, passive share stepping down) so that every rule of
// the engine has real work to do; they are not clinical data.
import type { CaseFileInput } from '../../src/domain/records/index.ts';
import {
  abilityGoal, caseInput, checkIn, day, flare, seeded, session, type CheckInOptions,
} from '../../test/support/case-builder.ts';

export const YEAR_AS_OF = day(364);

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
const round1 = (value: number): number => Math.round(value * 10) / 10;

export function yearEpisode(): CaseFileInput {
  const random = seeded(2025);
  const noise = (size: number): number => (random() - 0.5) * 2 * size;

  // Sessions: twice a week for 8 weeks, then weekly: 16 + 34 = 50.
  const sessionDays = [
    ...Array.from({ length: 8 }, (_, w) => [7 * w + 1, 7 * w + 4]).flat(),
    ...Array.from({ length: 34 }, (_, i) => 7 * (8 + i) + 2),
  ];
  const flareDays = [{ id: 'f1', start: 60, end: 62 }, { id: 'f2', start: 150, end: 156 }, { id: 'f3', start: 250, end: 251 }];
  const inFlare = (n: number): boolean => flareDays.some((f) => n >= f.start && n <= f.end);
  // The relief window grows from 0 to 7 days over the first 12 sessions.
  const window = (index: number): number => Math.min(7, Math.floor(index / 1.7));

  const sessions = sessionDays.map((n, i) => {
    const active = i < 8 ? 0 : Math.min(40, 5 * (i - 7));
    const passive = Math.max(10, 30 - 2 * Math.max(0, i - 10));
    return session(`s${i + 1}`, `${day(n)}T09:30:00+01:00`, {
      passive, active,
      modalities: i % 4 === 0 ? [{ modality: 'education', minutes: 10 }] : [],
      ...(i > 0 ? { reliefDays: window(i - 1) } : {}),
      findings: i % 3 === 0 ? [{ goalId: 'walk', value: clamp(Math.round(3 + i / 10), 0, 10) }] : [],
    });
  });

  const checkIns = Array.from({ length: 365 }, (_, n) => {
    const progress = n / 364;
    const lastSession = sessionDays.filter((d) => d <= n).pop() ?? 0;
    const since = n - lastSession;
    const sessionIndex = sessionDays.indexOf(lastSession);
    const options: CheckInOptions = {
      painNow: clamp(Math.round(6 - 4 * progress + noise(1) + (inFlare(n) ? 3 : 0)), 0, 10),
      goals: [
        { goalId: 'walk', value: clamp(round1(3 + 5.5 * progress + noise(0.8) - (inFlare(n) ? 2 : 0)), 0, 10) },
        { goalId: 'sit', value: clamp(round1(3 + 4 * progress + noise(0.8)), 0, 10) },
        { goalId: 'lift', value: clamp(round1(2 + 9 * progress + noise(1)), 0, 40) },
      ],
      reliefSinceLastSession: since > 0 ? since <= window(Math.max(0, sessionIndex)) : undefined,
      sleepQuality: clamp(Math.round(5 + 3 * progress + noise(1.5)), 0, 10),
      stress: clamp(Math.round(5 + noise(2)), 0, 10),
      hep: n < 56 ? undefined : random() < 0.8 ? 'yes' : random() < 0.5 ? 'partly' : 'no',
    };
    return checkIn(`${day(n)}T20:00:00+01:00`, options);
  });

  // The programme: 5 exercises from day 56, stepped up every two weeks (a version each time).
  const exercises = [
    { exerciseId: 'hinge-kettlebell-deadlift', base: { sets: 3, reps: 8, loadKg: 8 }, key: 'loadKg' as const },
    { exerciseId: 'squat-goblet', base: { sets: 3, reps: 8, loadKg: 6 }, key: 'loadKg' as const },
    { exerciseId: 'pull-one-arm-row', base: { sets: 3, reps: 8, loadKg: 4 }, key: 'loadKg' as const },
    { exerciseId: 'carry-farmer', base: { sets: 3, metres: 20, loadKg: 6 }, key: 'loadKg' as const },
    { exerciseId: 'walk-flat', base: { sets: 1, minutes: 10 }, key: 'minutes' as const },
  ];
  const programme = Array.from({ length: 22 }, (_, v) => ({
    id: `pv${v + 1}`, date: day(56 + 14 * v), by: 'Dr Bench', reason: v === 0 ? 'Start below tolerance.' : 'Two weeks in the band: about 10% more.',
    items: exercises.map((e) => ({ exerciseId: e.exerciseId, dose: { ...e.base, [e.key]: Math.round((e.base[e.key] ?? 0) * 1.1 ** v * 2) / 2 }, daysPerWeek: 5, startDate: day(56) })),
  }));
  for (const [n, checkIn] of checkIns.entries()) {
    if (n < 57) continue;
    checkIn.exercises = exercises.map((e) => ({ exerciseId: e.exerciseId, done: random() < 0.8 ? 'yes' as const : 'no' as const, painDuring: clamp(Math.round(2 + noise(2)), 0, 10) }));
    checkIn.morningAfter = exercises.map((e) => ({ exerciseId: e.exerciseId, response: random() < 0.1 ? 'worse' as const : 'same' as const }));
  }

  const months = Array.from({ length: 12 }, (_, m) => 30 * m);
  return caseInput({
    episode: { startDate: day(0), regions: ['low-back'], condition: 'low-back-pain', complaint: 'Low back pain for three years' },
    intake: {
      priorTreatments: [{ kind: 'massage', outcome: 'no-change' }, { kind: 'exercise-program', outcome: 'helped' }],
    },
    goals: [
      abilityGoal('walk', 3, 8, { activity: 'Walk 30 minutes without next-day pain' }),
      abilityGoal('sit', 3, 7, { activity: 'Sit through a two-hour meeting' }),
      { ...abilityGoal('lift', 2, 10, { activity: 'Lift a 10 kg box from the floor' }), measure: { kind: 'capacity', unit: 'kg' } },
    ],
    sessions,
    checkIns,
    programme,
    flares: flareDays.map((f) => flare(f.id, day(f.start), day(f.end), { cause: 'new-load' })),
    measures: [
      { instrument: 'start-back', date: day(0), score: 3, subscales: { distress: 1 } },
      { instrument: 'tsk-11', date: day(0), score: 27 },
      ...months.flatMap((n, m) => [
        { id: `odi-${m}`, instrument: 'odi' as const, date: day(n), score: Math.max(8, 38 - 3 * m) },
        { id: `psfs-${m}`, instrument: 'psfs' as const, date: day(n), score: Math.min(9, round1(3 + 0.5 * m)) },
      ]),
    ],
    checkpoints: Array.from({ length: 13 }, (_, k) => ({
      id: `c${k + 1}`,
      date: day(28 * (k + 1)),
      decision: { code: k < 2 ? ('extend-passive' as const) : ('continue' as const), reason: 'Reviewed the numbers with the patient.' },
    })),
  });
}
