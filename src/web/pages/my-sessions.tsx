// Where I am signed in (issue 15): each session with the browser it came from, when it started and
// when it ends, and a way to end any of them (a phone left behind, a shared computer). Ending this
// one signs me out here.
import type { ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { MySession } from '../client/types.ts';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage, Show } from '../components/status.tsx';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';

const when = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function MySessionsPage(): ReactElement {
  const sessions = useResource(() => api.mySessions(), []);
  const { signOut } = useSession();
  const form = useFormState();
  const end = async (session: MySession): Promise<void> => {
    if (session.current) {
      await form.run(() => signOut());
      return;
    }
    await form.run(() => api.endMySession(session.id));
    sessions.reload();
  };
  return (
    <section>
      <h1>My sessions</h1>
      <p className="muted">Where you are signed in now. End any you do not recognise, or one on a device you no longer have.</p>
      {form.error && <ErrorMessage error={form.error} what="end the session" />}
      <Show resource={sessions} what="your sessions">
        {(list) => (
          <div className="table-scroll">
            <table>
              <thead><tr><th scope="col">Browser or app</th><th scope="col">Signed in</th><th scope="col">Ends</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <td>{s.client ?? 'Unknown'}{s.current && <> <span className="badge">This session</span></>}</td>
                    <td>{when(s.createdAt)}</td>
                    <td>{when(s.expiresAt)}</td>
                    <td><button type="button" disabled={form.busy} onClick={() => void end(s)} aria-label={s.current ? undefined : `End the session of ${s.client ?? 'an unknown browser'} signed in ${when(s.createdAt)}`}>{s.current ? 'Sign out here' : 'End session'}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </section>
  );
}
