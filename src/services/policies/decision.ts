// A policy answers allow, deny or hide. "hide" is for a record the actor may not even know exists
// (a patient asking for another patient's record): it is reported as not found, exactly like a
// record that does not exist, so ids cannot be probed. "deny" is for a record the actor may see but
// not do this to (a patient writing a session note on their own episode): 403.
import { AppError } from '../../domain/errors.ts';

export type Decision = 'allow' | 'deny' | 'hide';

export function enforce(decision: Decision, what: string): void {
  if (decision === 'allow') return;
  if (decision === 'hide') throw new AppError('not-found', `no ${what}`);
  throw new AppError('forbidden', `you may not ${what}`);
}
