// The admin's users page (/admin/users; issue 18 item 13, issue 15): everyone who can sign in to the
// clinic, where each stands (active, invited and until when, deactivated, locked), how many sessions
// are live; add a clinician (they are invited: the link is shown once, to hand over); send an
// invitation again (a first sign-in, a forgotten password, a lockout); end a user's sessions;
// deactivate or reactivate. Every change comes back from the API and the list is read again.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../../client/endpoints.ts';
import type { Invitation, UserListing } from '../../client/types.ts';
import { Field } from '../../components/field.tsx';
import { useFormState } from '../../components/form-state.ts';
import { InvitationLink } from '../../components/invitation-link.tsx';
import { ErrorMessage, Show } from '../../components/status.tsx';
import { useSession } from '../../session.tsx';
import { useResource } from '../../use-resource.ts';

const when = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const roleLabel = { admin: 'Admin', clinician: 'Clinician', patient: 'Patient' } as const;

function standing(user: UserListing): string {
  if (user.status === 'deactivated') return 'Deactivated';
  if (user.lockedUntil) return `Locked until ${when(user.lockedUntil)}`;
  if (user.status === 'invited') return user.invitationExpiresAt ? `Invited (link valid until ${when(user.invitationExpiresAt)})` : 'Invited (link expired: send a new one)';
  return 'Active';
}

function AddClinician({ onAdded }: { onAdded: (invitation: Invitation) => void }): ReactElement {
  const form = useFormState();
  const [person, setPerson] = useState({ name: '', email: '', discipline: '' });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const added = await form.run(() => api.addUser({ name: person.name, email: person.email, role: 'clinician', ...(person.discipline ? { discipline: person.discipline } : {}) }));
    if (added?.invitation) {
      onAdded(added.invitation);
      setPerson({ name: '', email: '', discipline: '' });
    }
  };
  return (
    <section className="card" aria-labelledby="add-h">
      <h2 id="add-h">Add a clinician</h2>
      <p className="muted">They get an invitation link to set their own password.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="row">
          <Field label="Name" path="name" error={form.error}>{(a) => <input {...a} value={person.name} onChange={(e) => setPerson({ ...person, name: e.target.value })} />}</Field>
          <Field label="Email" path="email" error={form.error}>{(a) => <input {...a} type="email" value={person.email} onChange={(e) => setPerson({ ...person, email: e.target.value })} />}</Field>
          <Field label="Discipline (optional)" path="discipline" error={form.error}>{(a) => <input {...a} value={person.discipline} onChange={(e) => setPerson({ ...person, discipline: e.target.value })} />}</Field>
        </div>
        {form.error && form.error.details.length === 0 && <ErrorMessage error={form.error} what="add the clinician" />}
        <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Adding…' : 'Add and invite'}</button>
      </form>
    </section>
  );
}

export function AdminUsersPage(): ReactElement {
  const users = useResource(() => api.users(), []);
  const { user: me } = useSession();
  const actions = useFormState();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const act = async (work: () => Promise<unknown>): Promise<void> => {
    const done = await actions.run(work);
    if (done !== undefined) users.reload();
  };
  const resend = async (user: UserListing): Promise<void> => {
    const issued = await actions.run(() => api.resendInvitation(user.id));
    if (issued) {
      setInvitation(issued);
      users.reload();
    }
  };
  return (
    <section>
      <h1>Users</h1>
      {invitation && <InvitationLink invitation={invitation} />}
      <AddClinician onAdded={(issued) => { setInvitation(issued); users.reload(); }} />
      {actions.error && <ErrorMessage error={actions.error} what="change the user" />}
      <Show resource={users} what="the users">
        {(list) => (
          <div className="table-scroll">
            <table className="users">
              <thead>
                <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Sessions</th><th scope="col">Actions</th></tr>
              </thead>
              <tbody>
                {list.map((u) => (
                  <tr key={u.id}>
                    <th scope="row">{u.name}</th>
                    <td>{u.email}</td>
                    <td>{roleLabel[u.role]}{u.discipline ? `, ${u.discipline}` : ''}</td>
                    <td>{standing(u)}</td>
                    <td>{u.liveSessions}</td>
                    <td>
                      <div className="actions compact">
                        {u.status !== 'deactivated' && (
                          <button type="button" disabled={actions.busy} onClick={() => void resend(u)} aria-label={`Send ${u.name} a new invitation`}>Send invitation</button>
                        )}
                        {u.liveSessions > 0 && (
                          <button type="button" disabled={actions.busy} onClick={() => void act(() => api.endUserSessions(u.id))} aria-label={`End every session of ${u.name}`}>End sessions</button>
                        )}
                        {u.status === 'deactivated'
                          ? <button type="button" disabled={actions.busy} onClick={() => void act(() => api.reactivateUser(u.id))} aria-label={`Reactivate ${u.name}`}>Reactivate</button>
                          : u.id !== me?.userId && (
                            <button type="button" disabled={actions.busy} onClick={() => void act(() => api.deactivateUser(u.id))} aria-label={`Deactivate ${u.name}`}>Deactivate</button>
                          )}
                      </div>
                    </td>
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
