// Authorizing a SMART app (SMART App Launch 2.0, issue 16): what an app asks for, checked against
// what the clinic allowed it and who is signed in; the launch context of an EHR launch; the patient
// a patient-scoped token is bound to; and, for each access token, the actor it acts as: the user's
// own (same clinic, same role, the same access gate as a sign-in), read-only, and bound to the
// patient when its scopes are patient/*. Every grant and token is audited.
import { AppError } from '../../domain/errors.ts';
import { enforceAudited, inClinic, onPatient } from '../access.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { canLaunchApps } from '../policies/index.ts';
import { smartScopes, type SmartApp, type SmartScope } from './manage-apps.ts';

/** How long an EHR launch waits for the app to ask for authorization (heuristic: an app opens in seconds). */
export const LAUNCH_MINUTES = 5;
const LAUNCH = 'Launch';

/** A launch context: who opened which app on which patient, in which clinic. */
interface LaunchContext {
  clinicId: string;
  userId: string;
  clientId: string;
  patientId: string;
}

/** accountId as the authorization server knows a user: clinic and user in one opaque string. */
export const accountIdOf = (actor: Pick<Actor, 'clinicId' | 'userId'>): string => `${actor.clinicId}:${actor.userId}`;

function parseAccountId(accountId: string): { clinicId: string; userId: string } | null {
  const [clinicId, userId, ...rest] = accountId.split(':');
  return clinicId && userId && rest.length === 0 ? { clinicId, userId } : null;
}

/** EHR launch from the patient page: a short-lived launch id the app passes back when it asks for authorization. */
export async function launchApp(deps: ServiceDeps, actor: Actor, appId: string, patientId: string, now: Date): Promise<{ launch: string; app: SmartApp }> {
  // The patient first (another clinic's, or a patient not one's own, is not found), then the role.
  return onPatient(deps, actor, now, patientId, 'read-clinical', async ({ scope, tx, note }) => {
    enforceAudited(canLaunchApps(actor), 'launch apps', { recordType: 'app-launch', recordId: appId, patientId });
    const app = await scope.apps.get(appId);
    if (!app) throw new AppError('not-found', `no app ${appId}`);
    if (app.launchUrl === undefined) throw new AppError('validation', `${app.name} has no launch URL: it can only be started on its own`, [{ path: 'appId', message: 'standalone only' }]);
    const launch = deps.store.newId();
    const context: LaunchContext = { clinicId: actor.clinicId, userId: actor.userId, clientId: appId, patientId };
    await tx.oauth.upsert(LAUNCH, launch, { ...context }, new Date(now.getTime() + LAUNCH_MINUTES * 60_000));
    note({ action: 'create', recordType: 'app-launch', recordId: appId, patientId });
    return { launch, app };
  });
}

export interface AuthorizationRequest {
  clientId: string;
  scopes: string[];
  /** The launch parameter of an EHR launch. */
  launch?: string | undefined;
}

export interface AuthorizationPlan {
  app: { id: string; name: string };
  /** What will be granted: asked for, allowed by the clinic, and known to Threshold. */
  scopes: SmartScope[];
  launch: 'ehr' | 'standalone';
  /** The patient the grant will be bound to, when known already (an EHR launch, a patient's own sign-in). */
  patient: { id: string; name?: string | undefined } | null;
  /** A clinician must pick the patient (standalone launch asking for launch/patient or patient/*). */
  choosePatient: boolean;
  /** An EHR launch by a clinician of the clinic's own app: opening it was the decision; no screen. */
  autoApprove: boolean;
}

const needsPatient = (scopes: SmartScope[]): boolean => scopes.includes('launch/patient') || scopes.includes('patient/*.rs');

export async function describeAuthorization(deps: ServiceDeps, actor: Actor, request: AuthorizationRequest, now: Date): Promise<AuthorizationPlan> {
  return inClinic(deps, actor, now, 'allow', 'authorize apps', async ({ scope, tx }) => {
    const app = await scope.apps.get(request.clientId);
    if (!app) throw new AppError('not-found', 'this app is not registered with your clinic');
    const scopes = smartScopes.filter((s) => request.scopes.includes(s) && app.scopes.includes(s));
    let patientId: string | undefined = actor.role === 'patient' ? actor.patientId : undefined;
    let launch: AuthorizationPlan['launch'] = 'standalone';
    if (request.launch !== undefined) {
      const found = await tx.oauth.find(LAUNCH, request.launch, now);
      const context = found?.payload as LaunchContext | undefined;
      if (!context || context.clinicId !== actor.clinicId || context.userId !== actor.userId || context.clientId !== app.id) {
        throw new AppError('validation', 'the launch has expired or belongs to someone else: launch the app again from the patient page', [{ path: 'launch', message: 'unknown launch' }]);
      }
      patientId = context.patientId;
      launch = 'ehr';
    }
    const patient = patientId === undefined ? null : await scope.people.getPatient(patientId);
    return {
      app: { id: app.id, name: app.name },
      scopes,
      launch,
      patient: patient ? { id: patient.id, ...(patient.name === undefined ? {} : { name: patient.name }) } : null,
      choosePatient: patient === null && needsPatient(scopes),
      autoApprove: launch === 'ehr' && actor.role === 'clinician',
    };
  });
}

