// simulateEpisode(archetype, seed, startDate): one synthetic episode of care, day by day, as a
// schema-valid case file with its ground truth. Each day: the session if one is due (visit.ts), then
// any flare that starts (a setback raises sensitivity and ends the current relief window), a
// day of home exercise once active care is prescribed (capacity), the plateau onset for plateau
// archetypes, an unprovoked flare now and then, and the evening check-in unless the patient skips
// it. When the clinic closes the episode (graduation, referral, the end of declared ongoing care, or
// the archetype's horizon) the patient keeps logging for TAIL_DAYS more, so the last flares settle in
// the records. The same archetype, seed and start date always give the same episode.
import { caseFileSchema, type CaseFile, type CaseFileInput } from '../domain/records/case-file.ts';
import { addDays } from '../domain/time.ts';
import type { Archetype } from './archetypes.ts';
import { sampleProfile } from './archetypes.ts';
import { initialPlan } from './clinician.ts';
import { backgroundFlare, reassessFlare } from './flares.ts';
import { functionAtTarget, patternsOf } from './goals.ts';
import { intakeRecord, patientAndEpisode, scoreMeasure } from './intake.ts';
import { afterExerciseDay, afterSetback, functionLevel, initialState } from './latent.ts';
import { checkInFor, noisyRating, observeGoal, stepLogging } from './patient-log.ts';
import {
  clinicianPolicy, programmeDay, programmeSetback, reviewDue, reviewProgramme, startProgramme, type LoadPolicy,
} from './programme.ts';
import { createRandom } from './random.ts';
import { flareRecords } from './records.ts';
import { deriveTruth, type EpisodeTruth } from './truth.ts';
import { addEvent, flareContext, runSession } from './visit.ts';
import { inRelief, nextId, RELIEF_FUNCTION_GAIN, symptomsAt, type World } from './world.ts';

export interface SimulatedEpisode {
  archetype: Archetype;
  seed: number;
  caseFile: CaseFile;
  truth: EpisodeTruth;
}

export const TAIL_DAYS = 7;
/** The UTC offsets patients' phones write times with: the same lived days, other instants (spec §4a.3, §4a.6). */
const deviceOffsets = ['Z', '-05:00', '+01:00', '+10:00', '-08:00', '+05:30'] as const;
/** A blended or ongoing-care plateau that has not begun by this day begins then (e.g. active care never started). */
const LATEST_ONSET_DAY = 84;
/** A passive-phase plateau whose windows never reached their stop begins on this day. */
const LATEST_PASSIVE_ONSET_DAY = 126;

function startFlares(world: World, day: number): void {
  for (const event of world.events) {
    // A passing flare masks relief while it lasts (world.ts); a setback ends the window for good.
    if (Math.floor(event.startHour / 24) !== day || !event.setback) continue;
    let session = null;
    for (const s of world.sessions) if (s.hour <= event.startHour) session = s;
    if (session) session.experiencedWindow = Math.min(session.experiencedWindow, Math.max(0, day - session.day - 1));
    world.state = afterSetback(world.state, event.setback.sensitivityRise, event.setback.capacityLoss);
    if (world.programme) programmeSetback(world.programme);
  }
}

function exercise(world: World, day: number): void {
  const { plan, profile, random } = world;
  if (plan.activeStartDay === null || day < plan.activeStartDay) {
    world.exerciseToday = null;
    return;
  }
  const p = day - plan.activeStartDay < 21 ? profile.earlyAdherence : profile.adherence;
  const u = random.next();
  world.exerciseToday = u < p ? 1 : u < p + (1 - p) / 2 ? 0.5 : 0;
  world.state = afterExerciseDay(world.state, profile, world.exerciseToday);
}

/**
 * Blended and ongoing-care plateaus: once active care starts, the patient covers `share` (30-60%) of
 * the distance from where they were to their nearest target, then stops; or stops 3-6 weeks into
 * active care, whichever comes first. Either way the stop is below every target. Passive plateaus
 * stop at a session (visit.ts); this is only their fallback.
 */
