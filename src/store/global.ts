// Reads and writes that come before a clinic is known: clinics and the sign-in directory (email ->
// clinic). Sessions and invitations are one clinic's each (sessions.ts, invitations.ts): their tokens
// name the clinic.
import { eq } from 'drizzle-orm';
import type { Db } from './database.ts';
import { clinics, signInDirectory } from './schema/index.ts';


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
}