export interface ApprovedAuthorization {
  accountId: string;
  scopes: SmartScope[];
  patientId?: string | undefined;
}

/** The user allows the app: the patient chosen (if any) must be one they may read; the grant is audited. */
export async function approveAuthorization(
  deps: ServiceDeps, actor: Actor, request: AuthorizationRequest, choice: { patientId?: string | undefined }, now: Date,
): Promise<ApprovedAuthorization> {
  const plan = await describeAuthorization(deps, actor, request, now);
  const patientId = plan.patient?.id ?? (plan.choosePatient ? choice.patientId : undefined);
  if (plan.choosePatient && patientId === undefined) throw new AppError('validation', 'choose the patient the app is for', [{ path: 'patientId', message: 'required' }]);
  const record = async (id: string | undefined): Promise<void> => {
    const event = { action: 'create' as const, recordType: 'app-authorization', recordId: plan.app.id };
    if (id === undefined) {
      await inClinic(deps, actor, now, 'allow', 'authorize apps', async ({ note }) => note(event));
      return;
    }
    // The patient is read as the sign-in would read them: a patient only themself, staff their clinic's.
    await onPatient(deps, actor, now, id, 'read-demographics', async ({ note }) => note({ ...event, patientId: id }));
  };
  await record(patientId);
  return { accountId: accountIdOf(actor), scopes: plan.scopes, ...(patientId === undefined ? {} : { patientId }) };
}

export interface AppToken {
  accountId: string;
  clientId: string;
  scopes: string[];
  /** The patient of the grant's launch context, when it has one. */
  patientId?: string | undefined;
}

/**
 * The actor an access token acts as, or null when it can act as no one: its user is gone, the app is
 * no longer registered, it grants no FHIR data scope, or a patient scope without a patient.
 */
export async function appActor(deps: ServiceDeps, token: AppToken): Promise<Actor | null> {
  const account = parseAccountId(token.accountId);
  if (!account) return null;
  const patientScope = token.scopes.includes('patient/*.rs');
  const userScope = token.scopes.includes('user/*.rs');
  if (!patientScope && !userScope) return null;
  if (patientScope && !userScope && token.patientId === undefined) return null;
  return deps.store.transaction(async (tx) => {
    const scope = tx.clinic(account.clinicId);
    const [user, app] = await Promise.all([scope.people.getUser(account.userId), scope.apps.get(token.clientId)]);
    if (!user || !app) return null;
    return {
      userId: user.id, clinicId: account.clinicId, role: user.role, patientId: user.patientId,
      app: { clientId: app.id, ...(userScope ? {} : { patientId: token.patientId }) },
    };
  });
}

/** Who the token's subject is, for the id token's fhirUser claim; null when the user is gone. */
export async function accountOf(deps: ServiceDeps, accountId: string): Promise<{ userId: string; role: Actor['role']; patientId?: string | undefined } | null> {
  const account = parseAccountId(accountId);
  if (!account) return null;
  const user = await deps.store.transaction((tx) => tx.clinic(account.clinicId).people.getUser(account.userId));
  return user ? { userId: user.id, role: user.role, patientId: user.patientId } : null;
}

/** An access token was issued to an app: audited as the app's sign-in on the user's behalf. */
export async function recordAppToken(deps: ServiceDeps, token: AppToken, now: Date): Promise<void> {
  const account = parseAccountId(token.accountId);
  if (!account) return;
  await deps.store.transaction(async (tx) => {
    const user = await tx.clinic(account.clinicId).people.getUser(account.userId);
    if (!user) return;
    await tx.clinic(account.clinicId).audit.append([{
      at: now, actorUserId: user.id, actorRole: user.role, action: 'sign-in', recordType: 'app-token', recordId: token.clientId,
      patientId: token.patientId, appId: token.clientId,
    }]);
  });
}

/** The app registered under a client id, whichever clinic registered it (the token endpoint names no clinic). */
export async function appForClient(deps: Pick<ServiceDeps, 'store'>, clientId: string): Promise<SmartApp | null> {
  return deps.store.transaction(async (tx) => {
    const clinicId = await tx.oauth.clinicOfClient(clientId);
    return clinicId === null ? null : tx.clinic(clinicId).apps.get(clientId);
  });
}
