// The caseload and the clinic's outcomes as CSV for a spreadsheet (spec §6, Documents), with the
// same access rules as their JSON (the caseload for clinicians, outcomes for staff) and an audit
// row naming the export. The caseload names patients (it is a clinician's working list); outcomes
// are one row per episode by episode id only, for the clinic lead's sums, so an admin who reads no
// clinical record learns no patient's name from them. Codes are written as the domain's labels,
// dates as ISO 8601; quoting and neutralising formulas is src/documents/csv.ts.
import {
  flagLabel, linRecommendations, phaseLabel, sideStatusLabel, episodeStatusLabel, type FlagCode, type Phase, type SideStatus,
} from '../domain/index.ts';
import { daysBetween } from '../domain/time.ts';
import { toCsv } from '../documents/index.ts';
import { inClinic } from './access.ts';
import { freshOutcomeRows, getCaseload } from './clinic-views.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { canViewOutcomes } from './policies/index.ts';

const percent = (share: number | null | undefined): string => (share === null || share === undefined ? '' : String(Math.round(share * 100)));
const labels = <C extends string>(codes: readonly C[] | null | undefined, table: Record<C, string>): string => (codes ?? []).map((c) => table[c]).join('; ');

export async function caseloadCsv(deps: ServiceDeps, actor: Actor, now: Date): Promise<string> {
  const entries = await getCaseload(deps, actor, now, 'caseload-csv');
  const header = [
    'Patient', 'Patient id', 'Episode id', 'Status', 'Episode start', 'Phase', 'Also', 'Flags', 'Relief window trend',
    'Last relief windows (days)', 'Goal progress (%)', 'Next checkpoint', 'Checkpoint overdue', 'Assessed as of',
  ];
  const rows = entries.map((entry) => {
    const s = entry.summary;
    return [
      entry.patientName ?? '', entry.patientId, entry.episodeId, episodeStatusLabel[entry.status], entry.startDate,
      s ? phaseLabel[s.phase as Phase] : '', labels(s?.sideStatuses as SideStatus[] | undefined, sideStatusLabel), labels(s?.flags, flagLabel),
      s?.reliefWindowTrend ?? '', (s?.reliefWindows ?? []).map((d) => (d === null ? '?' : String(d))).join(' '), percent(s?.goalProgress),
      s?.nextCheckpoint ?? '', entry.checkpointOverdue ? 'yes' : 'no', s?.asOf ?? '',
    ];
  });
  return toCsv(header, rows);
}

const auditWords = { met: 'met', 'not-met': 'not met', 'not-applicable': 'not applicable' } as const;

export async function outcomesCsv(deps: ServiceDeps, actor: Actor, now: Date): Promise<string> {
  return inClinic(deps, actor, now, canViewOutcomes(actor), 'export clinic outcomes', async ({ scope, note, rules }) => {
    const clinic = await rules();
    const rows = await freshOutcomeRows(deps, scope, clinic, now);
    const today = clinic.today;
    note({ action: 'read', recordType: 'outcomes-csv', recordId: actor.clinicId });
    const header = [
      'Episode id', 'Status', 'Episode start', 'Status since', 'Days in care', 'Phase', 'Flags', 'Goal progress (%)',
      ...linRecommendations.map((r) => `Lin ${r.id}: ${r.title}`),
    ];
    const ordered = [...rows].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
    return toCsv(header, ordered.map((row) => {
      const audit = new Map((row.guidelineAudit ?? []).map((item) => [item.id, auditWords[item.status]]));
      // A closed episode's care ended on its status day; one still in care runs to today.
      const end = row.status === 'active' || row.status === 'ongoing-care' ? today : row.statusSince;
      return [
        row.id, episodeStatusLabel[row.status], row.startDate, row.statusSince, String(daysBetween(row.startDate, end)), row.phase ? phaseLabel[row.phase] : '',
        labels(row.flags as FlagCode[] | null, flagLabel), percent(row.goalProgress), ...linRecommendations.map((r) => audit.get(r.id) ?? ''),
      ];
    }));
  });
}
