// Sign in with email and password. A wrong password, a locked-out email (429) or a lost connection
// each gets its own plain message; what was typed stays.
import { useState, type FormEvent, type ReactElement } from 'react';
import { ApiError } from '../client/client.ts';
import { ErrorMessage } from '../components/status.tsx';
import { Field } from '../components/field.tsx';
import { useSession } from '../session.tsx';

export function SignInPage(): ReactElement {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'internal', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow card">
      <h1>Sign in</h1>
      <p className="muted">For the clinic's clinicians and their patients.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Email" path="email" error={error}>
          {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />}
        </Field>
        <Field label="Password" path="password" error={error}>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        {error && error.details.length === 0 && <ErrorMessage error={error} />}
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </section>
  );
}
