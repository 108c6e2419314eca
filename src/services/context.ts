// What every use-case is handed: the store, the engine, and the actor on whose behalf it runs.
// Nothing here is global: the composition root (src/server.ts) builds it, tests build their own.
import type { Assessment, CaseFile, Settings } from '../domain/index.ts';
import type { Role, Store } from '../store/index.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';

/** Who is asking: every use-case takes one, and every policy decides on one. */
export interface Actor {
  userId: string;
  clinicId: string;
  role: Role;
  /** For a patient: the patient record their sign-in belongs to. */
  patientId?: string | undefined;
  /**
   * When a SMART app acts for the user (an access token, not a sign-in): which app, and the patient
   * its token is bound to when its scopes are patient/*. An app reads and searches only (*.rs).
   */
  app?: AppGrant | undefined;
}

export interface AppGrant {
  clientId: string;
  patientId?: string | undefined;
}

export interface ServiceDeps {
  store: Store;
  assess: (caseFile: CaseFile, asOf: string, settings: Settings) => Assessment;
  /** The settings the engine uses; a clinic's overrides are a later issue. */
  settings: Settings;
  sessionHours: number;
  signInLimiter: SignInLimiter;
}

/** The calendar day of an instant, in UTC: the clinic's time zone is not modelled yet. */
export function dayOfInstant(now: Date): string {
  return now.toISOString().slice(0, 10);
}
