// The clinic's SMART apps (admin, /apps): the apps registered, and a form to register one (its
// name, the redirect URIs it may receive codes at, the scopes it may ask for, and where an EHR launch
// opens it). Removing an app ends its tokens at once. The API validates; its messages appear under
// the field they name.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { SmartApp, SmartScope } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage, Show } from '../components/status.tsx';
import { useResource } from '../use-resource.ts';
import { scopeWords, smartScopeList } from './scope-words.ts';

const blank = { name: '', redirectUris: '', launchUrl: '', scopes: ['launch', 'openid', 'fhirUser', 'patient/*.rs'] as SmartScope[] };

function RegisterForm({ onRegistered }: { onRegistered: () => void }): ReactElement {
  const form = useFormState();
  const [draft, setDraft] = useState(blank);
  const toggle = (scope: SmartScope): void => setDraft((d) => ({ ...d, scopes: d.scopes.includes(scope) ? d.scopes.filter((s) => s !== scope) : [...d.scopes, scope] }));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const registered = await form.run(() => api.registerApp({
      name: draft.name,
      redirectUris: draft.redirectUris.split(/\s+/).filter(Boolean),
      scopes: smartScopeList.filter((s) => draft.scopes.includes(s)),
      ...(draft.launchUrl.trim() ? { launchUrl: draft.launchUrl.trim() } : {}),
    }));
    if (registered) {
      setDraft(blank);
      onRegistered();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="register-h">
      <h2 id="register-h">Register an app</h2>
      <Field label="Name" path="name" error={form.error}>
        {(props) => <input {...props} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}
      </Field>
      <Field label="Redirect URIs" path="redirectUris" error={form.error} hint="One per line: where the app receives the authorization code (https, or http on localhost).">
        {(props) => <textarea {...props} rows={2} value={draft.redirectUris} onChange={(e) => setDraft({ ...draft, redirectUris: e.target.value })} />}
      </Field>
      <Field label="Launch URL" path="launchUrl" error={form.error} hint="Where the patient page's Launch app opens it. Leave empty for an app started on its own.">
        {(props) => <input {...props} value={draft.launchUrl} onChange={(e) => setDraft({ ...draft, launchUrl: e.target.value })} />}
      </Field>
      <fieldset>
        <legend>Scopes it may ask for</legend>
        {smartScopeList.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={draft.scopes.includes(s)} onChange={() => toggle(s)} /> <code>{s}</code>: {scopeWords[s]}
          </label>
        ))}
      </fieldset>
      {form.error && <ErrorMessage error={form.error} what="register the app" />}
      <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Registering…' : 'Register app'}</button>
    </form>
  );
}

function AppRow({ app, onRemoved }: { app: SmartApp; onRemoved: () => void }): ReactElement {
  const form = useFormState();
  const remove = async (): Promise<void> => {
    if (!window.confirm(`Remove ${app.name}? Its access ends at once.`)) return;
    if (await form.run(() => api.removeApp(app.id)) !== undefined) onRemoved();
  };
  return (
    <tr>
      <th scope="row">{app.name}</th>
      <td><code>{app.id}</code></td>
      <td>{app.redirectUris.map((u) => <div key={u}>{u}</div>)}</td>
      <td>{app.scopes.join(' ')}</td>
      <td>{app.launchUrl ?? <span className="muted">standalone only</span>}</td>
      <td>
        <button type="button" disabled={form.busy} onClick={() => void remove()}>Remove</button>
        {form.error && <ErrorMessage error={form.error} what="remove the app" />}
      </td>
    </tr>
  );
}

export function AppsPage(): ReactElement {
  const apps = useResource(() => api.apps(), []);
  return (
    <section>
      <h1>Apps</h1>
      <p className="muted">SMART on FHIR apps your clinicians and patients may open with Threshold. An app only ever reads, and only what its user may read.</p>
      <Show resource={apps} what="the clinic's apps">
        {(list) => (list.length === 0 ? <p>No apps registered yet.</p> : (
          <div className="table-scroll card">
            <table>
              <thead><tr><th scope="col">Name</th><th scope="col">Client id</th><th scope="col">Redirect URIs</th><th scope="col">Scopes</th><th scope="col">Launch URL</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
              <tbody>{list.map((a) => <AppRow key={a.id} app={a} onRemoved={apps.reload} />)}</tbody>
            </table>
          </div>
        ))}
      </Show>
      <div className="card narrow"><RegisterForm onRegistered={apps.reload} /></div>
    </section>
  );
}
