// Bulk Data export jobs of one clinic (schema/exports.ts). Expiry and the clean-up after a restart
// run across clinics: they are in GlobalRecords' neighbour below, taking no clinic.
import { and, eq, inArray, lt } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Db } from './database.ts';
import { bulkExports, type ExportFile } from './schema/index.ts';

export type { ExportFile } from './schema/index.ts';

export type BulkExportRow = Omit<typeof bulkExports.$inferSelect, 'clinicId'>;
export type BulkExportStatus = BulkExportRow['status'];
export type BulkExportChanges = Partial<Pick<BulkExportRow, 'status' | 'patientsDone' | 'patientsTotal' | 'completedAt' | 'expiresAt' | 'output' | 'error'>>;

export class BulkExports {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  async insert(row: Omit<BulkExportRow, 'patientsDone' | 'patientsTotal' | 'completedAt' | 'expiresAt' | 'output' | 'error'>): Promise<BulkExportRow> {
    const [inserted] = await this.db.insert(bulkExports).values({ ...row, clinicId: this.clinicId }).returning();
    if (!inserted) throw new AppError('internal', 'the export was not recorded');
    return strip(inserted);
  }

  async get(id: string): Promise<BulkExportRow | null> {
    const [row] = await this.db.select().from(bulkExports).where(and(eq(bulkExports.clinicId, this.clinicId), eq(bulkExports.id, id)));
    return row ? strip(row) : null;
  }

  /** Change a job, but only while it is in one of `from` (a cancelled job is not completed later). */
  async update(id: string, changes: BulkExportChanges, from: BulkExportStatus[] = ['in-progress']): Promise<BulkExportRow | null> {
    const [row] = await this.db.update(bulkExports).set(changes)
      .where(and(eq(bulkExports.clinicId, this.clinicId), eq(bulkExports.id, id), inArray(bulkExports.status, from))).returning();
    return row ? strip(row) : null;
  }

  async inProgress(): Promise<BulkExportRow[]> {
    const rows = await this.db.select().from(bulkExports).where(and(eq(bulkExports.clinicId, this.clinicId), eq(bulkExports.status, 'in-progress')));
    return rows.map(strip);
  }
}

function strip(row: typeof bulkExports.$inferSelect): BulkExportRow {
  const { clinicId: _c, ...rest } = row;
  return rest;
}

/** Across clinics: jobs whose files have expired, and jobs a stopped server left in progress. */
export class BulkExportHousekeeping {
  constructor(private readonly db: Db) {}

  /** Mark every completed job past its expiry as expired; returns them (their files are to be deleted). */
  async expire(now: Date): Promise<{ clinicId: string; id: string; output: ExportFile[] }[]> {
    return this.db.update(bulkExports).set({ status: 'expired' })
      .where(and(inArray(bulkExports.status, ['complete', 'failed', 'cancelled']), lt(bulkExports.expiresAt, now)))
      .returning({ clinicId: bulkExports.clinicId, id: bulkExports.id, output: bulkExports.output });
  }

  /** Jobs in progress when the server stopped can never finish: mark them failed, to expire like the rest. */
  async failInterrupted(now: Date, expiresAt: Date): Promise<{ clinicId: string; id: string }[]> {
    return this.db.update(bulkExports)
      .set({ status: 'failed', error: 'the server stopped while the export ran: start it again', completedAt: now, expiresAt })
      .where(eq(bulkExports.status, 'in-progress')).returning({ clinicId: bulkExports.clinicId, id: bulkExports.id });
  }
}
