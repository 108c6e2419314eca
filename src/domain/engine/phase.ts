// Places the episode in a phase and dates every change (spec §4). The phases follow each other:
// screening -> establishing-response -> extending-window (a first relief window) -> blended
// (movement entry: a long enough window at consecutive sessions, irritability not high) ->
// active-dominant (passive share low at consecutive sessions; a reassess flare steps back to
// blended) -> graduated (every goal at target, held, confirmed at a checkpoint). A low-irritability
// patient with no fear-avoidance signs starts in blended. An uncleared urgent red flag stops the
// progression in screening (side status urgent-referral). Thresholds: settings (movement entry, active-dominant share, ...).
import type { CaseFile } from '../records/case-file.ts';
import type { Phase } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { AssessedFlare, GoalProgress, PassiveSharePoint, PhaseChange, Reason } from './assessment.ts';
import type { IntakeStatus } from './intake-status.ts';
import { dayWindowReached, describeWindow, type ReliefWindow } from './relief-window.ts';
import { percent, plural } from './statistics.ts';

export interface PhaseInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  intake: IntakeStatus;
  windows: readonly ReliefWindow[];
  shares: readonly PassiveSharePoint[];
  flares: readonly AssessedFlare[];
  goals: readonly GoalProgress[];
}

const later = (a: string, b: string): string => (a > b ? a : b);

/** The first day the relief window reached `days`, and the window that did it. */
export function firstResponse(windows: readonly ReliefWindow[], days: number): { day: string; window: ReliefWindow } | null {
  let best: { day: string; window: ReliefWindow } | null = null;
  for (const window of windows) {
    const day = dayWindowReached(window, days);
    if (day !== null && (best === null || day < best.day)) best = { day, window };
  }
  return best;
}

/** Movement entry: `count` consecutive sessions whose windows each reached `days`. */
export function movementEntry(windows: readonly ReliefWindow[], days: number, count: number): { day: string; run: ReliefWindow[] } | null {
  let best: { day: string; run: ReliefWindow[] } | null = null;
  for (let end = count - 1; end < windows.length; end++) {
    const run = windows.slice(end - count + 1, end + 1);
    const reached = run.map((w) => dayWindowReached(w, days));
    if (reached.some((d) => d === null)) continue;
    const day = reached.reduce<string>((a, b) => later(a, b ?? a), '0000-00-00');
    if (best === null || day < best.day) best = { day, run };
  }
  return best;
}

function graduation(inputs: PhaseInputs): PhaseChange | null {
  const { goals, file, settings } = inputs;
  if (goals.length === 0 || goals.some((g) => !g.atTarget || g.reachedTargetOn === null)) return null;
  const reachedAll = goals.reduce((day, g) => later(day, g.reachedTargetOn ?? day), '0000-00-00');
  const heldBy = addDays(reachedAll, settings.graduationHoldDays);
  const checkpoint = file.checkpoints.find((c) => c.date >= heldBy);
  if (!checkpoint) return null;
  return {
    phase: 'graduated',
    since: checkpoint.date,
    reasons: [{ rule: 'graduation', text: `Every goal at target since ${reachedAll} (${goals.map((g) => `"${g.activity}" ${g.current}/${g.target}`).join(', ')}), held at least ${settings.graduationHoldDays} days and confirmed at the checkpoint on ${checkpoint.date}.` }],
  };
}

/** The day a flare became one that needs reassessment: when it passed the settle window, else when it ended below baseline. */
function reassessDay(flare: AssessedFlare, settings: Settings): string {
  const passedSettle = addDays(dayOf(flare.start), Math.floor(settings.flareSettleHours / 24));
  const tooLong = flare.reasons.some((r) => r.rule === 'flare-duration');
  return tooLong || flare.end === null ? passedSettle : dayOf(flare.end);
}

function activeProgression(inputs: PhaseInputs, history: PhaseChange[], blendedDay: string): void {
  const { settings, shares, flares } = inputs;
  const events = [
    ...shares.filter((s) => dayOf(s.date) >= blendedDay).map((s) => ({ day: dayOf(s.date), share: s, flare: null })),
    ...flares.filter((f) => f.classification === 'reassess').map((f) => ({ day: reassessDay(f, settings), share: null, flare: f }))
      .filter((e) => e.day >= blendedDay),
  ].sort((a, b) => a.day.localeCompare(b.day) || (a.share ? -1 : 1));
  let phase: Phase = 'blended';
  let run = 0;
  for (const event of events) {
    if (event.share && phase === 'blended' && event.share.share !== null) {
      run = event.share.share <= settings.activeDominantPassiveShare ? run + 1 : 0;
      if (run >= settings.activeDominantConsecutiveSessions) {
        phase = 'active-dominant';
        history.push({ phase, since: event.day, reasons: [{ rule: 'active-dominant', text: `Passive share at or below ${percent(settings.activeDominantPassiveShare)} at ${plural(run, 'consecutive session')} (latest ${percent(event.share.share)} on ${event.day}).` }] });
      }
    } else if (event.flare && phase === 'active-dominant') {
      phase = 'blended';
      run = 0;
      history.push({ phase, since: event.day, reasons: [{ rule: 'flare-step-back', text: `A flare that needs reassessment (started ${dayOf(event.flare.start)}) steps the plan back to blended care.` }] });
    }
  }
}

