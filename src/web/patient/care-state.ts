// What the patient side says and asks, by the state of their episode of care (issue 18, item 8). In
// care, the daily check-in asks whether the relief since the last session still holds. Graduated,
// the patient runs their own programme with the flare plan: the check-in becomes monthly and no longer
// asks about sessions. Referred or discharged, the check-in is still there for the record, without
// the session question.
import type { CaseFileResponse } from '../client/types.ts';

/** After graduation the check-in is monthly (issue 18); a month is counted as 30 days. */
export const GRADUATED_CHECK_IN_DAYS = 30;

export interface CareState {
  kind: 'in-care' | 'graduated' | 'referred' | 'discharged';
  /** Ask "still better than before your last session?" */
  askRelief: boolean;
  heading: string;
  /** The next monthly check-in, for a graduated patient: the last check-in plus a month (today if none yet). */
  nextCheckInOn: string | null;
}

const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function careState(file: CaseFileResponse, today: string): CareState {
  const status = file.episode.status ?? 'active';
  if (status === 'graduated') {
    const last = file.checkIns.map((c) => c.date.slice(0, 10)).sort().at(-1);
    const due = last ? addDays(last, GRADUATED_CHECK_IN_DAYS) : today;
    return { kind: 'graduated', askRelief: false, heading: 'Monthly check-in', nextCheckInOn: due < today ? today : due };
  }
  if (status === 'referred' || status === 'discharged') return { kind: status, askRelief: false, heading: 'Check-in', nextCheckInOn: null };
  return { kind: 'in-care', askRelief: true, heading: "Today's check-in", nextCheckInOn: null };
}