function maybeFreeze(world: World, day: number, stall: { share: number; level: number | null }): void {
  const plan = world.profile.plateau;
  if (!plan || world.onsetDay !== null) return;
  const level = functionLevel(world.state, world.profile);
  const activeFor = world.plan.activeStartDay === null ? null : day - world.plan.activeStartDay;
  if (activeFor !== null && stall.level === null) {
    const nearest = Math.min(...world.profile.goals.map(functionAtTarget));
    stall.level = level + stall.share * (nearest - level);
  }
  const due = plan.kind === 'passive' ? day >= LATEST_PASSIVE_ONSET_DAY
    : day >= LATEST_ONSET_DAY || (activeFor !== null && (activeFor >= plan.daysAfterActive || level >= (stall.level ?? 1)));
  if (!due) return;
  world.state = { ...world.state, frozen: true };
  world.onsetDay = day;
}

/** What the simulated clinician reads of the log at a review: each exercise's logged pain and worse mornings. */
function loggedSessions(world: World): { exerciseId: string; day: number; painDuring?: number; worse: boolean }[] {
  return world.checkIns.flatMap((c) => {
    const day = Math.floor((Date.parse(c.date) - Date.parse(`${world.start}T00:00:00Z`)) / 86_400_000);
    return [
      ...(c.exercises ?? []).filter((e) => e.done !== 'no').map((e) => ({ exerciseId: e.exerciseId, day, ...(e.painDuring === undefined ? {} : { painDuring: e.painDuring }), worse: false })),
      ...(c.morningAfter ?? []).filter((m) => m.response === 'worse').map((m) => ({ exerciseId: m.exerciseId, day: day - 1, worse: true })),
    ];
  });
}

/**
 * The home programme's day (spec §4b): it starts with active care; each week its doses are reviewed
 * by the load policy (the simulated clinician unless the caller gave one); the day's sessions move
 * the true tolerance and may bring on a load flare.
 */
function runProgramme(world: World, day: number, seed: number, soFar: () => CaseFileInput): void {
  const open = world.endDay === null;
  if (!world.programme) {
    if (!open || world.plan.activeStartDay === null || day < world.plan.activeStartDay) return;
    world.programme = startProgramme(seed, day, world.start);
  }
  const state = world.programme;
  if (open && reviewDue(state, day)) {
    const hour = day * 24 + 12;
    const flareUnderWay = world.events.some((e) => e.kind !== 'soreness' && hour >= e.startHour && hour < e.startHour + e.durationHours);
    reviewProgramme(state, { day, date: addDays(world.start, day), caseFile: soFar }, world.loadPolicy ?? clinicianPolicy(() => loggedSessions(world)), flareUnderWay);
  }
  const events = programmeDay(state, { day, done: world.exerciseToday ?? 0, pain: symptomsAt(world, day * 24 + 18).pain, nextEventId: () => nextId(world, 'e') });
  for (const event of events) {
    world.events.push(event);
    // The patient logs one flare in five themselves (as visit.ts), drawn from the programme's own stream.
    if (state.random.chance(0.2)) world.recordedBy.set(event.id, 'patient');
  }
}

function newWorld(archetype: Archetype, seed: number, start: string): World {
  const random = createRandom(seed);
  const profile = sampleProfile(archetype, random);
  return {
    profile, random, start,
    offset: deviceOffsets[seed % deviceOffsets.length] ?? 'Z',
    recordedGrade: profile.irritability,
    irritabilityGrades: [],
    state: initialState(profile),
    plan: initialPlan(random, profile.irritability === 'low' && !profile.fearAvoidant, profile.fearAvoidant),
    sessions: [], sessionRecords: [], checkIns: [], events: [], recordedBy: new Map(), flareRecords: [],
    checkpoints: [], measures: [], referrals: [], ongoingCare: null, functionByDay: [], exerciseToday: null,
    logging: true, nextSessionDay: profile.firstSessionDay, lastCheckpointDay: 0, onsetDay: null, endDay: null,
    status: 'active',
    clinic: { views: [], atTargetSince: null, stallCount: 0, ongoingCareUntil: null, asked: new Set(), nonResponderSession: random.int(5, 6), daysAfterOnset: random.int(56, 84) },
    counter: 0,
    programme: null,
    loadPolicy: null,
  };
}

