// What every use-case is handed: the store, the engine, and the actor on whose behalf it runs.
// Nothing here is global: the composition root (src/server.ts) builds it, tests build their own.
import type { Assessment, CaseFile, Settings } from '../domain/index.ts';
import type { Role, Store } from '../store/index.ts';
import type { SettingsCache } from './clinic-rules.ts';
import type { SettingsPreviews } from './settings-previews.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';

/** Who is asking: every use-case takes one, and every policy decides on one. */
export interface Actor {
  userId: string;
  clinicId: string;
  role: Role;
  /** For a patient: the patient record their sign-in belongs to. */
  patientId?: string | undefined;
}

export interface ServiceDeps {
  store: Store;
  assess: (caseFile: CaseFile, asOf: string, settings: Settings) => Assessment;
  /**
   * Each clinic's settings, resolved once per clinic and version: every assessment runs on the
   * values of its clinic at that moment (clinic-rules.ts), never on one global set.
   */
  settingsCache: SettingsCache;
  /** The server's own time zone (IANA): a new clinic's day until its admin sets one. */
  serverTimeZone: string;
  /** The accuracy previews of proposed settings running in this process, at most one per clinic. */
  previews: SettingsPreviews;
  sessionHours: number;
  signInLimiter: SignInLimiter;
}
