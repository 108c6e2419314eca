// Clinic-wide reads: the caseload (spec §6), clinic outcomes and the audit log. Both the caseload and
// the outcomes read the saved summaries, so a clinic of 2,000 patients is one query; the store hands
// out only fresh ones, and the episodes written since their summary (check-ins defer it: issue 4)
// are recomputed first, in the same transaction, by summary-refresh.ts, under the clinic's settings
// of the moment. Facts that move with the calendar (is the checkpoint overdue?) are worked out here,
// from today in the clinic's time zone.
import { z } from 'zod';
import { clinicAuditShares, idSchema, linRecommendations, textSchema, type ClinicAuditShare, type FlagCode, type GuidelineAuditItem } from '../domain/index.ts';
import type { AuditAction, AuditEvent, AuditFilter, CaseloadRow, ClinicScope, EpisodeSummary, OutcomeRow } from '../store/index.ts';
import type { ClinicRules } from './clinic-rules.ts';
import { inClinic } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';
import { refreshStale } from './summary-refresh.ts';
import { caseloadEntry, type CaseloadEntry } from './caseload-today.ts';
import { canListAudit, canViewCaseload, canViewOutcomes } from './policies/index.ts';

export type { CaseloadEntry } from './caseload-today.ts';

const briefOf = ({ guidelineAudit: _a, ...brief }: EpisodeSummary): CaseloadRow['summary'] => brief;

/** `recordType` names the read in the audit log: the caseload on screen, or its CSV export. */
export async function getCaseload(deps: ServiceDeps, actor: Actor, now: Date, recordType = 'caseload'): Promise<CaseloadEntry[]> {
  return inClinic(deps, actor, now, canViewCaseload(actor), 'view the caseload', async ({ scope, note, rules }) => {
    const clinic = await rules();
    const today = clinic.today;
    const { rows: found, stale } = await scope.summaries.caseload(clinic.settings.version);
    const fresh = await refreshStale(deps, scope, clinic, stale, now);
    note({ action: 'read', recordType, recordId: actor.clinicId });
    return found.map((row) => {
      const refreshed = fresh.get(row.episodeId);
      return caseloadEntry({ ...row, summary: refreshed ? briefOf(refreshed) : row.summary }, today, clinic.settings.values);
    });
  });
}

export interface ClinicOutcomes {
  episodes: { total: number; active: number; graduated: number; referred: number; ongoingCare: number; discharged: number };
  /** Graduated episodes as a share of closed ones (graduated, referred, discharged); null with none closed. */
  graduationRate: number | null;
  /** Days from episode start to graduation, over graduated episodes. */
  timeToGraduationDays: { median: number; min: number; max: number } | null;
  /** Episodes in care flagged plateau-no-decision / passive-only at their latest write. */
  plateauWithoutDecision: number;
  passiveOnly: number;
  /** Per Lin et al. 2020 recommendation, the share of episodes meeting it where it applies (spec §5). */
  guidelineAudit: ClinicAuditShare[];
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const titles = new Map<number, string>(linRecommendations.map((r) => [r.id, r.title]));
const toAuditItem = (item: { id: number; status: GuidelineAuditItem['status'] }): GuidelineAuditItem =>
  ({ id: item.id as GuidelineAuditItem['id'], status: item.status, title: titles.get(item.id) ?? '', reasons: [] });

/** Every episode of the clinic with its summary, the stale ones recomputed first: what outcomes are counted from. */
export async function freshOutcomeRows(deps: ServiceDeps, scope: ClinicScope, clinic: ClinicRules, now: Date): Promise<OutcomeRow[]> {
  const { rows: found, stale } = await scope.summaries.outcomeRows(clinic.settings.version);
  const fresh = await refreshStale(deps, scope, clinic, stale, now);
  return found.map((row) => {
    const refreshed = fresh.get(row.id);
    return refreshed
      ? { ...row, phase: refreshed.phase, flags: refreshed.flags, goalProgress: refreshed.goalProgress, guidelineAudit: refreshed.guidelineAudit }
      : row;
  });
}

export async function getOutcomes(deps: ServiceDeps, actor: Actor, now: Date): Promise<ClinicOutcomes> {
  return inClinic(deps, actor, now, canViewOutcomes(actor), 'view clinic outcomes', async ({ scope, note, rules }) => {
    const rows = await freshOutcomeRows(deps, scope, await rules(), now);
    note({ action: 'read', recordType: 'outcomes', recordId: actor.clinicId });
    const count = (status: string): number => rows.filter((row) => row.status === status).length;
    const inCare = rows.filter((row) => row.status === 'active' || row.status === 'ongoing-care');
    const flagged = (code: FlagCode): number => inCare.filter((row) => row.flags?.includes(code)).length;
    const graduated = rows.filter((row) => row.status === 'graduated');
    const closed = graduated.length + count('referred') + count('discharged');
    const durations = graduated.map((row) => daysBetween(row.startDate, row.statusSince));
    return {
      episodes: {
        total: rows.length, active: count('active'), graduated: graduated.length, referred: count('referred'),
        ongoingCare: count('ongoing-care'), discharged: count('discharged'),
      },
      graduationRate: closed === 0 ? null : graduated.length / closed,
      timeToGraduationDays: durations.length === 0 ? null : { median: median(durations), min: Math.min(...durations), max: Math.max(...durations) },
      plateauWithoutDecision: flagged('plateau-no-decision'),
      passiveOnly: flagged('passive-only'),
      guidelineAudit: clinicAuditShares(rows.map((row) => (row.guidelineAudit ?? []).map(toAuditItem))),
    };
  });
}

// The audit log as an admin reads it (issue 18, item 13): newest first, a page at a time (keyset
// paging: the next page is `before` the last sequence number shown), narrowed by who, which patient,
// which action and which days. Days are calendar days in UTC (the clinic's time zone is not modelled
// here yet), `from` and `to` both included.
const auditDaySchema = z.iso.date();
export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
  patientId: idSchema.optional(),
  actorUserId: idSchema.optional(),
  action: textSchema({ max: 40 }).regex(/^[a-z][a-z-]{0,39}$/, 'an action such as read, create or update').optional(),
  from: auditDaySchema.optional(),
  to: auditDaySchema.optional(),
}).refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { path: ['to'], message: 'must be on or after from' });

const nextDay = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

export async function listAuditEvents(deps: ServiceDeps, actor: Actor, query: unknown, now: Date): Promise<AuditEvent[]> {
  const { from, to, action, ...options } = parseInput(auditQuerySchema, query, 'audit query');
  const filter: AuditFilter = {
    ...options,
    ...(action === undefined ? {} : { action: action as AuditAction }),
    ...(from === undefined ? {} : { from: new Date(`${from}T00:00:00Z`) }),
    ...(to === undefined ? {} : { until: nextDay(to) }),
  };
  // The log keeps what each change changed (old and new values), so reading it is a read of patient data too.
  return inClinic(deps, actor, now, canListAudit(actor), 'list audit events', async ({ scope, note }) => {
    const events = await scope.audit.list(filter);
    note({ action: 'read', recordType: 'audit-log', recordId: actor.clinicId, ...(options.patientId === undefined ? {} : { patientId: options.patientId }) });
    return events;
  });
}
