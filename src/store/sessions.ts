// Sign-in sessions of one clinic (issue 15). Every statement carries the clinic's id, the session's
// token hash or id, and the user where it is about one person's sessions.
import { and, asc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from './database.ts';
import type { Role } from './people.ts';
import { authSessions, users } from './schema/index.ts';

export interface NewSession {
  id: string;
  userId: string;
  tokenHash: string;
  csrfToken: string;
  client: string | null;
  expiresAt: Date;
}

/** What a request's session says about who is calling. */
export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  userId: string;
  clinicId: string;
  role: Role;
  patientId: string | null;
  expiresAt: Date;
}

/** A session as its owner sees it in "my sessions". */
export interface SessionSummary {
  id: string;
  client: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** The live session of a token hash with its (active) user, in one statement: every request asks this. */
export async function findSessionUser(db: Db, clinicId: string, tokenHash: string, now: Date): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      sessionId: authSessions.id, csrfToken: authSessions.csrfToken, expiresAt: authSessions.expiresAt,
      userId: users.id, clinicId: users.clinicId, role: users.role, patientId: users.patientId,
    })
    .from(authSessions)
    .innerJoin(users, and(eq(users.clinicId, authSessions.clinicId), eq(users.id, authSessions.userId)))
    .where(and(
      eq(authSessions.clinicId, clinicId), eq(users.clinicId, clinicId), eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now),
      isNull(users.deactivatedAt),
    ));
  return row ?? null;
}

export class Sessions {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  async insert(session: NewSession, now: Date): Promise<void> {
    await this.db.insert(authSessions).values({ ...session, clinicId: this.clinicId, createdAt: now });
  }

  /** A user's live sessions, oldest first. */
  async listForUser(userId: string, now: Date): Promise<SessionSummary[]> {
    return this.db.select({ id: authSessions.id, client: authSessions.client, createdAt: authSessions.createdAt, expiresAt: authSessions.expiresAt })
      .from(authSessions)
      .where(and(eq(authSessions.clinicId, this.clinicId), eq(authSessions.userId, userId), gt(authSessions.expiresAt, now)))
      .orderBy(asc(authSessions.createdAt), asc(authSessions.id));
  }

  /** How many live sessions each of these users has. */
  async countLive(userIds: string[], now: Date): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db.select({ userId: authSessions.userId }).from(authSessions)
      .where(and(eq(authSessions.clinicId, this.clinicId), inArray(authSessions.userId, userIds), gt(authSessions.expiresAt, now)));
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.userId, (counts.get(row.userId) ?? 0) + 1);
    return counts;
  }

  /** End one of a user's sessions; false when the user has no such session. */
  async end(userId: string, sessionId: string): Promise<boolean> {
    const ended = await this.db.delete(authSessions)
      .where(and(eq(authSessions.clinicId, this.clinicId), eq(authSessions.userId, userId), eq(authSessions.id, sessionId)))
      .returning({ id: authSessions.id });
    return ended.length > 0;
  }

  /** End every session of a user (revoked by an admin, deactivated, a new password); how many. */
  async endAll(userId: string): Promise<number> {
    const ended = await this.db.delete(authSessions)
      .where(and(eq(authSessions.clinicId, this.clinicId), eq(authSessions.userId, userId)))
      .returning({ id: authSessions.id });
    return ended.length;
  }

  /** Forget a user's expired sessions (at their next sign-in, so the table does not grow for ever). */
  async deleteExpired(userId: string, now: Date): Promise<void> {
    await this.db.delete(authSessions)
      .where(and(eq(authSessions.clinicId, this.clinicId), eq(authSessions.userId, userId), lte(authSessions.expiresAt, now)));
  }
}