export interface SimulationOptions {
  /** Who sets the home programme's doses at its weekly review; the simulated clinician by default. */
  loadPolicy?: LoadPolicy;
}

export function simulateEpisode(archetype: Archetype, seed: number, startDate: string, options: SimulationOptions = {}): SimulatedEpisode {
  const world = newWorld(archetype, seed, startDate);
  world.loadPolicy = options.loadPolicy ?? null;
  const { profile, random } = world;
  const identity = patientAndEpisode(profile, seed, startDate, random);
  const intake = intakeRecord(profile, startDate, symptomsAt(world, 10).pain, random);
  world.measures.push(...intake.measures);
  world.measures.push(scoreMeasure('m-nprs-0', 'nprs', startDate, [noisyRating(symptomsAt(world, 10).pain, random)]));
  const abilities = profile.goals.filter((g) => g.kind === 'ability').map((g) => observeGoal(g, 0, random));
  if (abilities.length > 0) world.measures.push(scoreMeasure('m-psfs-0', 'psfs', startDate, abilities));

  /** The records as they stand on `day` (at the end, or for a load policy at a weekly review). */
  function caseFileInput(day: number): CaseFileInput {
    return {
      schemaVersion: 1,
      ...identity,
      episode: { ...identity.episode, status: world.status },
      intake: intake.intake,
      goals: profile.goals.map((g) => ({
        id: g.id, activity: g.activity, measure: g.kind === 'ability' ? { kind: 'ability' } : { kind: 'capacity', unit: g.unit ?? 'minutes' },
        baseline: g.baseline, target: g.target, setOn: startDate, patterns: patternsOf(g.activity),
      })),
      irritabilityGrades: world.irritabilityGrades,
      sessions: world.sessionRecords,
      checkIns: world.checkIns,
      flares: flareRecords(world, day).filter((f) => f.start !== undefined && f.start.slice(0, 10) <= addDays(startDate, day)),
      measures: world.measures,
      checkpoints: world.checkpoints,
      referrals: world.referrals,
      ongoingCare: world.ongoingCare,
      programme: world.programme?.versions ?? [],
    };
  }

  const stall: { share: number; level: number | null } = { share: random.uniform(0.3, 0.6), level: null };
  const reassessDay = profile.scriptedFlares === 'reassess' ? random.int(28, 70) : null;
  let lastDay = 0;
  if (profile.redFlag) {
    world.checkpoints.push({ id: 'cp-1', date: startDate, decision: { code: 'urgent-medical-referral', reason: 'Positive red-flag answer at intake; sent for urgent medical assessment.', by: 'Simulated clinician' } });
    world.referrals.push({ id: 'r-1', date: startDate, to: { discipline: 'emergency' }, reason: 'Red flag at intake: urgent medical assessment before any care here.', status: 'active' });
    world.status = 'referred';
    world.endDay = 0;
  } else {
    for (let day = 0; world.endDay === null || day <= world.endDay + TAIL_DAYS; day++) {
      const open = world.endDay === null;
      if (open && world.nextSessionDay === day) runSession(world, day);
      if (open && reassessDay === day) addEvent(world, reassessFlare(flareContext(world), day));
      if (open && day >= 3) {
        const event = backgroundFlare(flareContext(world), day, profile.flareRate);
        if (event) addEvent(world, world.state.frozen ? { ...event, setback: null } : event);
      }
      startFlares(world, day);
      exercise(world, day);
      runProgramme(world, day, seed, () => caseFileInput(day));
      maybeFreeze(world, day, stall);
      world.functionByDay[day] = functionLevel(world.state, profile) + (inRelief(world, day * 24 + 20) ? RELIEF_FUNCTION_GAIN : 0);
      if (stepLogging(world)) world.checkIns.push(checkInFor(world, day));
      if (world.endDay === null && day >= profile.horizonDays) world.endDay = day;
      lastDay = day;
    }
  }

  const caseFile = caseFileSchema.parse(caseFileInput(lastDay));
  return { archetype, seed, caseFile, truth: deriveTruth(world, lastDay) };
}
