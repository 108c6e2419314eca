// Who is asking: every use-case takes one, and every policy decides on one. Its own file, so what
// the services' wiring holds (context.ts) and what it caches (session-cache.ts) can both name it.
import type { Role } from '../store/index.ts';

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
