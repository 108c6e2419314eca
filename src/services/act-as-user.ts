// The actor for work started on the server's own machine (`threshold export`, `threshold import`):
// the person names the account they act as, and every read and write then passes the same policies
// and leaves the same audit rows as through the API. No password: whoever runs the CLI already has
// the database itself; what this gives is the clinic scope, the role and an honest audit trail.
import { AppError } from '../domain/errors.ts';
import type { Actor, ServiceDeps } from './context.ts';

export async function actorForEmail(deps: ServiceDeps, email: string): Promise<Actor> {
  const entry = await deps.store.transaction((tx) => tx.global.findSignIn(email.toLowerCase()));
  const user = entry ? await deps.store.transaction((tx) => tx.clinic(entry.clinicId).people.getUser(entry.userId)) : null;
  if (!user) throw new AppError('validation', `no user with the email ${email}`, [{ path: '--as', message: 'must be the email of a user of the clinic' }]);
  return { userId: user.id, clinicId: user.clinicId, role: user.role, patientId: user.patientId };
}
