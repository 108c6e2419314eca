// Caseload summaries: what the engine says about an episode, in brief, and the recomputation of the
// stale ones that the clinic-wide reads do before they answer (issue 4). A check-in only counts
// itself as a write to its episode (access.ts, deferSummary), so the caseload and the outcomes
// recompute the summaries written behind since, in a handful of queries whatever their number.
import { auditGuidelines, type Assessment, type CaseFile } from '../domain/index.ts';
import type { ClinicScope, EpisodeRecordKind, EpisodeSummary, StaleSummary } from '../store/index.ts';
import { assembleStoredCaseFile, toCaseFile } from './case-file.ts';
import { dayOfInstant, type ServiceDeps } from './context.ts';

/** How many of the latest sessions' relief windows the caseload's sparkline shows (heuristic: a glance, not a chart). */
export const SPARKLINE_SESSIONS = 12;

/** Mean progress over the goals with a measured progress, each held to 0..1 so one goal cannot swamp the rest; null without any. */
export function meanGoalProgress(goals: Assessment['goals']): number | null {
  const known = goals.flatMap((goal) => (goal.progress === null ? [] : [Math.min(1, Math.max(0, goal.progress))]));
  return known.length === 0 ? null : known.reduce((sum, p) => sum + p, 0) / known.length;
}

/** The engine's assessment of a case file as of a day, and the brief of it the caseload shows. */
export function summarize(deps: Pick<ServiceDeps, 'assess' | 'settings'>, caseFile: CaseFile, episodeId: string, today: string): { assessment: Assessment; summary: EpisodeSummary } {
  const assessment = deps.assess(caseFile, today, deps.settings);
  const audit = auditGuidelines(caseFile, today, deps.settings);
  return {
    assessment,
    summary: {
      episodeId,
      asOf: today,
      phase: assessment.phase,
      sideStatuses: assessment.sideStatuses,
      flags: assessment.flags.map((flag) => flag.code),
      reliefWindowTrend: assessment.reliefWindowTrend.value,
      nextCheckpoint: assessment.checkpoint.due,
      reliefWindows: assessment.reliefWindows.slice(-SPARKLINE_SESSIONS).map((point) => point.reliefDays),
      goalProgress: meanGoalProgress(assessment.goals),
      guidelineAudit: audit.map((item) => ({ id: item.id, status: item.status })),
      programmeAdvice: assessment.programme.length === 0 ? null : {
        progress: assessment.programme.filter((p) => p.advice === 'progress').length,
        hold: assessment.programme.filter((p) => p.advice === 'hold').length,
        regress: assessment.programme.filter((p) => p.advice === 'regress').length,
      },
    },
  };
}

const lists = {
  goals: 'goal', sessions: 'session', checkIns: 'check-in', flares: 'flare', measures: 'measure', checkpoints: 'checkpoint', referrals: 'referral',
  movementAssessments: 'movement-assessment', programme: 'programme-version',
} as const satisfies Record<string, EpisodeRecordKind>;
type ListName = keyof typeof lists;
const listNames = Object.keys(lists) as ListName[];

type Row = { id?: string | undefined; episodeId: string };
const byId = (a: Row, b: Row): number => ((a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0);

/** Records by episode, each episode's in id order (as a single episode's list is read). */
function groupByEpisode(records: Row[]): Map<string, Row[]> {
  const byEpisode = new Map<string, Row[]>();
  for (const record of records) {
    const list = byEpisode.get(record.episodeId) ?? [];
    list.push(record);
    byEpisode.set(record.episodeId, list);
  }
  for (const list of byEpisode.values()) list.sort(byId);
  return byEpisode;
}

/**
 * Recompute the stale summaries, save them (each with the write count the store read before any
 * record is read here) and hand them back by episode. Records are read by kind for all the stale
 * episodes at once: eight queries for one episode or for two thousand.
 */
export async function refreshStale(deps: ServiceDeps, scope: ClinicScope, stale: StaleSummary[], now: Date): Promise<Map<string, EpisodeSummary>> {
  const fresh = new Map<string, EpisodeSummary>();
  if (stale.length === 0) return fresh;
  const ids = stale.map((s) => s.episodeId);
  const [sources, clinicExercises, ...recordLists] = await Promise.all([
    scope.summaries.sources(ids),
    scope.exercises.list(),
    ...listNames.map((name) => scope.records(lists[name]).listForEpisodes(ids)),
  ]);
  const grouped = new Map(listNames.map((name, i) => [name, groupByEpisode(recordLists[i] ?? [])]));
  const today = dayOfInstant(now);
  const writesOf = new Map(stale.map((s) => [s.episodeId, s.writes]));
  const saved: (EpisodeSummary & { writesSeen: number })[] = [];
  for (const { episode, patient } of sources) {
    const records = Object.fromEntries(listNames.map((name) => [name, grouped.get(name)?.get(episode.id) ?? []])) as Record<ListName, Row[]>;
    const { summary } = summarize(deps, toCaseFile(assembleStoredCaseFile(patient, episode, records, clinicExercises)), episode.id, today);
    fresh.set(episode.id, summary);
    saved.push({ ...summary, writesSeen: writesOf.get(episode.id) ?? 0 });
  }
  await scope.summaries.save(saved, now);
  return fresh;
}
