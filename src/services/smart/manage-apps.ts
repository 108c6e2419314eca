// The clinic's SMART apps (issue 16): the admin registers an app (its name, where it may send the
// browser back, which scopes it may ask for, and where an EHR launch opens it); staff list them for
// the patient page's launch menu. Every change is audited.
import { z } from 'zod';
import { textSchema } from '../../domain/index.ts';
import type { SmartApp } from '../../store/index.ts';
import { inClinic } from '../access.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { parseInput } from '../parse-input.ts';
import { canListApps, canManageApps } from '../policies/index.ts';

export type { SmartApp } from '../../store/index.ts';

/** The scopes Threshold grants (SMART App Launch 2.0): read and search, for one patient or as the user. */
export const smartScopes = ['launch', 'launch/patient', 'openid', 'fhirUser', 'patient/*.rs', 'user/*.rs'] as const;
export type SmartScope = (typeof smartScopes)[number];

const isLoopback = (url: URL): boolean => url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';

/** https, or http on this machine (a developer's app, the browser tests); never a fragment. */
const appUrl = z.url().max(2000).refine((value) => {
  // zod runs this check even when the value is no URL (its own issue is already raised): never throw here.
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return url.hash === '' && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url)));
}, 'must be an https URL (or http on localhost) without a #fragment');

export const smartAppSchema = z.object({
  name: textSchema({ max: 100 }).trim().min(1),
  redirectUris: z.array(appUrl).min(1).max(10).describe('Where the app may receive the authorization code'),
  scopes: z.array(z.enum(smartScopes)).min(1).describe('The scopes the app may ask for; a request may ask for fewer'),
  launchUrl: appUrl.optional().describe('Where an EHR launch from the patient page opens the app; without it the app is standalone only'),
});
export const smartAppEditSchema = smartAppSchema.extend({ version: z.number().int().min(1) });

export async function registerApp(deps: ServiceDeps, actor: Actor, input: unknown, now: Date): Promise<SmartApp> {
  const app = parseInput(smartAppSchema, input, 'app');
  return inClinic(deps, actor, now, canManageApps(actor), 'register apps', async ({ scope, note }) => {
    const created = await scope.apps.insert(deps.store.newId(), app, now);
    note({ action: 'create', recordType: 'smart-app', recordId: created.id });
    return created;
  });
}

export async function listApps(deps: ServiceDeps, actor: Actor, now: Date): Promise<SmartApp[]> {
  return inClinic(deps, actor, now, canListApps(actor), 'list apps', ({ scope }) => scope.apps.list());
}

export async function editApp(deps: ServiceDeps, actor: Actor, appId: string, input: unknown, now: Date): Promise<SmartApp> {
  const { version, ...app } = parseInput(smartAppEditSchema, input, 'app');
  return inClinic(deps, actor, now, canManageApps(actor), 'edit apps', async ({ scope, note }) => {
    const updated = await scope.apps.replace(appId, version, app);
    note({ action: 'update', recordType: 'smart-app', recordId: appId });
    return updated;
  });
}

/** Remove an app: its client id stops working at once (every token check looks the app up). */
export async function removeApp(deps: ServiceDeps, actor: Actor, appId: string, now: Date): Promise<void> {
  await inClinic(deps, actor, now, canManageApps(actor), 'remove apps', async ({ scope, note }) => {
    await scope.apps.remove(appId);
    note({ action: 'update', recordType: 'smart-app', recordId: appId });
  });
}
