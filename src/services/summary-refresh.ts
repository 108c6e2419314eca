// Caseload summaries: what the engine says about an episode, in brief, and the recomputation of the
// stale ones that the clinic-wide reads do before they answer (issue 4). A check-in only counts
// itself as a write to its episode (access.ts, deferSummary), so the caseload and the outcomes
// recompute the summaries written behind since, in a handful of queries whatever their number.
import type { Assessment, CaseFile, Settings } from '../domain/index.ts';
import type { ClinicScope, EpisodeRecordKind, EpisodeSummary, StaleSummary } from '../store/index.ts';
import { assembleStoredCaseFile, toCaseFile } from './case-file.ts';
import type { ClinicRules, ClinicSettingsInUse } from './clinic-rules.ts';

/** The engine, as the services' wiring hands it in (context.ts). */
export type Assess = (caseFile: CaseFile, asOf: string, settings: Settings) => Assessment;
import { groupBy } from './group-by.ts';
import { summaryBrief } from './summary-brief.ts';

/** How many of the latest sessions' relief windows the caseload's sparkline shows (heuristic: a glance, not a chart). */
export const SPARKLINE_SESSIONS = 12;

/** Mean progress over the goals with a measured progress, each held to 0..1 so one goal cannot swamp the rest; null without any. */
export function meanGoalProgress(goals: Assessment['goals']): number | null {
  const known = goals.flatMap((goal) => (goal.progress === null ? [] : [Math.min(1, Math.max(0, goal.progress))]));
  return known.length === 0 ? null : known.reduce((sum, p) => sum + p, 0) / known.length;
}

/** What a summary is assessed under: the day and the clinic's settings (ClinicRules has both). */
export interface SummaryRules {
  today: string;
  settings: ClinicSettingsInUse;
}

/**
 * The engine's assessment of a case file as of the clinic's today under its settings, and the brief
 * of it the caseload shows; `read` holds the check-ins whose notes a clinician has read.
 */
export function summarize(
  assess: Assess, rules: SummaryRules, caseFile: CaseFile, episodeId: string, read: ReadonlySet<string> = new Set(),
): { assessment: Assessment; summary: EpisodeSummary } {
  const { today, settings } = rules;
  // The assessment carries the guideline audit of the episode as known today (removed records gone).
  const assessment = assess(caseFile, today, settings.values);
  const audit = assessment.guidelineAudit;
  return {
    assessment,
    summary: {
      episodeId,
      settingsVersion: settings.version,
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
      ...summaryBrief(assessment, caseFile, read),
    },
  };
}

const lists = {
  goals: 'goal', irritabilityGrades: 'irritability-grade', sessions: 'session', checkIns: 'check-in', flares: 'flare', measures: 'measure', checkpoints: 'checkpoint', referrals: 'referral',
  movementAssessments: 'movement-assessment', programme: 'programme-version',
} as const satisfies Record<string, EpisodeRecordKind>;
type ListName = keyof typeof lists;
const listNames = Object.keys(lists) as ListName[];

type Row = { id?: string | undefined; episodeId: string };
const byId = (a: Row, b: Row): number => ((a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0);

/** Records by episode, each episode's in id order (as a single episode's list is read). */
function groupByEpisode(records: Row[]): Map<string, Row[]> {
  const byEpisode = groupBy(records, (record) => record.episodeId);
  for (const list of byEpisode.values()) list.sort(byId);
  return byEpisode;
}

/**
 * Recompute the stale summaries, save them (each with the write count the store read before any
 * record is read here) and hand them back by episode. Records are read by kind for all the stale
 * episodes at once: nine queries for one episode or for two thousand.
 */
export async function refreshStale(deps: { assess: Assess }, scope: ClinicScope, rules: ClinicRules, stale: StaleSummary[], now: Date): Promise<Map<string, EpisodeSummary>> {
  const fresh = new Map<string, EpisodeSummary>();
  if (stale.length === 0) return fresh;
  const ids = stale.map((s) => s.episodeId);
  const [sources, reads, clinicExercises, ...recordLists] = await Promise.all([
    scope.summaries.sources(ids),
    scope.checkInReads.forEpisodes(ids),
    scope.exercises.list(),
    ...listNames.map((name) => scope.records(lists[name]).listForEpisodes(ids)),
  ]);
  const read = new Set(reads.map((r) => r.checkInId));
  const grouped = new Map(listNames.map((name, i) => [name, groupByEpisode(recordLists[i] ?? [])]));
  const writesOf = new Map(stale.map((s) => [s.episodeId, s.writes]));
  const saved: (EpisodeSummary & { writesSeen: number })[] = [];
  for (const { episode, patient } of sources) {
    const records = Object.fromEntries(listNames.map((name) => [name, grouped.get(name)?.get(episode.id) ?? []])) as Record<ListName, Row[]>;
    const { summary } = summarize(deps.assess, rules, toCaseFile(assembleStoredCaseFile(patient, episode, records, clinicExercises)), episode.id, read);
    fresh.set(episode.id, summary);
    saved.push({ ...summary, writesSeen: writesOf.get(episode.id) ?? 0 });
  }
  await scope.summaries.save(saved, now);
  return fresh;
}