/** What the early phases hinge on: the first relief window and movement entry (null where not reached). */
interface EntryPoints {
  first: { day: string; window: ReliefWindow } | null;
  entry: { day: string; run: ReliefWindow[] } | null;
  /** The day blended care begins: the intake day for a low-irritability start, else movement entry (irritability not high). */
  blendedDay: string | null;
}

function entryPoints(inputs: Pick<PhaseInputs, 'settings' | 'intake' | 'windows'>): EntryPoints | null {
  const { settings, intake, windows } = inputs;
  if (intake.urgent || !intake.complete || intake.startDay === null) return null;
  const start = intake.startDay;
  if (intake.irritability === 'low' && !intake.fearAvoidance) return { first: null, entry: null, blendedDay: start };
  const first = firstResponse(windows, settings.firstWindowDays);
  if (!first) return { first: null, entry: null, blendedDay: null };
  const entry = movementEntry(windows, settings.movementEntryWindowDays, settings.movementEntryConsecutiveSessions);
  const blendedDay = entry && intake.irritability !== 'high' ? later(later(entry.day, first.day), start) : null;
  return { first, entry, blendedDay };
}

/**
 * The day blended care begins, without the rest of the history: flares are classified against it
 * (expected soreness ends at movement entry) before the history, which reads the classified flares,
 * is built. It does not depend on flares, so assess reads it here instead of building the history twice.
 */
export function blendedSince(inputs: Pick<PhaseInputs, 'settings' | 'intake' | 'windows'>): string | null {
  return entryPoints(inputs)?.blendedDay ?? null;
}

export function phaseHistory(inputs: PhaseInputs): PhaseChange[] {
  const { file, settings, intake } = inputs;
  const opened: Reason = { rule: 'screening', text: `Episode opened on ${file.episode.startDate}: intake, red-flag screen and irritability grading come first.` };
  const history: PhaseChange[] = [{ phase: 'screening', since: file.episode.startDate, reasons: intake.complete ? [opened, ...intake.reasons] : intake.reasons }];
  const points = entryPoints(inputs);
  if (!points || intake.startDay === null) return history;
  const start = intake.startDay;

  if (intake.irritability === 'low' && !intake.fearAvoidance) {
    history.push({ phase: 'blended', since: start, reasons: [{ rule: 'low-irritability-start', text: 'Irritability confirmed low and no fear-avoidance signs: active work can start beside passive care from the outset.' }] });
    activeProgression(inputs, history, start);
  } else {
    history.push({ phase: 'establishing-response', since: start, reasons: [{ rule: 'establishing-response', text: `Intake complete (irritability ${intake.irritability ?? 'not graded'}${intake.fearAvoidance ? ', fear-avoidance signs' : ''}): the first question is whether a relief window appears.` }] });
    const { first, entry, blendedDay } = points;
    if (first) {
      history.push({ phase: 'extending-window', since: later(first.day, start), reasons: [{ rule: 'first-relief-window', text: `First relief window of at least ${plural(settings.firstWindowDays, 'day')} after the session on ${dayOf(first.window.date)}: ${describeWindow(first.window)}.` }] });
      if (entry && blendedDay !== null) {
        const runText = entry.run.map((w) => `${dayOf(w.date)}: ${describeWindow(w)}`).join('; ');
        history.push({ phase: 'blended', since: blendedDay, reasons: [{ rule: 'movement-entry', text: `Relief window of at least ${plural(settings.movementEntryWindowDays, 'day')} at ${plural(settings.movementEntryConsecutiveSessions, 'consecutive session')} (${runText}) and irritability ${intake.irritability ?? 'not graded'}: active work enters beside passive care.` }] });
        activeProgression(inputs, history, blendedDay);
      }
    }
  }
  const graduated = graduation(inputs);
  const previous = history[history.length - 1];
  if (graduated && previous) history.push({ ...graduated, since: later(graduated.since, previous.since) });
  return dedupe(history);
}

/** Drops a change that repeats the phase before it (e.g. graduated twice), keeping the first. */
function dedupe(history: PhaseChange[]): PhaseChange[] {
  return history.filter((change, i) => i === 0 || history[i - 1]?.phase !== change.phase);
}

export function movementEntryBlockedByIrritability(inputs: PhaseInputs): Reason | null {
  const { settings, windows, intake } = inputs;
  if (intake.irritability !== 'high') return null;
  const entry = movementEntry(windows, settings.movementEntryWindowDays, settings.movementEntryConsecutiveSessions);
  if (!entry) return null;
  return { rule: 'movement-entry', text: `The relief window reached ${plural(settings.movementEntryWindowDays, 'day')} at ${plural(settings.movementEntryConsecutiveSessions, 'consecutive session')}, but irritability is confirmed high: re-grade irritability before active work enters.` };
}
