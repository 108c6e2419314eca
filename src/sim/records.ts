// The flare records in the case file. A patient who logs a flare in the app gives times a couple of
// hours off and knows the cause seven times in ten; a clinician who hears about it at the next session
// writes the days only, one time in ten a day off at the start. A flare still under way on the last
// simulated day has no end. Flares seen only in check-ins have no record: the engine must find them.
import type { FlareEvent } from './flares.ts';
import { dateOn, localIso, type FlareInput, type World } from './world.ts';

function record(world: World, event: FlareEvent, by: 'patient' | 'clinician', lastDay: number): FlareInput {
  const { random } = world;
  const endHour = event.startHour + event.durationHours;
  const ended = endHour < (lastDay + 1) * 24;
  const id = `f-${event.id.slice(2)}`;
  if (by === 'patient') {
    const start = event.startHour + random.normal(0, 1.5);
    const end = Math.max(start + 1, endHour + random.normal(0, 1.5));
    return {
      id, start: localIso(world, start), ...(ended ? { end: localIso(world, end) } : {}),
      cause: random.chance(0.7) ? event.cause : 'unknown', recordedBy: 'patient',
    };
  }
  const startDay = Math.floor(event.startHour / 24) + (random.chance(0.1) ? random.pick([-1, 1] as const) : 0);
  const endDay = Math.max(startDay, Math.floor(endHour / 24));
  return {
    id, start: dateOn(world.start, Math.max(0, startDay)), ...(ended ? { end: dateOn(world.start, endDay) } : {}),
    cause: event.cause, recordedBy: 'clinician',
  };
}

export function flareRecords(world: World, lastDay: number): FlareInput[] {
  return world.events.flatMap((event) => {
    const by = world.recordedBy.get(event.id);
    return by ? [record(world, event, by, lastDay)] : [];
  });
}
