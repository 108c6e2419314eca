// Checkpoints (spec §4, outcomes revised by §4c.2): due every `checkpointIntervalDays` or every
// `checkpointIntervalSessions` sessions since the last one (or the episode start), whichever comes
// first; overdue once the as-of day is past the due day (never in declared ongoing care: its review
// date governs, §4c.6). The outcome is what a checkpoint held today would find, in this order:
// urgent (an open red flag) > flare (one needing reassessment, or under way, since the last
// checkpoint) > goal-met > deteriorating (a goal or measure worse than baseline by its minimal
// important change) > non-responder > response-lost (a relief window had appeared and is gone at the
// last `responseLostSessions` sessions) > plateau > progressing (only with evidence: a goal or
// measure moving by its minimal important change or by the trend of §4a.4 in the recent weeks, a
// relief window that grew where it counts, or a first window) > unclear (flat, but too uncertain to
// call) > not-enough-data.
import type { CaseFile } from '../records/case-file.ts';
import type { CheckpointOutcome, Phase } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { AssessedFlare, CheckpointStatus, GoalProgress, Reason } from './assessment.ts';
import { goalMovement, type GoalMovement } from './goal-movement.ts';
import { measureChanges, measureDeterioration } from './measure-change.ts';
import { goalMic, goalObservations, goalUnit, levelOn, painObservations } from './observations.ts';
import type { PlateauResult } from './plateau.ts';
import type { ReliefWindow } from './relief-window.ts';
import { fmt, plural } from './statistics.ts';

export interface CheckpointInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  phase: Phase;
  /** The day care began (the intake's start day), or null before. */
  careStart: string | null;
  windows: readonly ReliefWindow[];
  flares: readonly AssessedFlare[];
  goals: readonly GoalProgress[];
  plateau: PlateauResult;
  /** An open emergency or urgent red flag. */
  urgent: boolean;
}

export function lastCheckpointDay(file: CaseFile): string | null {
  return file.checkpoints[file.checkpoints.length - 1]?.date ?? null;
}

/** No relief window of at least `firstWindowDays` by session `nonResponderSessions`. */
export function nonResponse(inputs: Pick<CheckpointInputs, 'file' | 'settings' | 'phase' | 'windows'>): Reason | null {
  const { file, settings, phase, windows } = inputs;
  if (phase !== 'establishing-response' || file.sessions.length < settings.nonResponderSessions) return null;
  const best = Math.max(0, ...windows.map((w) => w.reliefDays ?? 0));
  return {
    rule: 'non-responder',
    text: `${plural(file.sessions.length, 'session')} and no relief window of ${plural(settings.firstWindowDays, 'day')} (best ${plural(best, 'day')}); the rule allows until session ${settings.nonResponderSessions}.`,
  };
}

/** A window that had appeared is gone: under the first-window length at the last `responseLostSessions` known windows. */
export function responseLost(inputs: Pick<CheckpointInputs, 'settings' | 'windows' | 'phase'>): Reason | null {
  const { settings, windows, phase } = inputs;
  if (phase === 'screening' || phase === 'graduated') return null;
  const known = windows.filter((w) => w.reliefDays !== null && !w.ongoing);
  const n = settings.responseLostSessions;
  const recent = known.slice(-n);
  const earlier = known.slice(0, -n);
  const best = Math.max(0, ...earlier.map((w) => w.reliefDays ?? 0));
  if (recent.length < n || best < settings.firstWindowDays || !recent.every((w) => (w.reliefDays ?? 0) < settings.firstWindowDays)) return null;
  return {
    rule: 'response-lost',
    text: `A relief window of up to ${plural(best, 'day')} had appeared; the last ${plural(n, 'session')} left ${recent.map((w) => plural(w.reliefDays ?? 0, 'day')).join(' and ')} (under the first window of ${plural(settings.firstWindowDays, 'day')}): the response is lost.`,
  };
}

/** Goals below their baseline and measures worse than theirs by a minimal important change, today. */
export function deterioratedNow(file: CaseFile, asOf: string, settings: Settings): Reason[] {
  const reasons: Reason[] = [];
  for (const goal of file.goals) {
    const level = levelOn(goalObservations(file, goal), asOf);
    const mic = goalMic(goal, settings);
    if (level !== null && goal.baseline - level >= mic) {
      reasons.push({ rule: 'deteriorating', text: `"${goal.activity}" is ${fmt(level)} now, below its baseline of ${fmt(goal.baseline)} by at least its minimal important change (${fmt(mic)}).` });
    }
  }
  return [...reasons, ...measureDeterioration(file, settings)];
}

