// Who is asking: every use-case takes one, and every policy decides on one. Its own file, so what
// the services' wiring holds (context.ts) and what it caches (session-cache.ts) can both name it.
import type { Role } from '../store/index.ts';

export interface Actor {
  userId: string;
  clinicId: string;
  role: Role;
  /** For a patient: the patient record their sign-in belongs to. */
  patientId?: string | undefined;
}
