// Who a session token stands for, kept in memory for a few seconds (issue 15: the session lookup was
// a database round trip on every request, an eighth of a check-in's time). What this process ends
// (sign-out, a revoked session, a deactivated user, a new password) is forgotten here at once; a
// session ended by another server process on the same PostgreSQL stops working here within
// `ttlSeconds`, the bound this cache puts on it.
import type { Actor } from './actor.ts';

export interface CachedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface SessionCache {
  get: (tokenHash: string, now: Date) => CachedSession | undefined;
  put: (tokenHash: string, session: CachedSession, now: Date) => void;
  /** Forget every session of a user (clinic and user id). */
  forgetUser: (clinicId: string, userId: string) => void;
}

export function createSessionCache(options: { ttlSeconds: number; maxEntries?: number }): SessionCache {
  const entries = new Map<string, { session: CachedSession; until: number }>();
  const max = options.maxEntries ?? 10_000;
  const ttl = options.ttlSeconds * 1000;
  return {
    get(tokenHash, now) {
      const entry = entries.get(tokenHash);
      if (!entry) return undefined;
      if (entry.until <= now.getTime() || entry.session.expiresAt.getTime() <= now.getTime()) {
        entries.delete(tokenHash);
        return undefined;
      }
      return entry.session;
    },
    put(tokenHash, session, now) {
      if (ttl <= 0) return;
      // The oldest entry goes first when full (Map keeps insertion order).
      if (entries.size >= max) entries.delete(entries.keys().next().value ?? '');
      entries.set(tokenHash, { session, until: now.getTime() + ttl });
    },
    forgetUser(clinicId, userId) {
      for (const [hash, { session }] of entries) {
        if (session.actor.clinicId === clinicId && session.actor.userId === userId) entries.delete(hash);
      }
    },
  };
}
