// One session in the simulated clinic, in the order it happens: the patient reports how long the
// last relief window held (recall is a little noisy, and one time in seven nobody writes it down);
// the clinician examines the goals (seven sessions in ten), asks about flares since the last visit
// (records about half of them), decides, and treats. The passive minutes then move the latent state,
// which sets the next relief window; passive care may leave soreness; a technique change or a first
// loading session may provoke a flare.
import { careKindOf } from '../domain/records/modalities.ts';
import { nextGap, sessionModalities } from './clinician.ts';
import { decideAtSession, rememberView } from './decisions.ts';
import { provokedFlare, sorenessAfter, type FlareContext, type FlareEvent } from './flares.ts';
import { afterPassiveDose, FULL_PASSIVE_MINUTES, reliefWindowDays, trueIrritability } from './latent.ts';
import { noisyRating, observeGoal } from './patient-log.ts';
import type { Random } from './random.ts';
import { localIso, nextId, symptomsAt, type SessionInput, type World } from './world.ts';

const CLINICIAN_RECORDS_FLARE = 0.45;
const PATIENT_RECORDS_FLARE = 0.2;

export function flareContext(world: World): FlareContext {
  return { random: world.random, painScale: world.profile.painScale, highIrritability: trueIrritability(world.profile.irritability, world.state, world.profile) === 'high', nextId: () => nextId(world, 'e') };
}

/** Adds an event; the patient logs one flare in five in the app themselves (soreness is not logged as a flare). */
export function addEvent(world: World, event: FlareEvent): void {
  world.events.push(event);
  if (event.kind !== 'soreness' && world.random.chance(PATIENT_RECORDS_FLARE)) world.recordedBy.set(event.id, 'patient');
}

/** What the patient says about the last window: held to today, or a recalled number of days. */
function reportWindow(experienced: number, gap: number, random: Random): number {
  if (experienced >= gap) return gap;
  if (experienced === 0) return 0;
  return Math.max(0, Math.min(gap, Math.round(experienced + random.normal(0, 0.6))));
}

function askAboutFlares(world: World, hour: number): void {
  for (const event of world.events) {
    if (event.kind === 'soreness' || world.clinic.asked.has(event.id) || event.startHour + event.durationHours > hour) continue;
    world.clinic.asked.add(event.id);
    if (!world.recordedBy.has(event.id) && world.random.chance(CLINICIAN_RECORDS_FLARE)) world.recordedBy.set(event.id, 'clinician');
  }
}

function freezeIfPassivePlateau(world: World, day: number, window: number): void {
  const plan = world.profile.plateau;
  if (plan?.kind === 'passive' && world.onsetDay === null && window >= plan.atWindowDays) {
    world.state = { ...world.state, frozen: true };
    world.onsetDay = day;
  }
}

export function runSession(world: World, day: number): void {
  const { random, profile } = world;
  const hour = day * 24 + Math.round(random.uniform(8, 17) * 4) / 4;
  const previous = world.sessions[world.sessions.length - 1];
  let response: SessionInput['responseSinceLastSession'];
  if (previous) {
    previous.reported = random.chance(0.15) ? null : reportWindow(previous.experiencedWindow, day - previous.day, random);
    const soreness = Math.max(0, ...world.events.filter((e) => e.kind === 'soreness' && e.startHour >= previous.hour && e.startHour < hour).map((e) => e.rise));
    response = { reliefDays: previous.reported, ...(soreness > 0 ? { soreness: noisyRating(soreness * 1.3, random) } : {}) };
  }
  const findings = new Map<string, number>();
  if (random.chance(0.7)) {
    const now = symptomsAt(world, hour);
    for (const goal of profile.goals) findings.set(goal.id, observeGoal(goal, now.functionLevel, random));
  }
  rememberView(world, day, findings);
  askAboutFlares(world, hour);
  const effects = decideAtSession(world, day, hour);
  const modalities = sessionModalities(world.plan, world.sessions.length === 0);
  const minutesOf = (kind: 'passive' | 'active'): number => modalities.filter((m) => careKindOf(m.modality) === kind).reduce((sum, m) => sum + m.minutes, 0);
  const passiveMinutes = minutesOf('passive');
  world.state = afterPassiveDose(world.state, profile, passiveMinutes);
  const latentWindow = reliefWindowDays(world.state, profile);
  const id = `s-${world.sessions.length + 1}`;
  world.sessions.push({
    id, day, hour, trueGrade: trueIrritability(profile.irritability, world.state, profile), passiveMinutes, activeMinutes: minutesOf('active'), latentWindow, experiencedWindow: latentWindow, reported: null,
    sensitivity: world.state.sensitivity, capacity: world.state.capacity,
  });
  const record: SessionInput = {
    id, date: localIso(world, hour), clinicianId: 'sim-clinician-1', modalities,
    findings: [...findings].map(([goalId, value]) => ({ goalId, value })),
  };
  if (response) record.responseSinceLastSession = response;
  if (effects.note) record.notes = effects.note;
  world.sessionRecords.push(record);

  const context = flareContext(world);
  if (passiveMinutes > 0) {
    const soreness = sorenessAfter(context, hour, world.plan.passiveModality === 'dry-needling', passiveMinutes / FULL_PASSIVE_MINUTES);
    if (soreness) addEvent(world, soreness);
  }
  if (effects.provoke) addEvent(world, provokedFlare(context, hour, effects.provoke));
  freezeIfPassivePlateau(world, day, latentWindow);
  world.nextSessionDay = world.endDay === null ? day + nextGap(world.plan, random) : null;
}
