// Time-contingent progression (reference §7, §12): a dose is kept for `exerciseStepIntervalDays`
// (a week) before the next step, the same on good days and bad, so that load grows by the calendar
// and not by how the day felt. This rule says only whether the week has passed.
import type { Settings } from '../../settings/catalogue.ts';
import { addDays } from '../../time.ts';
import type { Reason } from '../assessment.ts';
import { plural } from '../statistics.ts';

export function stepDue(doseSince: string, asOf: string, settings: Settings): { due: boolean; on: string; reason: Reason } {
  const on = addDays(doseSince, settings.exerciseStepIntervalDays);
  const due = asOf >= on;
  return {
    due,
    on,
    reason: {
      rule: 'time-contingent',
      text: due
        ? `At this dose since ${doseSince}, at least ${plural(settings.exerciseStepIntervalDays, 'day')}: a step is due (time-contingent, about ${Math.round(settings.exerciseLoadStep * 100)}% a week).`
        : `At this dose since ${doseSince}; the next step is due on ${on} (time-contingent: one step every ${plural(settings.exerciseStepIntervalDays, 'day')}, whatever the day feels like).`,
    },
  };
}
