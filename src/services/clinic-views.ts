// Clinic-wide reads: the caseload (spec §6), clinic outcomes and the audit log. Both the caseload and
// the outcomes read the saved summaries, so a clinic of 2,000 patients is one query; the store hands
// out only fresh ones, and the episodes written since their summary (check-ins defer it: issue 4)
// are recomputed first, in the same transaction, by summary-refresh.ts. Facts that move with the
// calendar (is the checkpoint overdue?) are worked out here, from today.
import { z } from 'zod';
import { clinicAuditShares, idSchema, linRecommendations, type ClinicAuditShare, type FlagCode, type GuidelineAuditItem } from '../domain/index.ts';
import type { AuditEvent, CaseloadRow, EpisodeSummary } from '../store/index.ts';
import { inClinic } from './access.ts';
import { dayOfInstant, type Actor, type ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';
import { refreshStale } from './summary-refresh.ts';
import { canListAudit, canViewCaseload, canViewOutcomes } from './policies/index.ts';

export interface CaseloadEntry extends CaseloadRow {
  checkpointOverdue: boolean;
}

const briefOf = ({ guidelineAudit: _a, ...brief }: EpisodeSummary): CaseloadRow['summary'] => brief;

export async function getCaseload(deps: ServiceDeps, actor: Actor, now: Date): Promise<CaseloadEntry[]> {
  const today = dayOfInstant(now);
  return inClinic(deps, actor, now, canViewCaseload(actor), 'view the caseload', async ({ scope, note }) => {
    const { rows: found, stale } = await scope.summaries.caseload();
    const fresh = await refreshStale(deps, scope, stale, now);
    note({ action: 'read', recordType: 'caseload', recordId: actor.clinicId });
    return found.map((row) => {
      const refreshed = fresh.get(row.episodeId);
      const summary = refreshed ? briefOf(refreshed) : row.summary;
      return { ...row, summary, checkpointOverdue: summary !== null && summary.nextCheckpoint < today };
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

export async function getOutcomes(deps: ServiceDeps, actor: Actor, now: Date): Promise<ClinicOutcomes> {
  return inClinic(deps, actor, now, canViewOutcomes(actor), 'view clinic outcomes', async ({ scope, note }) => {
    const { rows: found, stale } = await scope.summaries.outcomeRows();
    const fresh = await refreshStale(deps, scope, stale, now);
    const rows = found.map((row) => {
      const refreshed = fresh.get(row.id);
      return refreshed ? { ...row, flags: refreshed.flags, guidelineAudit: refreshed.guidelineAudit } : row;
    });
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

export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
  patientId: idSchema.optional(),
});

export async function listAuditEvents(deps: ServiceDeps, actor: Actor, query: unknown, now: Date): Promise<AuditEvent[]> {
  const options = parseInput(auditQuerySchema, query, 'audit query');
  // Reading the log is itself not logged: it holds no patient data beyond ids.
  return inClinic(deps, actor, now, canListAudit(actor), 'list audit events', ({ scope }) => scope.audit.list(options));
}
