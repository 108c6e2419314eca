// A session note: what was given and for how long (passive and active), the response since the last
// session (days of relief, soreness), and exam findings against each goal.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { ModalityCode } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { optionalNumber, useFormState } from '../components/form-state.ts';
import { ErrorMessage, Show } from '../components/status.tsx';
import { loadEpisode, today, type EpisodeData } from '../episode-data.ts';
import { Link, navigate } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { modalityKind, modalityLabel } from '../words.ts';
import { goalUnit } from './patient-page.tsx';

const modalities = Object.keys(modalityLabel) as ModalityCode[];

function SessionForm({ data }: { data: EpisodeData }): ReactElement {
  const { file } = data;
  const form = useFormState();
  const [date, setDate] = useState(today());
  const [given, setGiven] = useState<{ modality: ModalityCode; minutes: string }[]>([{ modality: 'dry-needling', minutes: '20' }]);
  const [reliefDays, setReliefDays] = useState('');
  const [soreness, setSoreness] = useState('');
  const [findings, setFindings] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState('');
  const passive = given.filter((g) => modalityKind[g.modality] === 'passive').reduce((t, g) => t + (Number(g.minutes) || 0), 0);
  const active = given.filter((g) => modalityKind[g.modality] === 'active').reduce((t, g) => t + (Number(g.minutes) || 0), 0);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const relief = optionalNumber(reliefDays);
    const sore = optionalNumber(soreness);
    const saved = await form.run(() => api.addSession(file.episode.id, {
      date,
      modalities: given.map((g) => ({ modality: g.modality, minutes: g.minutes === '' ? Number.NaN : Number(g.minutes) })),
      ...(relief === undefined && sore === undefined ? {} : { responseSinceLastSession: { reliefDays: relief ?? null, ...(sore === undefined ? {} : { soreness: sore }) } }),
      findings: file.goals.filter((g) => (findings[g.id] ?? '') !== '').map((g) => ({ goalId: g.id, value: Number(findings[g.id]) })),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    }));
    if (saved) navigate(`/patients/${file.patient.id}`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <section className="card">
        <Field label="Date" path="date" error={form.error}>{(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
        <h2>Given in this session</h2>
        {given.map((g, i) => (
          <div className="row" key={i}>
            <Field label="Modality" path={`modalities[${i}].modality`} error={form.error}>
              {(a) => <select {...a} value={g.modality} onChange={(e) => setGiven(given.map((x, j) => (j === i ? { ...x, modality: e.target.value as ModalityCode } : x)))}>
                {modalities.map((m) => <option key={m} value={m}>{modalityLabel[m]} ({modalityKind[m]})</option>)}
              </select>}
            </Field>
            <Field label="Minutes" path={`modalities[${i}].minutes`} error={form.error}>
              {(a) => <input {...a} type="number" min="1" inputMode="numeric" value={g.minutes} onChange={(e) => setGiven(given.map((x, j) => (j === i ? { ...x, minutes: e.target.value } : x)))} />}
            </Field>
            <button type="button" onClick={() => setGiven(given.filter((_, j) => j !== i))} aria-label={`Remove ${modalityLabel[g.modality]}`}>Remove</button>
          </div>
        ))}
        <button type="button" onClick={() => setGiven([...given, { modality: 'corrective-exercise', minutes: '15' }])}>Add a modality</button>
        <p className="muted" role="status">Passive {passive} min, active {active} min{passive + active > 0 ? ` (passive share ${Math.round((passive / (passive + active)) * 100)}%)` : ''}.</p>
      </section>
      <section className="card">
        <h2>Response since the last session</h2>
        <div className="row">
          <Field label="Days of clear relief" path="responseSinceLastSession.reliefDays" error={form.error} hint="Leave empty if not known">
            {(a) => <input {...a} type="number" min="0" inputMode="numeric" value={reliefDays} onChange={(e) => setReliefDays(e.target.value)} />}
          </Field>
          <Field label="Peak soreness (0-10)" path="responseSinceLastSession.soreness" error={form.error}>
            {(a) => <input {...a} type="number" min="0" max="10" inputMode="numeric" value={soreness} onChange={(e) => setSoreness(e.target.value)} />}
          </Field>
        </div>
      </section>
      <section className="card">
        <h2>Findings against each goal</h2>
        {file.goals.length === 0 && <p className="muted">No goals yet.</p>}
        {file.goals.map((g, i) => (
          <Field key={g.id} label={`${g.activity} (${goalUnit(file, g.id)}; baseline ${g.baseline}, target ${g.target})`} path={`findings[${i}].value`} error={form.error}>
            {(a) => <input {...a} type="number" min="0" step="any" inputMode="decimal" value={findings[g.id] ?? ''} onChange={(e) => setFindings({ ...findings, [g.id]: e.target.value })} />}
          </Field>
        ))}
        <Field label="Notes" path="notes" error={form.error}>{(a) => <textarea {...a} value={notes} onChange={(e) => setNotes(e.target.value)} />}</Field>
      </section>
      {form.error && <ErrorMessage error={form.error} what="save the session" />}
      <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save session'}</button>
    </form>
  );
}

export function SessionNotePage({ episodeId }: { episodeId: string }): ReactElement {
  const data = useResource(() => loadEpisode(episodeId), [episodeId]);
  return (
    <section className="narrow-wide">
      <Show resource={data} what="the episode">
        {(d) => (
          <>
            <div className="page-head">
              <h1>Session note: {d.file.patient.name ?? 'patient'}</h1>
              <Link to={`/patients/${d.file.patient.id}`}>Back to the patient</Link>
            </div>
            <SessionForm data={d} />
          </>
        )}
      </Show>
    </section>
  );
}
