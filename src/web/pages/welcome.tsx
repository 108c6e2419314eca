// The page an invitation link opens (/welcome#<token>): who it is for, and a password they choose
// themself. The token stays in the fragment (never sent in a URL to the server, out of logs and
// Referer headers), is read once, and is cleared from the address bar as soon as the page has it.
import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { InvitationView } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage, Loading } from '../components/status.tsx';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

function tokenFromAddress(): string {
  const token = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  if (token) window.history.replaceState(null, '', window.location.pathname);
  return token;
}

export function WelcomePage(): ReactElement {
  const { adopt } = useSession();
  const [token] = useState(tokenFromAddress);
  const [invitation, setInvitation] = useState<InvitationView | null>(null);
  const [invalid, setInvalid] = useState<ApiError | null>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useFormState();

  useEffect(() => {
    if (!token) {
      setInvalid(new ApiError(404, 'not-found', 'This page needs the link from your invitation.'));
      return;
    }
    api.readInvitation(token).then(setInvitation, (error: unknown) => setInvalid(error instanceof ApiError ? error : new ApiError(0, 'internal', String(error))));
  }, [token]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (password !== repeat) {
      form.setError(new ApiError(400, 'validation', 'The two passwords are not the same.', [{ path: 'repeat', message: 'must be the same as the password' }]));
      return;
    }
    const session = await form.run(() => api.acceptInvitation(token, password));
    if (session) {
      adopt(session);
      navigate('/', { replace: true });
    }
  };

  if (invalid) {
    return (
      <section className="narrow card">
        <h1>Set your password</h1>
        <ErrorMessage error={invalid} what="open the invitation" />
        <p><a href="/">Go to sign-in</a></p>
      </section>
    );
  }
  if (!invitation) return <Loading what="your invitation" />;
  return (
    <section className="narrow card">
      <h1>Welcome, {invitation.name}</h1>
      <p>Choose a password for <strong>{invitation.email}</strong>. You will sign in with this email and password from now on.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label="New password" path="password" error={form.error} hint="At least 12 characters. A few words you will remember work well.">
          {(props) => <input {...props} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <Field label="The same password again" path="repeat" error={form.error}>
          {(props) => <input {...props} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
        </Field>
        {form.error && form.error.details.every((d) => d.path !== 'password' && d.path !== 'repeat') && <ErrorMessage error={form.error} what="set your password" />}
        <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Set password and sign in'}</button>
      </form>
    </section>
  );
}
