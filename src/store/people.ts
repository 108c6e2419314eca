// Patients, users and care teams of one clinic. Every statement carries the clinic's id.
import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Patient } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { conflictOnDuplicate } from './errors.ts';
import { patientOrder, patientWhere, type PatientQuery } from './patient-search.ts';
import { replacementRow, toRecord } from './rows.ts';
import { careTeamMembers, patients, signInDirectory, users } from './schema/index.ts';

export type Role = 'admin' | 'clinician' | 'patient';

export interface StoredPatient extends Patient {
  id: string;
  version: number;
}

export interface User {
  id: string;
  clinicId: string;
  email: string;
  name: string;
  role: Role;
  discipline?: string;
  patientId?: string;
  version: number;
}

export interface CareTeamMember {
  patientId: string;
  userId: string;
  discipline: string;
  lead: boolean;
}

function toUser(row: typeof users.$inferSelect): User {
  const { passwordHash: _hash, createdAt: _created, ...rest } = row;
  return { ...toRecord<Omit<User, 'clinicId'>>(rest), clinicId: row.clinicId };
}

export class People {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  async insertPatient(patient: Patient & { id: string }, now: Date): Promise<StoredPatient> {
    const [row] = await this.db.insert(patients).values({ ...patient, clinicId: this.clinicId, createdAt: now }).returning();
    if (!row) throw new AppError('internal', 'patient was not written');
    return this.patient(row);
  }

  private patient(row: typeof patients.$inferSelect): StoredPatient {
    const { createdAt: _created, ...rest } = row;
    return toRecord<StoredPatient>(rest);
  }

  async getPatient(id: string): Promise<StoredPatient | null> {
    const [row] = await this.db.select().from(patients).where(and(eq(patients.clinicId, this.clinicId), eq(patients.id, id)));
    return row ? this.patient(row) : null;
  }

  async listPatients(): Promise<StoredPatient[]> {
    const rows = await this.db.select().from(patients).where(eq(patients.clinicId, this.clinicId)).orderBy(asc(patients.name), asc(patients.id));
    return rows.map((row) => this.patient(row));
  }

  /** One page of a patient search and the number of all matches (patient-search.ts). */
  async searchPatients(query: PatientQuery): Promise<{ total: number; patients: StoredPatient[] }> {
    const where = patientWhere(this.clinicId, query);
    const [counted] = await this.db.select({ total: count() }).from(patients).where(where);
    const total = counted?.total ?? 0;
    if (query.countOnly || query.limit === 0 || query.offset >= total) return { total, patients: [] };
    const rows = await this.db.select().from(patients).where(where).orderBy(...patientOrder(query.sort)).limit(query.limit).offset(query.offset);
    return { total, patients: rows.map((row) => this.patient(row)) };
  }

  /** Patients in id order after `afterId` (keyset paging: a clinic-wide read in steps). */
  async patientsPage(afterId: string | undefined, limit: number, only?: readonly string[]): Promise<StoredPatient[]> {
    if (only !== undefined && only.length === 0) return [];
    const rows = await this.db.select().from(patients).where(and(
      eq(patients.clinicId, this.clinicId),
      afterId === undefined ? undefined : gt(patients.id, afterId),
      only === undefined ? undefined : inArray(patients.id, [...only]),
    )).orderBy(asc(patients.id)).limit(limit);
    return rows.map((row) => this.patient(row));
  }

  async countPatients(only?: readonly string[]): Promise<number> {
    if (only !== undefined) return only.length;
    const [row] = await this.db.select({ n: count() }).from(patients).where(eq(patients.clinicId, this.clinicId));
    return row?.n ?? 0;
  }

  async replacePatient(id: string, version: number, patient: Patient): Promise<StoredPatient> {
    const row = replacementRow(patients, patient as Record<string, unknown>, ['clinicId', 'id', 'version', 'createdAt']);
    const [updated] = await this.db.update(patients).set({ ...row, version: sql`${patients.version} + 1` })
      .where(and(eq(patients.clinicId, this.clinicId), eq(patients.id, id), eq(patients.version, version))).returning();
    if (updated) return this.patient(updated);
    const current = await this.getPatient(id);
    if (!current) throw new AppError('not-found', `no patient ${id}`);
    throw new AppError('conflict', `the patient was changed by someone else (version ${current.version}, yours ${version}): reload and try again`,
      [{ path: 'version', message: `current version is ${current.version}` }]);
  }

  /** A user and their sign-in directory entry; the email is unique across all clinics. */
  async insertUser(user: Omit<User, 'clinicId' | 'version'> & { passwordHash: string }, now: Date): Promise<User> {
    const email = user.email.toLowerCase();
    await conflictOnDuplicate(
      () => this.db.insert(signInDirectory).values({ email, clinicId: this.clinicId, userId: user.id }),
      `a user with the email ${email} already exists`,
    );
    const [row] = await this.db.insert(users).values({ ...user, email, clinicId: this.clinicId, createdAt: now }).returning();
    if (!row) throw new AppError('internal', 'user was not written');
    return toUser(row);
  }

  async getUser(id: string): Promise<User | null> {
    const [row] = await this.db.select().from(users).where(and(eq(users.clinicId, this.clinicId), eq(users.id, id)));
    return row ? toUser(row) : null;
  }

  /** The user with their password hash, for sign-in only. */
  async getUserWithHash(id: string): Promise<(User & { passwordHash: string }) | null> {
    const [row] = await this.db.select().from(users).where(and(eq(users.clinicId, this.clinicId), eq(users.id, id)));
    return row ? { ...toUser(row), passwordHash: row.passwordHash } : null;
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.db.select().from(users).where(eq(users.clinicId, this.clinicId)).orderBy(asc(users.email));
    return rows.map(toUser);
  }

  async addCareTeamMember(member: CareTeamMember): Promise<CareTeamMember> {
    await this.db.insert(careTeamMembers).values({ ...member, clinicId: this.clinicId })
      .onConflictDoUpdate({
        target: [careTeamMembers.clinicId, careTeamMembers.patientId, careTeamMembers.userId],
        set: { discipline: member.discipline, lead: member.lead },
      });
    if (member.lead) {
      // One lead per care team: naming a new lead steps the others down.
      await this.db.update(careTeamMembers).set({ lead: false }).where(and(
        eq(careTeamMembers.clinicId, this.clinicId), eq(careTeamMembers.patientId, member.patientId),
        sql`${careTeamMembers.userId} <> ${member.userId}`,
      ));
    }
    return member;
  }

  /** The care teams of several patients at once. */
  async careTeams(patientIds: readonly string[]): Promise<CareTeamMember[]> {
    if (patientIds.length === 0) return [];
    const rows = await this.db.select().from(careTeamMembers)
      .where(and(eq(careTeamMembers.clinicId, this.clinicId), inArray(careTeamMembers.patientId, [...patientIds])))
      .orderBy(asc(careTeamMembers.patientId), asc(careTeamMembers.userId));
    return rows.map(({ clinicId: _c, ...member }) => member);
  }

  async careTeam(patientId: string): Promise<CareTeamMember[]> {
    const rows = await this.db.select().from(careTeamMembers)
      .where(and(eq(careTeamMembers.clinicId, this.clinicId), eq(careTeamMembers.patientId, patientId)))
      .orderBy(asc(careTeamMembers.userId));
    return rows.map(({ clinicId: _c, ...member }) => member);
  }
}
