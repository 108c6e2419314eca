// A person's own sessions (issue 15): where they are signed in, and a way to end any of them (a phone
// left behind, a shared computer). Sessions are not patient data; ending one is audited as a sign-out.
import { AppError } from '../domain/errors.ts';
import { inClinic } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseId } from './parse-input.ts';

export interface MySession {
  id: string;
  client: string | null;
  createdAt: Date;
  expiresAt: Date;
  /** The session this request came with. */
  current: boolean;
}

export async function listMySessions(deps: ServiceDeps, actor: Actor, currentSessionId: string, now: Date): Promise<MySession[]> {
  return inClinic(deps, actor, now, 'allow', 'list your sessions', async ({ scope }) =>
    (await scope.sessions.listForUser(actor.userId, now)).map((s) => ({ ...s, current: s.id === currentSessionId })));
}

export async function endMySession(deps: ServiceDeps, actor: Actor, sessionId: string, now: Date): Promise<void> {
  parseId(sessionId, 'sessionId');
  await inClinic(deps, actor, now, 'allow', 'end your sessions', async ({ scope, note }) => {
    if (!(await scope.sessions.end(actor.userId, sessionId))) throw new AppError('not-found', `you have no session ${sessionId}`);
    note({ action: 'sign-out', recordType: 'session', recordId: sessionId });
  });
  deps.sessionCache.forgetUser(actor.clinicId, actor.userId);
}
