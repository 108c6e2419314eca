// Register a new patient and open their episode of care, then go on to the intake.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { BodyRegion, Episode } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { optionalNumber, useFormState } from '../components/form-state.ts';
import { ErrorMessage } from '../components/status.tsx';
import { today } from '../episode-data.ts';
import { navigate } from '../router.tsx';
import { words } from '../words.ts';

const regions: BodyRegion[] = ['low-back', 'neck', 'thoracic', 'shoulder', 'elbow', 'wrist-hand', 'hip', 'knee', 'ankle-foot', 'other'];
const conditions: Episode['condition'][] = ['low-back-pain', 'sciatica', 'neck-pain', 'shoulder-pain', 'osteoarthritis', 'chronic-primary-pain', 'neuropathic-pain', 'other'];

export function NewPatientPage(): ReactElement {
  const form = useFormState();
  const [patientId, setPatientId] = useState<string | null>(null);
  const [p, setP] = useState({ name: '', birthDate: '', sex: 'unknown' as const as 'female' | 'male' | 'other' | 'unknown', contact: '' });
  const [e, setE] = useState({ startDate: today(), regions: [] as BodyRegion[], condition: 'other' as Episode['condition'], complaint: '', painDurationMonths: '' });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const opened = await form.run(async () => {
      // Registered once: a failed episode (say a missing region) does not register the patient twice.
      const id = patientId ?? (await api.registerPatient({ name: p.name, birthDate: p.birthDate, sex: p.sex, ...(p.contact ? { contact: p.contact } : {}) })).id;
      setPatientId(id);
      const months = optionalNumber(e.painDurationMonths);
      return api.openEpisode(id, {
        startDate: e.startDate, status: 'active', regions: e.regions, condition: e.condition,
        ...(e.complaint ? { complaint: e.complaint } : {}), ...(months === undefined ? {} : { painDurationMonths: months }),
      });
    });
    if (opened?.episode.id) navigate(`/episodes/${opened.episode.id}/intake`);
  };

  return (
    <section className="narrow">
      <h1>New patient</h1>
      <form onSubmit={(ev) => void submit(ev)} noValidate>
        <fieldset disabled={patientId !== null}>
          <legend>The patient</legend>
          <Field label="Name" path="name" error={form.error}>{(a) => <input {...a} value={p.name} onChange={(ev) => setP({ ...p, name: ev.target.value })} />}</Field>
          <Field label="Birth date" path="birthDate" error={form.error} hint="For the age context of imaging findings">
            {(a) => <input {...a} type="date" value={p.birthDate} onChange={(ev) => setP({ ...p, birthDate: ev.target.value })} />}
          </Field>
          <Field label="Sex" path="sex" error={form.error}>
            {(a) => (
              <select {...a} value={p.sex} onChange={(ev) => setP({ ...p, sex: ev.target.value as typeof p.sex })}>
                <option value="female">female</option><option value="male">male</option><option value="other">other</option><option value="unknown">not recorded</option>
              </select>
            )}
          </Field>
          <Field label="Contact (optional)" path="contact" error={form.error}>{(a) => <input {...a} value={p.contact} onChange={(ev) => setP({ ...p, contact: ev.target.value })} />}</Field>
        </fieldset>
        <fieldset>
          <legend>The episode of care</legend>
          <Field label="Start date" path="startDate" error={form.error}>{(a) => <input {...a} type="date" value={e.startDate} onChange={(ev) => setE({ ...e, startDate: ev.target.value })} />}</Field>
          <fieldset className={form.error?.details.some((d) => d.path === 'regions') ? 'invalid' : ''}>
            <legend>Body regions</legend>
            <div className="choice-options">
              {regions.map((r) => (
                <label key={r} className={e.regions.includes(r) ? 'chosen' : ''}>
                  <input type="checkbox" checked={e.regions.includes(r)}
                    onChange={(ev) => setE({ ...e, regions: ev.target.checked ? [...e.regions, r] : e.regions.filter((x) => x !== r) })} />
                  <span>{words(r)}</span>
                </label>
              ))}
            </div>
            {form.error?.details.filter((d) => d.path === 'regions').map((d) => <p key={d.message} className="field-error">{d.message}</p>)}
          </fieldset>
          <Field label="Condition" path="condition" error={form.error}>
            {(a) => <select {...a} value={e.condition} onChange={(ev) => setE({ ...e, condition: ev.target.value as Episode['condition'] })}>{conditions.map((c) => <option key={c} value={c}>{words(c)}</option>)}</select>}
          </Field>
          <Field label="Complaint in the patient's words (optional)" path="complaint" error={form.error}>{(a) => <input {...a} value={e.complaint} onChange={(ev) => setE({ ...e, complaint: ev.target.value })} />}</Field>
          <Field label="Pain duration in months (optional)" path="painDurationMonths" error={form.error}>
            {(a) => <input {...a} type="number" min="0" inputMode="numeric" value={e.painDurationMonths} onChange={(ev) => setE({ ...e, painDurationMonths: ev.target.value })} />}
          </Field>
        </fieldset>
        {form.error && <ErrorMessage error={form.error} what="register the patient" />}
        <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Register and start intake'}</button>
      </form>
    </section>
  );
}
