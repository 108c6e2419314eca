// A patient's phone remembers who is signed in (never the session token, which stays an HTTP-only
// cookie), so the app opens from a cold start with no connection: it shows the copies the service
// worker kept and queues check-ins until the server can be reached. Signing out forgets it and the
// kept copies. Only patients: a clinic's shared computer keeps nothing.
import type { Role } from '../client/types.ts';

const KEY = 'threshold.patient-session.v1';
/** The service worker's cache of the patient's reads (vite.config.ts names it too). */
export const PATIENT_DATA_CACHE = 'threshold-patient-data';

export interface RememberedPatient {
  userId: string;
  role: Extract<Role, 'patient'>;
  patientId: string;
  name?: string;
}

export function rememberPatient(user: { userId: string; role: Role; patientId?: string | undefined; name?: string | undefined }): void {
  if (user.role !== 'patient' || !user.patientId) return;
  const remembered: RememberedPatient = { userId: user.userId, role: 'patient', patientId: user.patientId, ...(user.name ? { name: user.name } : {}) };
  window.localStorage.setItem(KEY, JSON.stringify(remembered));
}

export function rememberedPatient(): RememberedPatient | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
    if (parsed && typeof parsed === 'object' && (parsed as RememberedPatient).role === 'patient' && typeof (parsed as RememberedPatient).patientId === 'string') {
      return parsed as RememberedPatient;
    }
  } catch {
    // unreadable: nothing remembered
  }
  return null;
}

/** Forget the patient and the copies kept for them (sign-out, or another user signing in). */
export async function forgetPatient(): Promise<void> {
  window.localStorage.removeItem(KEY);
  if ('caches' in window) await window.caches.delete(PATIENT_DATA_CACHE);
}
