// Who is signed in. On start the app asks GET /auth/me (the HTTP-only cookie is invisible to
// scripts, by design); sign-in and sign-out update it. The CSRF token lives only in memory.
// A patient's phone that cannot reach the server opens as the patient it remembers (offline: true):
// the pages show the copies the service worker kept, check-ins wait in the queue, and the app asks the
// server again every few seconds and when the phone says it is back online.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { api } from './client/endpoints.ts';
import { ApiError, setCsrfToken, setKeepOfflineCopies } from './client/client.ts';
import type { Me, Role, SignedIn } from './client/types.ts';
import { setClinicTimeZone } from './clinic-time.ts';
import { forgetPatient, rememberedPatient, rememberPatient } from './offline/remembered-patient.ts';

/**
 * The clinic's time zone, before the pages render their date defaults. Without it (an old server,
 * a flaky connection) the browser's own zone stands in: a default date, not a record, depends on it.
 */
async function learnClinicDay(): Promise<void> {
  try {
    setClinicTimeZone((await api.clinic()).timeZone);
  } catch {
    setClinicTimeZone(null);
  }
}

export interface SignedInUser {
  userId: string;
  role: Role;
  name?: string;
  patientId?: string;
}

export interface SessionState {
  status: 'checking' | 'signed-out' | 'signed-in' | 'unreachable';
  user: SignedInUser | null;
  /** Signed in as the remembered patient while the server cannot be reached. */
  offline: boolean;
  signIn: (email: string, password: string) => Promise<void>;
  /** Take up a session the server has just made (an invitation accepted). */
  adopt: (session: SignedIn) => Promise<void>;
  signOut: () => Promise<void>;
  recheck: () => void;
  /** Ask the server again now; true when it answered and the session is live. */
  reconnect: () => Promise<boolean>;
}

const SessionContext = createContext<SessionState | null>(null);
const RECONNECT_MS = 10_000;

export function SessionProvider({ children }: { children: ReactNode }): ReactElement {
  const [status, setStatus] = useState<SessionState['status']>('checking');
  const [user, setUser] = useState<SignedInUser | null>(null);
  const [offline, setOffline] = useState(false);
  const [generation, setGeneration] = useState(0);
  const live = useRef(true);

  const adoptMe = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setKeepOfflineCopies(me.role === 'patient');
    setUser((previous) => {
      const name = previous?.userId === me.userId ? previous.name : undefined;
      const next = { userId: me.userId, role: me.role, ...(me.patientId ? { patientId: me.patientId } : {}), ...(name ? { name } : {}) };
      rememberPatient(next);
      return next;
    });
    setOffline(false);
    setStatus('signed-in');
  }, []);

  /** GET /auth/me and act on its answer; true when signed in online. */
  const ask = useCallback(async (): Promise<boolean> => {
    try {
      const me = await api.me();
      await learnClinicDay();
      if (live.current) adoptMe(me);
      return true;
    } catch (error) {
      if (!live.current) return false;
      if (error instanceof ApiError && error.code === 'offline') {
        const remembered = rememberedPatient();
        if (remembered) {
          setKeepOfflineCopies(true);
          setUser((previous) => previous ?? remembered);
          setOffline(true);
          setStatus('signed-in');
        } else {
          setStatus((previous) => (previous === 'signed-in' ? previous : 'unreachable'));
        }
      } else {
        setOffline(false);
        setStatus('signed-out');
      }
      return false;
    }
  }, [adoptMe]);

  useEffect(() => {
    live.current = true;
    void ask();
    return () => { live.current = false; };
  }, [generation, ask]);

  // Offline: ask again on a timer and whenever the phone says it is back online.
  useEffect(() => {
    if (!offline) return undefined;
    const again = (): void => void ask();
    const timer = window.setInterval(again, RECONNECT_MS);
    window.addEventListener('online', again);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', again);
    };
  }, [offline, ask]);

  const adopt = useCallback(async (session: SignedIn) => {
    if (rememberedPatient()?.userId !== session.user.id) await forgetPatient();
    setCsrfToken(session.csrfToken);
    await learnClinicDay();
    setKeepOfflineCopies(session.user.role === 'patient');
    const next = { userId: session.user.id, role: session.user.role, name: session.user.name, ...(session.user.patientId ? { patientId: session.user.patientId } : {}) };
    rememberPatient(next);
    setUser(next);
    setOffline(false);
    setStatus('signed-in');
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    await adopt(await api.signIn(email, password));
  }, [adopt]);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } catch {
      // Unreachable or already signed out: this device forgets the session all the same (the server's
      // session then ends at its expiry).
    } finally {
      setCsrfToken(null);
      setClinicTimeZone(null);
      setKeepOfflineCopies(false);
      await forgetPatient();
      setUser(null);
      setOffline(false);
      setStatus('signed-out');
    }
  }, []);

  const value = useMemo(() => ({
    status, user, offline, signIn, adopt, signOut, recheck: () => setGeneration((g) => g + 1), reconnect: ask,
  }), [status, user, offline, signIn, adopt, signOut, ask]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
