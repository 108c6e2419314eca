// The consent screen of SMART App Launch (/oauth/interaction/:uid): the authorization server sends
// the browser here; the signed-in user sees which app asks for what, picks the patient when the app
// needs one and none is known (a clinician's standalone launch), and allows or denies. The answer is
// where the browser goes next (back to the authorization server, then to the app). A clinician's EHR
// launch from the patient page needs no second question: opening the app was the decision.
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { AuthorizationPlan } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage, Loading, Show } from '../components/status.tsx';
import { useResource } from '../use-resource.ts';
import { scopeWords } from './scope-words.ts';

function PatientPicker({ value, onChange, error }: { value: string; onChange: (id: string) => void; error: Parameters<typeof Field>[0]['error'] }): ReactElement {
  const patients = useResource(() => api.patients(), []);
  return (
    <Show resource={patients} what="your patients">
      {(list) => (
        <Field label="Patient the app is for" path="patientId" error={error}>
          {(props) => (
            <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
              <option value="">Choose a patient…</option>
              {list.map((p) => <option key={p.id} value={p.id}>{p.name ?? p.id} ({p.birthDate})</option>)}
            </select>
          )}
        </Field>
      )}
    </Show>
  );
}

function Decide({ uid, plan }: { uid: string; plan: AuthorizationPlan }): ReactElement {
  const form = useFormState();
  const [patientId, setPatientId] = useState('');
  const [leaving, setLeaving] = useState(false);
  const decide = async (allow: boolean): Promise<void> => {
    const answer = await form.run(() => api.decideAuthorization(uid, { allow, ...(allow && patientId ? { patientId } : {}) }));
    if (answer) {
      setLeaving(true);
      window.location.assign(answer.redirectTo);
    }
  };
  const started = useRef(false);
  useEffect(() => {
    if (plan.autoApprove && !started.current) {
      started.current = true;
      void decide(true);
    }
  });
  if (leaving || (plan.autoApprove && !form.error)) return <Loading what={`${plan.app.name}`} />;
  return (
    <section className="narrow card" aria-labelledby="consent-h">
      <h1 id="consent-h">Allow {plan.app.name}?</h1>
      {plan.patient && <p>For <strong>{plan.patient.name ?? 'this patient'}</strong>.</p>}
      <p>{plan.app.name} asks to:</p>
      <ul>{plan.scopes.map((s) => <li key={s}>{scopeWords[s]}</li>)}</ul>
      <p className="muted">It can never change your record. You can ask the clinic to remove the app at any time.</p>
      {plan.choosePatient && <PatientPicker value={patientId} onChange={setPatientId} error={form.error} />}
      {form.error && <ErrorMessage error={form.error} what="record your answer" />}
      <div className="actions">
        <button type="button" className="primary" disabled={form.busy} onClick={() => void decide(true)}>Allow</button>
        <button type="button" disabled={form.busy} onClick={() => void decide(false)}>Deny</button>
      </div>
    </section>
  );
}

export function ConsentPage({ uid }: { uid: string }): ReactElement {
  const plan = useResource(() => api.authorization(uid), [uid]);
  return <Show resource={plan} what="the app's request">{(p) => <Decide uid={uid} plan={p} />}</Show>;
}
