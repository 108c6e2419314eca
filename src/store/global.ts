// Reads and writes that come before a clinic is known: clinics, the sign-in directory, sessions.
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './database.ts';
import { authSessions, clinics, signInDirectory, users } from './schema/index.ts';

export interface AuthSession {
  tokenHash: string;
  clinicId: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export class GlobalRecords {
  constructor(private readonly db: Db) {}

  async insertClinic(clinic: { id: string; name: string; timeZone: string }, now: Date): Promise<void> {
    await this.db.insert(clinics).values({ ...clinic, createdAt: now });
  }

  /** True when no clinic exists yet: `threshold start` then loads the demo clinic. */
  async isEmpty(): Promise<boolean> {
    const [row] = await this.db.select({ id: clinics.id }).from(clinics).limit(1);
    return row === undefined;
  }

  async getClinic(id: string): Promise<{ id: string; name: string } | null> {
    const [row] = await this.db.select({ id: clinics.id, name: clinics.name }).from(clinics).where(eq(clinics.id, id));
    return row ?? null;
  }

  async findSignIn(email: string): Promise<{ clinicId: string; userId: string } | null> {
    const [row] = await this.db.select({ clinicId: signInDirectory.clinicId, userId: signInDirectory.userId })
      .from(signInDirectory).where(eq(signInDirectory.email, email.toLowerCase()));
    return row ?? null;
  }

  async insertSession(session: AuthSession, now: Date): Promise<void> {
    await this.db.insert(authSessions).values({ ...session, createdAt: now });
  }

  /** The session for a token hash, if it has not expired by `now`. */
  async findSession(tokenHash: string, now: Date): Promise<AuthSession | null> {
    const [row] = await this.db.select().from(authSessions)
      .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now)));
    if (!row) return null;
    const { createdAt: _created, ...session } = row;
    return session;
  }

  /** The live session of a token hash with its user, in one statement (every request asks this). */
  async findSessionUser(tokenHash: string, now: Date): Promise<{ csrfToken: string; userId: string; clinicId: string; role: 'admin' | 'clinician' | 'patient'; patientId: string | null } | null> {
    const [row] = await this.db
      .select({ csrfToken: authSessions.csrfToken, userId: users.id, clinicId: users.clinicId, role: users.role, patientId: users.patientId })
      .from(authSessions)
      .innerJoin(users, and(eq(users.clinicId, authSessions.clinicId), eq(users.id, authSessions.userId)))
      .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now)));
    return row ?? null;
  }

  async extendSession(tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.update(authSessions).set({ expiresAt }).where(eq(authSessions.tokenHash, tokenHash));
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.delete(authSessions).where(lt(authSessions.expiresAt, now));
  }
}
