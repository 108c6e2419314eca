// The clinic itself: its name and its time zone (spec §4a.6). Everyone in the clinic reads them (the
// web app writes dates and times in the clinic's day); the admin changes them with the version read,
// and each change is logged with its old and new value beside the settings' changes. A new time zone
// moves "today" for every later read; the summaries already saved keep the day they were made on.
import { z } from 'zod';
import { textSchema } from '../domain/index.ts';
import type { ClinicChangeInput } from '../store/index.ts';
import { inClinic } from './access.ts';
import { canonicalTimeZone, dayOfInstant, timeZoneSchema } from './clinic-day.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';
import { canChangeClinicSettings, canViewClinic } from './policies/index.ts';

export interface ClinicDetails {
  id: string;
  name: string;
  timeZone: string;
  /** Today in the clinic's time zone (what "today" means for every default and every overdue checkpoint). */
  today: string;
  version: number;
}

export const clinicEditSchema = z.object({
  name: textSchema({ max: 200 }).trim().min(1),
  timeZone: timeZoneSchema,
  version: z.number().int().min(1).describe('The clinic version you read: a stale version is refused with 409'),
});

export async function getClinic(deps: ServiceDeps, actor: Actor, now: Date): Promise<ClinicDetails> {
  return inClinic(deps, actor, now, canViewClinic(actor), 'read the clinic', async ({ scope }) => {
    const { id, name, timeZone, version } = await scope.profile.get();
    return { id, name, timeZone, version, today: dayOfInstant(now, timeZone) };
  });
}

export async function editClinic(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<ClinicDetails> {
  const edit = parseInput(clinicEditSchema, input, 'clinic');
  const timeZone = canonicalTimeZone(edit.timeZone) ?? edit.timeZone;
  return inClinic(deps, actor, now, canChangeClinicSettings(actor), 'change the clinic', async ({ scope, note }) => {
    const before = await scope.profile.get();
    const updated = await scope.profile.update(edit.version, { name: edit.name, timeZone });
    const changes: ClinicChangeInput[] = (['name', 'timeZone'] as const).flatMap((key) =>
      (before[key] === updated[key] ? [] : [{ kind: 'clinic' as const, key, oldValue: before[key], newValue: updated[key], version: updated.version }]));
    await scope.profile.appendChanges(now, actor.userId, changes);
    note({ action: 'update', recordType: 'clinic', recordId: actor.clinicId });
    return { id: updated.id, name: updated.name, timeZone: updated.timeZone, version: updated.version, today: dayOfInstant(now, updated.timeZone) };
  });
}
