// Appending and listing audit events of one clinic. There is no update or delete here, and the
// database refuses them anyway (migration 0001).
import { and, desc, eq, gt, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from './database.ts';
import { auditEvents, type AuditDetail } from './schema/index.ts';

export type AuditAction = (typeof auditEvents.$inferInsert)['action'];
export type { AuditDetail };

export interface AuditEventInput {
  at: Date;
  actorUserId: string;
  actorRole: string;
  action: AuditAction;
  recordType: string;
  recordId: string;
  patientId?: string | undefined;
  /** For a change: the changed fields before and after; for a removal, its reason. */
  detail?: AuditDetail | undefined;
  /** The SMART app the actor used, when an app did it. */
  appId?: string | undefined;
}

export interface AuditEvent extends AuditEventInput {
  seq: number;
}

export interface AuditFilter {
  limit: number;
  before?: number | undefined;
  patientId?: string | undefined;
  actorUserId?: string | undefined;
  action?: AuditAction | undefined;
  /** Events at or after this instant. */
  from?: Date | undefined;
  /** Events before this instant. */
  until?: Date | undefined;
}

export class AuditLog {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  async append(events: AuditEventInput[]): Promise<void> {
    if (events.length === 0) return;
    await this.db.insert(auditEvents).values(events.map((event) => ({ ...event, patientId: event.patientId ?? null, detail: event.detail ?? null, appId: event.appId ?? null, clinicId: this.clinicId })));
  }

  /** Newest first; `before` pages backwards by sequence number; each filter given narrows the list. */
  async list(options: AuditFilter): Promise<AuditEvent[]> {
    const rows = await this.db.select().from(auditEvents)
      .where(and(
        eq(auditEvents.clinicId, this.clinicId),
        options.before === undefined ? undefined : lt(auditEvents.seq, options.before),
        options.patientId === undefined ? undefined : eq(auditEvents.patientId, options.patientId),
        options.actorUserId === undefined ? undefined : eq(auditEvents.actorUserId, options.actorUserId),
        options.action === undefined ? undefined : eq(auditEvents.action, options.action),
        options.from === undefined ? undefined : gte(auditEvents.at, options.from),
        options.until === undefined ? undefined : lt(auditEvents.at, options.until),
      ))
      .orderBy(desc(auditEvents.seq)).limit(options.limit);
    return rows.map(({ clinicId: _c, patientId, detail, appId, ...event }) => ({
      ...event, ...(patientId === null ? {} : { patientId }), ...(detail === null ? {} : { detail }), ...(appId === null ? {} : { appId }),
    }));
  }

  /** The patients whose records were created or changed after `since` (a bulk export's _since). */
  async patientsChangedSince(since: Date): Promise<string[]> {
    const rows = await this.db.selectDistinct({ patientId: auditEvents.patientId }).from(auditEvents)
      .where(and(eq(auditEvents.clinicId, this.clinicId), gt(auditEvents.at, since), inArray(auditEvents.action, ['create', 'update', 'remove']), isNotNull(auditEvents.patientId)));
    return rows.flatMap((row) => (row.patientId === null ? [] : [row.patientId])).sort();
  }
}
