// Inviting the patient to their side of Threshold (issue 15), from their page: the email they will
// sign in with, then a single-use link that expires, shown once for the clinician to hand over. A
// second invitation replaces the first (a lost link, a forgotten password).
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Invitation, StoredPatient } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { InvitationLink } from '../components/invitation-link.tsx';
import { ErrorMessage } from '../components/status.tsx';

const looksLikeEmail = (text: string | undefined): text is string => text !== undefined && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text);

export function InvitePatient({ patient }: { patient: StoredPatient }): ReactElement {
  const form = useFormState();
  const [email, setEmail] = useState(looksLikeEmail(patient.contact) ? patient.contact : '');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const issued = await form.run(() => api.invitePatient(patient.id, email));
    if (issued) setInvitation(issued);
  };
  return (
    <section className="card" aria-labelledby="invite-h">
      <h2 id="invite-h">Patient sign-in</h2>
      <p className="muted">Invite {patient.name ?? 'the patient'} to check in from their phone. They set their own password with the link.</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="row">
        <Field label="Patient's email" path="email" error={form.error}>
          {(a) => <input {...a} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <button type="submit" disabled={form.busy}>{form.busy ? 'Creating…' : 'Create invitation link'}</button>
      </form>
      {form.error && form.error.details.every((d) => d.path !== 'email') && <ErrorMessage error={form.error} what="create the invitation" />}
      {invitation && <InvitationLink invitation={invitation} />}
    </section>
  );
}
