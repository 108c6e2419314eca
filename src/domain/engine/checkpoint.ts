// Checkpoints (spec §4): due every `checkpointIntervalDays` or every `checkpointIntervalSessions`
// sessions since the last one (or the episode start), whichever comes first; overdue once the as-of
// day is past the due day. The outcome is what a checkpoint held today would find, in this order:
// urgent (an open red flag) > flare (one needing reassessment, or under way, since the last
// checkpoint) > goal-met > non-responder (no relief window by session `nonResponderSessions`) >
// plateau > progressing.
import type { CaseFile } from '../records/case-file.ts';
import type { CheckpointOutcome, Phase } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { AssessedFlare, CheckpointStatus, GoalProgress, Plateau, Reason } from './assessment.ts';
import type { ReliefWindow } from './relief-window.ts';
import { plural } from './statistics.ts';

export interface CheckpointInputs {
  file: CaseFile;
  asOf: string;
  settings: Settings;
  phase: Phase;
  windows: readonly ReliefWindow[];
  flares: readonly AssessedFlare[];
  goals: readonly GoalProgress[];
  plateau: Plateau | null;
  plateauNotes: readonly Reason[];
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

function outcome(inputs: CheckpointInputs, sinceDay: string): { outcome: CheckpointOutcome; reasons: Reason[] } {
  const { phase, flares, goals, plateau, plateauNotes } = inputs;
  if (inputs.urgent) return { outcome: 'urgent', reasons: [{ rule: 'checkpoint-urgent', text: 'An emergency or urgent red flag is open.' }] };
  const flare = flares.find((f) => (f.classification === 'reassess' || f.classification === 'open') && (f.end === null || dayOf(f.end) >= sinceDay));
  if (flare) return { outcome: 'flare', reasons: [{ rule: 'checkpoint-flare', text: `A flare (${flare.classification}) from ${dayOf(flare.start)} since the last checkpoint.` }, ...flare.reasons] };
  if (goals.length > 0 && goals.every((g) => g.atTarget)) {
    return { outcome: 'goal-met', reasons: [{ rule: 'checkpoint-goal-met', text: `Every goal at target: ${goals.map((g) => `"${g.activity}" ${g.current} of ${g.target}`).join(', ')}.` }] };
  }
  const nonResponder = nonResponse(inputs);
  if (nonResponder) return { outcome: 'non-responder', reasons: [nonResponder] };
  if (plateau) return { outcome: 'plateau', reasons: plateau.reasons };
  return { outcome: 'progressing', reasons: [{ rule: 'checkpoint-progressing', text: `No red flag, flare, plateau or non-response found; phase ${phase}.` }, ...plateauNotes] };
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
  const overdue = open && asOf > due;
  const result = outcome(inputs, reference);
  const schedule: Reason = {
    rule: 'checkpoint-schedule',
    text: `Last checkpoint ${lastHeld ?? 'none (counting from the episode start ' + reference + ')'}; ${plural(sessionsSince.length, 'session')} since; due ${due} (every ${settings.checkpointIntervalDays} days or ${settings.checkpointIntervalSessions} sessions, whichever comes first)${overdue ? ': overdue' : ''}.`,
  };
  return { lastHeld, due, overdue, sessionsSinceLast: sessionsSince.length, outcome: result.outcome, reasons: [schedule, ...result.reasons] };
}
