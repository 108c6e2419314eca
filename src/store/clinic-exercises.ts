// A clinic's own exercises (spec §4b: same shape as the library's, stored per clinic). Every
// statement carries the clinic's id; the definition is checked by the domain's schema above this.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Exercise } from '../domain/records/index.ts';
import type { Db } from './database.ts';
import { conflictOnDuplicate } from './errors.ts';
import { clinicExercises } from './schema/index.ts';

export class ClinicExercises {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  async list(): Promise<Exercise[]> {
    const rows = await this.db.select().from(clinicExercises).where(eq(clinicExercises.clinicId, this.clinicId)).orderBy(asc(clinicExercises.id));
    return rows.map((row) => row.definition);
  }

  async getMany(ids: readonly string[]): Promise<Exercise[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.select().from(clinicExercises)
      .where(and(eq(clinicExercises.clinicId, this.clinicId), inArray(clinicExercises.id, [...ids]))).orderBy(asc(clinicExercises.id));
    return rows.map((row) => row.definition);
  }

  /** Adds one; an id the clinic already has is a conflict (409), nothing written. */
  async insert(exercise: Exercise, createdBy: string, now: Date): Promise<Exercise> {
    await conflictOnDuplicate(
      () => this.db.insert(clinicExercises).values({ clinicId: this.clinicId, id: exercise.id, definition: exercise, createdBy, createdAt: now }),
      `the clinic already has an exercise "${exercise.id}"`,
    );
    return exercise;
  }
}
