// Who is signed in. On start the app asks GET /auth/me (the HTTP-only cookie is invisible to
// scripts, by design); sign-in and sign-out update it. The CSRF token lives only in memory.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { api } from './client/endpoints.ts';
import { ApiError, setCsrfToken } from './client/client.ts';
import type { Role, SignedIn } from './client/types.ts';

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
  /** Take up a session the server has just made (an invitation accepted). */
  adopt: (session: SignedIn) => void;
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
      (me) => {
        if (!live) return;
        setCsrfToken(me.csrfToken);
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

  const adopt = useCallback((session: SignedIn) => {
    setCsrfToken(session.csrfToken);
    setUser({ userId: session.user.id, role: session.user.role, name: session.user.name, ...(session.user.patientId ? { patientId: session.user.patientId } : {}) });
    setStatus('signed-in');
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    adopt(await api.signIn(email, password));
  }, [adopt]);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } catch (error) {
      // Already signed out on the server (the session was ended elsewhere): signed out here too.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    } finally {
      setCsrfToken(null);
      setUser(null);
      setStatus('signed-out');
    }
  }, []);

  const value = useMemo(() => ({ status, user, signIn, adopt, signOut, recheck: () => setGeneration((g) => g + 1) }), [status, user, signIn, adopt, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