/** Evidence of progress in the recent weeks: goals (change or trend), outcome measures, relief windows. */
function progressEvidence(inputs: CheckpointInputs): { moving: Reason[]; judged: GoalMovement[] } {
  const { file, asOf, settings, plateau, careStart, phase, windows } = inputs;
  const moving: Reason[] = [];
  let judged = plateau.movements;
  if (judged.length === 0 && careStart !== null) {
    const from = [careStart, addDays(asOf, -settings.plateauTrendHorizonDays)].reduce((a, b) => (a > b ? a : b));
    judged = file.goals.length > 0
      ? file.goals.map((goal) => goalMovement({ goalId: goal.id, label: `"${goal.activity}"`, observations: goalObservations(file, goal), mic: goalMic(goal, settings), unit: goalUnit(goal), higherIsBetter: true }, from, asOf, settings))
      : [goalMovement({ goalId: null, label: 'Check-in pain (no goals set)', observations: painObservations(file), mic: settings.painMic, unit: 'points', higherIsBetter: false }, from, asOf, settings)];
  }
  moving.push(...judged.filter((m) => m.movement === 'moving').map((m) => m.reason));
  const recentFrom = addDays(asOf, -settings.plateauTrendHorizonDays);
  for (const change of measureChanges(file, settings)) {
    if (change.mic !== null && change.latest.date >= recentFrom && change.improvement >= change.mic) {
      moving.push({ rule: 'measure-improved', text: `${change.instrument.toUpperCase()} ${fmt(change.latest.score)} on ${change.latest.date} against ${fmt(change.baseline.score)} at baseline: better by at least its minimal important change (${fmt(change.mic)}).` });
    }
  }
  if (plateau.windowGrowing) moving.push({ rule: 'relief-window-growing', text: 'The relief window grew over the last sessions.' });
  const first = windows.find((w) => (w.reliefDays ?? 0) >= settings.firstWindowDays);
  if (phase === 'extending-window' && first && dayOf(first.date) >= recentFrom) {
    moving.push({ rule: 'first-relief-window', text: `A first relief window after the session on ${dayOf(first.date)}: the symptom threshold has started to move.` });
  }
  return { moving, judged };
}

function outcome(inputs: CheckpointInputs, sinceDay: string): { outcome: CheckpointOutcome; reasons: Reason[] } {
  const { file, asOf, settings, phase, flares, goals, plateau } = inputs;
  if (inputs.urgent) return { outcome: 'urgent', reasons: [{ rule: 'checkpoint-urgent', text: 'An emergency or urgent red flag is open.' }] };
  const flare = flares.find((f) => f.duplicateOf === undefined && (f.classification === 'reassess' || f.classification === 'open') && (f.end === null || dayOf(f.end) >= sinceDay));
  if (flare) return { outcome: 'flare', reasons: [{ rule: 'checkpoint-flare', text: `A flare (${flare.classification}) from ${dayOf(flare.start)} since the last checkpoint.` }, ...flare.reasons] };
  if (goals.length > 0 && goals.every((g) => g.atTarget)) {
    return { outcome: 'goal-met', reasons: [{ rule: 'checkpoint-goal-met', text: `Every goal at target: ${goals.map((g) => `"${g.activity}" ${g.current} of ${g.target}`).join(', ')}.` }] };
  }
  if (phase !== 'screening') {
    const worse = deterioratedNow(file, asOf, settings);
    if (worse.length > 0) return { outcome: 'deteriorating', reasons: worse };
  }
  const nonResponder = nonResponse(inputs);
  if (nonResponder) return { outcome: 'non-responder', reasons: [nonResponder] };
  const lost = responseLost(inputs);
  if (lost) return { outcome: 'response-lost', reasons: [lost] };
  if (plateau.plateau) return { outcome: 'plateau', reasons: plateau.plateau.reasons };
  const evidence = progressEvidence(inputs);
  if (evidence.moving.length > 0) return { outcome: 'progressing', reasons: [{ rule: 'checkpoint-progressing', text: `Progress shown in phase ${phase}:` }, ...evidence.moving] };
  if (plateau.verdict === 'uncertain') return { outcome: 'unclear', reasons: plateau.notes };
  const why = plateau.verdict === 'too-short' || plateau.verdict === 'not-applicable'
    ? `too few records since care began to judge movement (the rule needs ${settings.plateauSessions} sessions over ${plural(settings.plateauMinDays, 'day')})`
    : 'no rating shows movement toward the goals';
  return { outcome: 'not-enough-data', reasons: [{ rule: 'checkpoint-not-enough-data', text: `Not enough data yet to say: ${why}.` }, ...evidence.judged.map((m) => m.reason), ...plateau.notes] };
}

export function checkpointStatus(inputs: CheckpointInputs): CheckpointStatus {
  const { file, asOf, settings } = inputs;
  const lastHeld = lastCheckpointDay(file);
  const reference = lastHeld ?? file.episode.startDate;
  const sessionsSince = file.sessions.filter((s) => (lastHeld === null ? dayOf(s.date) >= reference : dayOf(s.date) > reference));
  const byDays = addDays(reference, settings.checkpointIntervalDays);
  const nth = sessionsSince[settings.checkpointIntervalSessions - 1];
  const due = nth && dayOf(nth.date) < byDays ? dayOf(nth.date) : byDays;
  const open = file.episode.status === 'active' || file.episode.status === 'ongoing-care';
  // Declared ongoing care runs on its review date (spec §4c.6), not the checkpoint interval.
  const ongoing = file.ongoingCare !== null || file.episode.status === 'ongoing-care';
  const overdue = open && !ongoing && asOf > due;
  const result = outcome(inputs, reference);
  const schedule: Reason = ongoing
    ? { rule: 'checkpoint-schedule', text: `Declared ongoing care: its review date${file.ongoingCare ? ` (${file.ongoingCare.reviewOn})` : ''} governs, not the checkpoint interval.` }
    : {
        rule: 'checkpoint-schedule',
        text: `Last checkpoint ${lastHeld ?? 'none (counting from the episode start ' + reference + ')'}; ${plural(sessionsSince.length, 'session')} since; due ${due} (every ${settings.checkpointIntervalDays} days or ${settings.checkpointIntervalSessions} sessions, whichever comes first)${overdue ? ': overdue' : ''}.`,
      };
  return { lastHeld, due, overdue, sessionsSinceLast: sessionsSince.length, outcome: result.outcome, reasons: [schedule, ...result.reasons] };
}
