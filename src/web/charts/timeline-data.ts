// The timeline's data, worked out from the case file and the assessment (pure, so it is tested on
// its own): phase bands, flare shading, relief-window bars, passive/active minutes, the pain line
// and one line per goal. Goals measured in minutes, km, ... are drawn as a share of their target on
// the same 0-10 scale as ability and pain (10 = target), and the legend says so.
import type { Assessment, CaseFileResponse, FlareClassification, Phase } from '../client/types.ts';
import { phaseLabel } from '../words.ts';

export const dayNumber = (date: string): number => Math.floor(Date.parse(date.slice(0, 10)) / 86_400_000);

export interface Point { day: number; value: number }
export interface TimelineData {
  from: number;
  to: number;
  bands: { phase: Phase; from: number; to: number }[];
  flares: { classification: FlareClassification; from: number; to: number; recorded: boolean }[];
  relief: { day: number; days: number | null; held: boolean }[];
  minutes: { day: number; passive: number; active: number }[];
  pain: Point[];
  goals: { id: string; activity: string; scaled: boolean; points: Point[] }[];
}

function goalPoints(file: CaseFileResponse, goalId: string): Point[] {
  const goal = file.goals.find((g) => g.id === goalId);
  const points: Point[] = [];
  if (goal) points.push({ day: dayNumber(goal.setOn), value: goal.baseline }, ...goal.ratings.map((r) => ({ day: dayNumber(r.date), value: r.value })));
  for (const session of file.sessions) {
    for (const finding of session.findings) if (finding.goalId === goalId) points.push({ day: dayNumber(session.date), value: finding.value });
  }
  for (const checkIn of file.checkIns) {
    for (const entry of checkIn.goals) if (entry.goalId === goalId) points.push({ day: dayNumber(checkIn.date), value: entry.value });
  }
  return points.sort((a, b) => a.day - b.day);
}

export function timelineData(file: CaseFileResponse, assessment: Assessment): TimelineData {
  const from = dayNumber(file.episode.startDate);
  const to = Math.max(from + 7, dayNumber(assessment.asOf));
  const history = [...assessment.phaseHistory].sort((a, b) => a.since.localeCompare(b.since));
  const bands = history.map((change, i) => ({
    phase: change.phase,
    from: Math.max(from, dayNumber(change.since)),
    to: i + 1 < history.length ? dayNumber(history[i + 1]?.since ?? assessment.asOf) : to,
  }));
  const flares = assessment.flares.map((flare) => ({
    classification: flare.classification,
    from: dayNumber(flare.start),
    to: Math.max(dayNumber(flare.start) + 1, flare.end ? dayNumber(flare.end) : to),
    recorded: flare.recorded,
  }));
  const relief = assessment.reliefWindows.map((w) => ({ day: dayNumber(w.date), days: w.reliefDays, held: w.heldToNextSession || w.ongoing }));
  const minutes = assessment.passiveShare.map((p) => ({ day: dayNumber(p.date), passive: p.passiveMinutes, active: p.activeMinutes }));
  const pain = file.checkIns.map((c) => ({ day: dayNumber(c.date), value: c.painNow })).sort((a, b) => a.day - b.day);
  const goals = file.goals.map((goal) => {
    const scaled = goal.measure.kind !== 'ability';
    const points = goalPoints(file, goal.id).map((p) => (scaled ? { day: p.day, value: goal.target > 0 ? Math.min(12, (p.value / goal.target) * 10) : 0 } : p));
    return { id: goal.id, activity: goal.activity, scaled, points };
  });
  return { from, to, bands, flares, relief, minutes, pain, goals };
}

/** The same data in words, for the chart's text alternative. */
export function describeTimeline(data: TimelineData): string {
  const reported = data.relief.filter((r) => r.days !== null);
  const last = reported.at(-1);
  const phase = data.bands.at(-1)?.phase;
  const parts = [
    `${data.relief.length} sessions`,
    last ? `latest relief window ${last.days} days${last.held ? ' (held to the next session)' : ''}` : 'no relief window reported yet',
    phase ? `current phase ${phaseLabel[phase].toLowerCase()}` : '',
    data.flares.length > 0 ? `${data.flares.length} flare${data.flares.length > 1 ? 's' : ''}` : 'no flares',
    data.pain.length > 0 ? `pain at the last check-in ${data.pain.at(-1)?.value} of 10` : '',
  ];
  return `Timeline: ${parts.filter(Boolean).join('; ')}.`;
}
