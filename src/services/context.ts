// What every use-case is handed: the store, the engine, and the actor on whose behalf it runs.
// Nothing here is global: the composition root (src/server.ts) builds it, tests build their own.
import type { Assessment, CaseFile, Settings } from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import type { SettingsCache } from './clinic-rules.ts';
import type { SettingsPreviews } from './settings-previews.ts';
import type { Activity } from './activity.ts';
import type { SessionCache } from './session-cache.ts';
import type { SummaryRefresher } from './summary-refresher.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';

export type { Actor, AppGrant } from './actor.ts';

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
  /** Sign-in lockout per account (spec §7): after `failures` failed sign-ins in a row, locked for `minutes`. */
  signInLockout: { failures: number; minutes: number };
  /** How long an invitation link stays valid. */
  invitationHours: number;
  sessionCache: SessionCache;
  /** Recomputes the caseload summaries that deferred writes (check-ins) leave stale, off the request path. */
  summaryRefresher: SummaryRefresher;
  /** The requests under way (background work runs in the gaps between them). */
  activity: Activity;
}
