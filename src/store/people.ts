// Patients, users and care teams of one clinic. Every statement carries the clinic's id.
import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Patient } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { conflictOnDuplicate, staleVersion } from './errors.ts';
import { patientOrder, patientWhere, type PatientQuery } from './patient-search.ts';
import { replacementRow, toRecord } from './rows.ts';
import { careTeamMembers, episodes, patients, signInDirectory, users } from './schema/index.ts';

export type Role = 'admin' | 'clinician' | 'patient';

export interface StoredPatient extends Patient {
  id: string;
  version: number;
}

/** active: may sign in; invited: has not set a password yet; deactivated: may not sign in. */
export type UserStatus = 'active' | 'invited' | 'deactivated';

export interface User {
  id: string;
  clinicId: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  discipline?: string;
  patientId?: string;
  /** Set while sign-in is locked after too many failures. */
  lockedUntil?: Date;
  version: number;
}

/** What sign-in reads of a user: the password hash (null until set) and the failures counted. */
export interface UserSignIn extends User {
  passwordHash: string | null;
  failedSignIns: number;
}

export interface CareTeamMember {
  patientId: string;
  userId: string;
  discipline: string;
  lead: boolean;
}

function toUser(row: typeof users.$inferSelect): User {
  const { passwordHash, createdAt: _created, deactivatedAt, failedSignIns: _f, lockedUntil, ...rest } = row;
  const status: UserStatus = deactivatedAt !== null ? 'deactivated' : passwordHash === null ? 'invited' : 'active';
  return { ...toRecord<Omit<User, 'clinicId' | 'status'>>(rest), clinicId: row.clinicId, status, ...(lockedUntil ? { lockedUntil } : {}) };
}

const userKey = (clinicId: string, id: string) => and(eq(users.clinicId, clinicId), eq(users.id, id));

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

  /** Every patient of the clinic with how many episodes of care they have (none: registered, not yet in care). */
  async listPatients(): Promise<(StoredPatient & { episodeCount: number })[]> {
    const counts = this.db.select({ patientId: episodes.patientId, count: sql<number>`count(*)::int`.as('count') }).from(episodes)
      .where(eq(episodes.clinicId, this.clinicId)).groupBy(episodes.patientId).as('episode_counts');
    const rows = await this.db.select({ patient: patients, episodeCount: counts.count }).from(patients)
      .leftJoin(counts, eq(counts.patientId, patients.id))
      .where(eq(patients.clinicId, this.clinicId)).orderBy(asc(patients.name), asc(patients.id));
    return rows.map((row) => ({ ...this.patient(row.patient), episodeCount: Number(row.episodeCount ?? 0) }));
  }

  /** One page of a patient search and the number of all matches (patient-search.ts). */
  async searchPatients(query: PatientQuery): Promise<{ total: number; patients: StoredPatient[] }> {
    const where = patientWhere(this.clinicId, query);
    const countAll = async (): Promise<number> => (await this.db.select({ total: count() }).from(patients).where(where))[0]?.total ?? 0;
    if (query.countOnly || query.limit === 0) return { total: await countAll(), patients: [] };
    // The page and the number of all matches from one scan (a window count); a page past the end
    // has no row to carry the count, so it is counted on its own.
    const rows = await this.db.select({ patient: patients, total: sql<number>`count(*) over ()` }).from(patients).where(where)
      .orderBy(...patientOrder(query.sort)).limit(query.limit).offset(query.offset);
    const first = rows[0];
    if (first === undefined) return { total: query.offset === 0 ? 0 : await countAll(), patients: [] };
    return { total: Number(first.total), patients: rows.map((row) => this.patient(row.patient)) };
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
    throw staleVersion('patient', current.version, version);
  }

  /** A user and their sign-in directory entry; the email is unique across all clinics. No password: invited. */
  async insertUser(user: Omit<User, 'clinicId' | 'version' | 'status' | 'lockedUntil'> & { passwordHash: string | null }, now: Date): Promise<User> {
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
    const [row] = await this.db.select().from(users).where(userKey(this.clinicId, id));
    return row ? toUser(row) : null;
  }

  /** The user of a patient record, if they have a sign-in. */
  async getUserOfPatient(patientId: string): Promise<User | null> {
    const [row] = await this.db.select().from(users).where(and(eq(users.clinicId, this.clinicId), eq(users.patientId, patientId)));
    return row ? toUser(row) : null;
  }

  /** The user with their password hash and failure count, for sign-in only. */
  async getUserSignIn(id: string): Promise<UserSignIn | null> {
    const [row] = await this.db.select().from(users).where(userKey(this.clinicId, id));
    return row ? { ...toUser(row), passwordHash: row.passwordHash, failedSignIns: row.failedSignIns } : null;
  }

  /** A new password (from an invitation): failures and any lock are cleared with it. */
  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.update(users).set({ passwordHash, failedSignIns: 0, lockedUntil: null, version: sql`${users.version} + 1` }).where(userKey(this.clinicId, id));
  }

  /** Count a failed sign-in; at `limit` failures the account locks until `lockUntil` and the count starts again. */
  async countFailedSignIn(id: string, limit: number, lockUntil: Date): Promise<{ locked: boolean }> {
    const [row] = await this.db.update(users).set({
      failedSignIns: sql`case when ${users.failedSignIns} + 1 >= ${limit} then 0 else ${users.failedSignIns} + 1 end`,
      lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${limit} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    }).where(userKey(this.clinicId, id)).returning({ lockedUntil: users.lockedUntil });
    return { locked: row?.lockedUntil?.getTime() === lockUntil.getTime() };
  }

  async clearFailedSignIns(id: string): Promise<void> {
    await this.db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(userKey(this.clinicId, id));
  }

  /** Deactivate (at `now`) or reactivate (null) a user. */
  async setDeactivated(id: string, at: Date | null): Promise<User | null> {
    const [row] = await this.db.update(users).set({ deactivatedAt: at, version: sql`${users.version} + 1` }).where(userKey(this.clinicId, id)).returning();
    return row ? toUser(row) : null;
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
