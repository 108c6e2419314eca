// Who is signed in. On start the app asks GET /auth/me (the HTTP-only cookie is invisible to
// scripts, by design); sign-in and sign-out update it. The CSRF token lives only in memory.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { api } from './client/endpoints.ts';
import { ApiError, setCsrfToken } from './client/client.ts';
import type { Role } from './client/types.ts';
import { setClinicTimeZone } from './clinic-time.ts';

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
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  recheck: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }): ReactElement {
  const [status, setStatus] = useState<SessionState['status']>('checking');
  const [user, setUser] = useState<SignedInUser | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    api.me().then(
      async (me) => {
        if (!live) return;
        setCsrfToken(me.csrfToken);
        await learnClinicDay();
        if (!live) return;
        setUser((previous) => ({ userId: me.userId, role: me.role, ...(me.patientId ? { patientId: me.patientId } : {}), ...(previous?.name ? { name: previous.name } : {}) }));
        setStatus('signed-in');
      },
      (error: unknown) => {
        if (!live) return;
        setStatus(error instanceof ApiError && error.code === 'offline' ? 'unreachable' : 'signed-out');
      },
    );
    return () => { live = false; };
  }, [generation]);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await api.signIn(email, password);
    setCsrfToken(session.csrfToken);
    await learnClinicDay();
    setUser({ userId: session.user.id, role: session.user.role, name: session.user.name, ...(session.user.patientId ? { patientId: session.user.patientId } : {}) });
    setStatus('signed-in');
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setCsrfToken(null);
      setClinicTimeZone(null);
      setUser(null);
      setStatus('signed-out');
    }
  }, []);

  const value = useMemo(() => ({ status, user, signIn, signOut, recheck: () => setGeneration((g) => g + 1) }), [status, user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
