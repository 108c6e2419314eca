// What an intake save must satisfy beyond its schema, against the episode as stored:
// - a red-flag screen recorded as done answers every item asked for the episode's regions (present
//   or absent); one left out is named, and nothing is saved (issue 18: an untouched screen once read
//   as "all absent"). A screen not done says why (the schema checks that).
// - an imaging report is never deleted: it is marked removed with a reason, stamped here with the
//   day and who; a report already removed stays as it was.
import { z } from 'zod';
import { AppError, type ErrorDetail } from '../domain/errors.ts';
import { imagingReportSchema, intakeSchema, removalSchema, unansweredRedFlagItems, type ImagingReport, type Intake } from '../domain/index.ts';
import type { StoredEpisode } from '../store/index.ts';
import type { Actor } from './context.ts';

/** A report's removal as a client asks for it: only the reason (the day and who are the server's). */
const imagingInputSchema = imagingReportSchema.extend({
  removed: z.object({ reason: removalSchema.shape.reason }).optional().describe('To remove a report, give the reason; the day and who are recorded by the server'),
});

export const intakeEditSchema = intakeSchema.extend({
  imaging: z.array(imagingInputSchema).default([]),
  version: z.number().int().min(1).describe('The episode version you read: a stale version is refused with 409'),
});
type IntakeInput = Omit<z.infer<typeof intakeEditSchema>, 'version'>;

function refuseIncompleteScreen(intake: IntakeInput, episode: StoredEpisode): void {
  const screen = intake.redFlags;
  if (screen === undefined || screen.status === 'not-done') return;
  const unanswered = unansweredRedFlagItems(screen, episode.regions);
  if (unanswered.length === 0) return;
  const details: ErrorDetail[] = unanswered.map((item) => ({ path: `redFlags.answers.${item.code}`, message: `Not answered: ${item.question}` }));
  throw new AppError('validation',
    `Invalid intake: the red-flag screen is not complete: ${unanswered.length} item(s) not answered. Answer each one (present or absent), or record the screen as not done and say why.`,
    details);
}

function settledImaging(input: IntakeInput['imaging'], stored: readonly ImagingReport[], actor: Actor, today: string): ImagingReport[] {
  const deleted = stored.filter((report) => !input.some((r) => r.id === report.id));
  if (deleted.length > 0) {
    throw new AppError('validation', 'Invalid intake: an imaging report cannot be deleted; remove it with a reason instead',
      deleted.map((report) => ({ path: 'imaging', message: `The report of ${report.date} is missing: to take it back, remove it with a reason` })));
  }
  return input.map(({ removed, ...report }) => {
    const before = stored.find((r) => r.id === report.id);
    if (before?.removed) return before;
    return removed ? { ...report, removed: { on: today, by: actor.userId, reason: removed.reason } } : report;
  });
}

/** The intake to store: checked against the episode, with removals stamped. */
/** `today` is the clinic's day: the day a report removed now is marked removed. */
export function settledIntake(intake: IntakeInput, episode: StoredEpisode, actor: Actor, today: string): Intake {
  refuseIncompleteScreen(intake, episode);
  return { ...intake, imaging: settledImaging(intake.imaging, episode.intake.imaging, actor, today) };
}
