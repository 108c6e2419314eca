// The timeline's data, worked out from the case file and the assessment (pure, so it is tested on
// its own): phase bands, flare shading, relief-window bars, passive/active minutes, the pain line,
// one line per goal, and the check-ins. Goals measured in minutes, km, ... are drawn as a share of
// their target on the same 0-10 scale as ability and pain (10 = target), and the legend says so; the
// readout of a day gives every value in its own unit. The axis runs from the episode's start to the
// as-of day (today), and covers at least a week.
import type { Assessment, CaseFileResponse, FlareClassification, Phase, StoredCheckIn } from '../client/types.ts';
import { phaseLabel } from '../words.ts';

export const dayNumber = (date: string): number => Math.floor(Date.parse(date.slice(0, 10)) / 86_400_000);

/** A point on the 0-10 scale; `raw` is the value in the goal's own unit. */
export interface Point { day: number; value: number; raw?: number }
export interface TimelineData {
  from: number;
  to: number;
  bands: { phase: Phase; from: number; to: number }[];
  flares: { classification: FlareClassification; from: number; to: number; recorded: boolean }[];
  relief: { day: number; days: number | null; held: boolean }[];
  minutes: { day: number; passive: number; active: number }[];
  pain: Point[];
  goals: { id: string; activity: string; unit: string; scaled: boolean; points: Point[] }[];
  checkIns: { day: number; checkIn: StoredCheckIn }[];
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
  const to = dayNumber(assessment.asOf);
  const from = Math.min(dayNumber(file.episode.startDate), to - 7);
  const history = [...assessment.phaseHistory].sort((a, b) => a.since.localeCompare(b.since));
  const bands = history.map((change, i) => ({
    phase: change.phase,
    from: Math.max(from, dayNumber(change.since)),
    to: Math.min(to, i + 1 < history.length ? dayNumber(history[i + 1]?.since ?? assessment.asOf) : to),
  })).filter((band) => band.to > band.from || history.length === 1);
  const flares = assessment.flares.map((flare) => ({
    classification: flare.classification,
    from: dayNumber(flare.start),
    to: Math.min(to, Math.max(dayNumber(flare.start) + 1, flare.end ? dayNumber(flare.end) : to)),
    recorded: flare.recorded,
  }));
  const relief = assessment.reliefWindows.map((w) => ({ day: dayNumber(w.date), days: w.reliefDays, held: w.heldToNextSession || w.ongoing }));
  const minutes = assessment.passiveShare.map((p) => ({ day: dayNumber(p.date), passive: p.passiveMinutes, active: p.activeMinutes }));
  const pain = file.checkIns.map((c) => ({ day: dayNumber(c.date), value: c.painNow })).sort((a, b) => a.day - b.day);
  const goals = file.goals.map((goal) => {
    const scaled = goal.measure.kind !== 'ability';
    const unit = goal.measure.kind === 'capacity' ? goal.measure.unit : 'of 10';
    const points = goalPoints(file, goal.id).map((p) => (scaled ? { day: p.day, value: goal.target > 0 ? Math.min(12, (p.value / goal.target) * 10) : 0, raw: p.value } : { ...p, raw: p.value }));
    return { id: goal.id, activity: goal.activity, unit, scaled, points };
  });
  const checkIns = file.checkIns.map((checkIn) => ({ day: dayNumber(checkIn.date), checkIn })).sort((a, b) => a.day - b.day);
  return { from, to, bands, flares, relief, minutes, pain, goals, checkIns };
}

/** Each phase once, in the order the episode first reached it (an episode may go back and forth). */
export function phasesShown(data: TimelineData): Phase[] {
  return [...new Set(data.bands.map((b) => b.phase))];
}

/** The days that carry a value, in order: what the arrow keys and the pointer step through. */
export function dataDays(data: TimelineData): number[] {
  const days = new Set<number>([
    ...data.relief.map((r) => r.day), ...data.minutes.map((m) => m.day), ...data.pain.map((p) => p.day),
    ...data.goals.flatMap((g) => g.points.map((p) => p.day)),
  ]);
  return [...days].filter((d) => d >= data.from && d <= data.to).sort((a, b) => a - b);
}

/** A value as people read it: at most two decimals (3.8, not 3.8000000000000003). */
export const fmtValue = (value: number): string => String(Math.round(value * 100) / 100);

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Mar 2026" for a day number. */
export function fmtDate(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The axis ticks: evenly spaced, the year on the first and wherever it changes, the last one today. */
export function axisTicks(data: TimelineData, count: number): { day: number; label: string }[] {
  const span = data.to - data.from;
  const n = Math.max(2, count);
  const days = [...new Set(Array.from({ length: n }, (_, i) => Math.round(data.from + (span * i) / (n - 1))))];
  let year = -1;
  return days.map((day, i) => {
    const d = new Date(day * 86_400_000);
    const label = i === days.length - 1 ? 'today' : d.getUTCFullYear() === year ? `${d.getUTCDate()} ${months[d.getUTCMonth()]}` : fmtDate(day);
    year = d.getUTCFullYear();
    return { day, label };
  });
}

/** Every value the timeline holds for one day, in words: what hovering or focusing a day shows. */
export function readoutFor(data: TimelineData, day: number): string[] {
  const lines: string[] = [fmtDate(day) + (day === data.to ? ' (today)' : '')];
  const band = data.bands.find((b) => day >= b.from && day < b.to) ?? data.bands.at(-1);
  if (band) lines.push(`Phase: ${band.phase.replace(/-/g, ' ')}`);
  for (const r of data.relief.filter((x) => x.day === day)) lines.push(`Session: relief ${r.days === null ? 'not known' : `${r.days} day${r.days === 1 ? '' : 's'}${r.held ? ' or more (held to the next session)' : ''}`}`);
  for (const m of data.minutes.filter((x) => x.day === day)) lines.push(`Minutes: ${m.passive} passive, ${m.active} active`);
  for (const p of data.pain.filter((x) => x.day === day)) lines.push(`Pain: ${fmtValue(p.value)} of 10`);
  for (const goal of data.goals) {
    const points = goal.points.filter((p) => p.day === day);
    if (points.length > 0) lines.push(`${goal.activity}: ${points.map((p) => fmtValue(p.raw ?? p.value)).join(', ')} ${goal.unit}`);
  }
  for (const f of data.flares.filter((x) => day >= x.from && day <= x.to)) lines.push(`Flare (${f.classification.replace(/-/g, ' ')})`);
  for (const c of data.checkIns.filter((x) => x.day === day && (x.checkIn.note ?? '').trim() !== '')) lines.push(`Note: “${c.checkIn.note?.trim()}”`);
  return lines;
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
    `from ${fmtDate(data.from)} to today, ${fmtDate(data.to)}`,
  ];
  return `Timeline: ${parts.filter(Boolean).join('; ')}.`;
}
