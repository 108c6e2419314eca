// Places the episode in a phase and dates every change (spec §4, revised by §4a.1 and §4c.1):
// screening -> establishing-response -> extending-window (a first relief window) -> blended (movement
// entry by unbroken relief with irritability not high, or active care already delivered: see
// entry-points.ts) -> active-dominant (passive share low at consecutive sessions) -> graduated (every
// goal at target, held, confirmed at a checkpoint). A reassess flare steps active-dominant back to
// blended; the step back ends when the patient is back at the flare's prior baseline (§4c.6). A
// low-irritability patient with no fear-avoidance signs starts blended. An uncleared urgent red
// flag stops the progression in screening (side status urgent-referral).
import type { CaseFile } from '../records/case-file.ts';
import type { Phase } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { AssessedFlare, GoalProgress, PassiveSharePoint, PhaseChange, Reason } from './assessment.ts';
import type { EntryPoints } from './entry-points.ts';
import { backAtBaselineOn } from './flare-baseline.ts';
import type { IntakeStatus } from './intake-status.ts';
import { describeWindow } from './relief-window.ts';
import { percent, plural } from './statistics.ts';

export interface PhaseInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  intake: IntakeStatus;
  points: EntryPoints | null;
  shares: readonly PassiveSharePoint[];
  flares: readonly AssessedFlare[];
  goals: readonly GoalProgress[];
}

const later = (a: string, b: string): string => (a > b ? a : b);

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

/**
 * The day a flare became one that needs reassessment: the day it passed the settle window (with a
 * start time, the day of that hour; with a date only, the first calendar day past it, spec §4a.3),
 * else the day it ended below baseline.
 */
export function reassessDay(flare: AssessedFlare, settings: Settings): string {
  const settle = settings.flareSettleHours;
  const startHour = flare.start.length > 10 ? Number(flare.start.slice(11, 13)) + Number(flare.start.slice(14, 16)) / 60 : null;
  const passedSettle = addDays(dayOf(flare.start), startHour === null ? Math.floor(settle / 24) + 1 : Math.floor((startHour + settle) / 24));
  const tooLong = flare.reasons.some((r) => r.rule === 'flare-duration');
  return tooLong || flare.end === null ? passedSettle : dayOf(flare.end);
}

type Event =
  | { day: string; kind: 'share'; share: PassiveSharePoint }
  | { day: string; kind: 'flare'; flare: AssessedFlare }
  | { day: string; kind: 'back'; flare: AssessedFlare };

function activeProgression(inputs: PhaseInputs, history: PhaseChange[], blendedDay: string): void {
  const { settings, shares, flares, file, asOf } = inputs;
  const events: Event[] = [
    ...shares.filter((s) => dayOf(s.date) >= blendedDay).map((share): Event => ({ day: dayOf(share.date), kind: 'share', share })),
    ...flares.filter((f) => f.classification === 'reassess' && f.duplicateOf === undefined).map((flare): Event => ({ day: reassessDay(flare, settings), kind: 'flare', flare }))
      .filter((e) => e.day >= blendedDay),
  ];
  const order = { share: 0, back: 1, flare: 2 } as const;
  events.sort((a, b) => a.day.localeCompare(b.day) || order[a.kind] - order[b.kind]);
  let phase: Phase = 'blended';
  let run = 0;
  let steppedBackFor: string | null = null;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!event) continue;
    if (event.kind === 'share' && phase === 'blended' && event.share.share !== null) {
      run = event.share.share <= settings.activeDominantPassiveShare ? run + 1 : 0;
      if (run >= settings.activeDominantConsecutiveSessions) {
        phase = 'active-dominant';
        history.push({ phase, since: event.day, reasons: [{ rule: 'active-dominant', text: `Passive share at or below ${percent(settings.activeDominantPassiveShare)} at ${plural(run, 'consecutive session')} (latest ${percent(event.share.share)} on ${event.day}).` }] });
      }
    } else if (event.kind === 'flare' && phase === 'active-dominant') {
      phase = 'blended';
      run = 0;
      steppedBackFor = event.flare.id;
      history.push({ phase, since: event.day, reasons: [{ rule: 'flare-step-back', text: `A flare that needs reassessment (started ${dayOf(event.flare.start)}) steps the plan back to blended care until the patient is back at their level before it.` }] });
      // Spec §4c.6: the step back ends when the patient is back at baseline.
      const back = event.flare.end === null ? null : backAtBaselineOn(file, event.flare, later(event.day, dayOf(event.flare.end)), asOf, settings);
      if (back !== null) {
        events.splice(i + 1, 0, { day: back, kind: 'back', flare: event.flare });
        events.sort((a, b) => a.day.localeCompare(b.day) || order[a.kind] - order[b.kind]);
      }
    } else if (event.kind === 'back' && phase === 'blended' && steppedBackFor === event.flare.id) {
      phase = 'active-dominant';
      steppedBackFor = null;
      history.push({ phase, since: event.day, reasons: [{ rule: 'flare-step-back-ended', text: `Back at the level before the flare of ${dayOf(event.flare.start)} (pain and goals within their minimal important change): the step back ends.` }] });
    }
  }
}

export function phaseHistory(inputs: PhaseInputs): PhaseChange[] {
  const { file, settings, intake, points } = inputs;
  const opened: Reason = { rule: 'screening', text: `Episode opened on ${file.episode.startDate}: intake, red-flag screen and irritability grading come first.` };
  const history: PhaseChange[] = [{ phase: 'screening', since: file.episode.startDate, reasons: intake.complete ? [opened, ...intake.reasons] : intake.reasons }];
  if (!points || intake.startDay === null) return history;
  const start = intake.startDay;
  const { first, blended } = points;
  if (!points.lowIrritabilityStart) {
    history.push({ phase: 'establishing-response', since: start, reasons: [{ rule: 'establishing-response', text: `Intake complete (irritability ${intake.grades[0]?.grade ?? 'not graded'}${intake.fearAvoidance ? ', fear-avoidance signs' : ''}): the first question is whether a relief window appears.` }] });
    if (first && (blended === null || first.day < blended.day)) {
      history.push({ phase: 'extending-window', since: later(first.day, start), reasons: [{ rule: 'first-relief-window', text: `First relief window of at least ${plural(settings.firstWindowDays, 'day')} after the session on ${dayOf(first.window.date)}: ${describeWindow(first.window)}.` }] });
    }
  }
  if (blended && blended.day <= inputs.asOf) {
    const day = later(blended.day, start);
    history.push({ phase: 'blended', since: day, reasons: blended.reasons });
    activeProgression(inputs, history, day);
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
