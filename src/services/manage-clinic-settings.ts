// A clinic's own settings (spec §4a.5): read by its staff, changed by its admin with the version
// they read, every change logged with who, when, the old and the new value; and the preview of what
// a change would do before it is saved. Nothing here names a setting: the catalogue is the list, so
// a setting added to it can be read, changed, audited and previewed with no code of its own.
import { z } from 'zod';
import {
  applySettingsChange, idSchema, resolveSettings, settingsCatalogue, settingsChangeSchema, usableOverrides, type SettingDefinition, type SettingKey,
  type Settings, type SettingsOverrides,
} from '../domain/index.ts';
import { AppError } from '../domain/errors.ts';
import type { ClinicChange, ClinicChangeInput } from '../store/index.ts';
import { inClinic } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';
import { canChangeClinicSettings, canViewClinicSettings } from './policies/index.ts';
import type { SettingsPreview } from './settings-previews.ts';

export interface CatalogueEntry extends SettingDefinition {
  key: SettingKey;
}

export interface ClinicSettingsView {
  version: number;
  /** Every setting's value in use (the default where the clinic has no override). */
  values: Settings;
  /** Only the settings where the clinic differs from the default. */
  overrides: SettingsOverrides;
  catalogue: CatalogueEntry[];
}

const catalogue: CatalogueEntry[] = (Object.keys(settingsCatalogue) as SettingKey[]).map((key) => ({ key, ...settingsCatalogue[key] }));

const version = z.number().int().min(1).describe('The settings version you read: a stale version is refused with 409 and nothing changes');
export const settingsEditSchema = z.object({
  version,
  values: settingsChangeSchema.describe('Setting name -> new value (within its range), or null for the default; names left out keep their value'),
});

/** How many simulated episodes a preview replays under each set of values (a few hundred by default). */
export const previewSizes = { min: 10, max: 1000, default: 300 } as const;
export const settingsPreviewSchema = z.object({
  values: settingsChangeSchema.describe('The proposed change, as for PUT /clinic/settings'),
  episodes: z.number().int().min(previewSizes.min).max(previewSizes.max).default(previewSizes.default)
    .describe('Simulated episodes per run: more is slower and steadier'),
});

function view(settingsVersion: number, overrides: SettingsOverrides): ClinicSettingsView {
  return { version: settingsVersion, values: resolveSettings(overrides), overrides, catalogue };
}

export async function getClinicSettings(deps: ServiceDeps, actor: Actor, now: Date): Promise<ClinicSettingsView> {
  return inClinic(deps, actor, now, canViewClinicSettings(actor), 'read the clinic settings', async ({ scope }) => {
    const profile = await scope.profile.get();
    return view(profile.settingsVersion, usableOverrides(profile.overrides));
  });
}

/** Each setting whose value in use changes, with its old and new value. */
function changesBetween(before: Settings, after: Settings, newVersion: number): ClinicChangeInput[] {
  return catalogue.flatMap(({ key }) => (before[key] === after[key] ? [] : [{ kind: 'setting' as const, key, oldValue: before[key], newValue: after[key], version: newVersion }]));
}

/**
 * Apply a partial change with the version read. A value out of range or an unknown name is a 400
 * naming it and a stale version a 409; either way nothing is written. A change that changes no value
 * keeps the version. Saving makes every caseload summary of this clinic stale (their settings
 * version is behind), and no other clinic's.
 */
export async function changeClinicSettings(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<ClinicSettingsView> {
  const edit = parseInput(settingsEditSchema, input, 'settings');
  return inClinic(deps, actor, now, canChangeClinicSettings(actor), 'change the clinic settings', async ({ scope, note }) => {
    const profile = await scope.profile.get();
    if (edit.version !== profile.settingsVersion) {
      throw new AppError('conflict', `the settings were changed by someone else (version ${profile.settingsVersion}, yours ${edit.version}): reload and try again`,
        [{ path: 'version', message: `current version is ${profile.settingsVersion}` }]);
    }
    const before = usableOverrides(profile.overrides);
    const after = applySettingsChange(before, edit.values);
    const changes = changesBetween(resolveSettings(before), resolveSettings(after), edit.version + 1);
    if (changes.length === 0) return view(profile.settingsVersion, before);
    // The store checks the version again as it writes: a change saved since the read above is refused too.
    const saved = await scope.profile.saveSettings(edit.version, after, now, actor.userId);
    await scope.profile.appendChanges(now, actor.userId, changes);
    note({ action: 'update', recordType: 'clinic-settings', recordId: `${actor.clinicId}@${saved}` });
    return view(saved, after);
  });
}

export const changesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

/** The log of changes to the clinic's settings, name and time zone, newest first (admin). */
export async function listClinicChanges(deps: ServiceDeps, actor: Actor, query: unknown, now: Date): Promise<ClinicChange[]> {
  const options = parseInput(changesQuerySchema, query, 'changes query');
  return inClinic(deps, actor, now, canChangeClinicSettings(actor), 'read the clinic settings changes', ({ scope }) => scope.profile.listChanges(options));
}

/** Start measuring a proposed change against the current values, off the request path (admin). */
export async function startSettingsPreview(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<SettingsPreview> {
  const request = parseInput(settingsPreviewSchema, input, 'settings preview');
  return inClinic(deps, actor, now, canChangeClinicSettings(actor), 'preview clinic settings', async ({ scope }) => {
    const profile = await scope.profile.get();
    const current = usableOverrides(profile.overrides);
    return deps.previews.start({
      clinicId: actor.clinicId, userId: actor.userId, settingsVersion: profile.settingsVersion, now,
      current, proposed: applySettingsChange(current, request.values), episodes: request.episodes,
    });
  });
}

// The jobs live in this process, not in the database: the gate checks the policy (auditing a refusal).
/** The clinic's latest preview, running or finished (a reloaded page picks it up), or null. */
export async function getLatestSettingsPreview(deps: ServiceDeps, actor: Actor, now: Date): Promise<SettingsPreview | null> {
  return inClinic(deps, actor, now, canChangeClinicSettings(actor), 'preview clinic settings', async () => deps.previews.latest(actor.clinicId));
}

export const previewCancelSchema = z.object({
  id: idSchema.describe('The preview to cancel: a newer one someone else started is not touched'),
});

/** Cancel the clinic's preview with this id if it still runs; the preview as it now is. */
export async function cancelSettingsPreview(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<SettingsPreview> {
  const { id } = parseInput(previewCancelSchema, input, 'preview cancellation');
  return inClinic(deps, actor, now, canChangeClinicSettings(actor), 'preview clinic settings', async () => deps.previews.cancel(actor.clinicId, id));
}
