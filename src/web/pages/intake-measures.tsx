// Baseline outcome measures and screens. The API has no scoring endpoint yet, so the clinician
// enters the total the questionnaire gives; the engine reads the psychosocial risk and fear-
// avoidance from these once saved (shown in the patient header).
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { CaseFileResponse, InstrumentCode } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage } from '../components/status.tsx';
import { today } from '../episode-data.ts';

/** The instruments' names; typed by the domain's code list so none is missing. */
export const instrumentNames: Record<InstrumentCode, string> = {
  nprs: 'NPRS (pain now)', peg: 'PEG (pain, enjoyment, general activity)', psfs: 'PSFS (patient-specific functional scale)', odi: 'Oswestry Disability Index',
  ndi: 'Neck Disability Index', 'start-back': 'STarT Back', 'tsk-11': 'TSK-11 (fear of movement)', fabq: 'FABQ (fear-avoidance beliefs)', 'phq-2': 'PHQ-2 (mood)',
  'gad-2': 'GAD-2 (anxiety)', isi: 'Insomnia Severity Index',
};

export function IntakeMeasures({ file, onSaved }: { file: CaseFileResponse; onSaved: () => void }): ReactElement {
  const form = useFormState();
  const [m, setM] = useState({ instrument: 'peg' as InstrumentCode, date: today(), score: '' });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const saved = await form.run(() => api.addMeasure(file.episode.id, { instrument: m.instrument, date: m.date, score: m.score === '' ? Number.NaN : Number(m.score) }));
    if (saved) {
      setM({ ...m, score: '' });
      onSaved();
    }
  };
  return (
    <section className="card" aria-labelledby="intake-measures">
      <h2 id="intake-measures">Questionnaires and measures</h2>
      {file.measures.length > 0 && (
        <ul>{file.measures.map((x) => <li key={x.id ?? `${x.instrument}-${x.date}`}>{instrumentNames[x.instrument]}: {x.score} on {x.date}{x.band ? ` (${x.band})` : ''}</li>)}</ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a measure">
        <div className="row">
          <Field label="Questionnaire" path="instrument" error={form.error}>
            {(a) => <select {...a} value={m.instrument} onChange={(e) => setM({ ...m, instrument: e.target.value as InstrumentCode })}>
              {(Object.keys(instrumentNames) as InstrumentCode[]).map((code) => <option key={code} value={code}>{instrumentNames[code]}</option>)}
            </select>}
          </Field>
          <Field label="Date" path="date" error={form.error}>{(a) => <input {...a} type="date" value={m.date} onChange={(e) => setM({ ...m, date: e.target.value })} />}</Field>
          <Field label="Total score" path="score" error={form.error}>
            {(a) => <input {...a} type="number" step="any" inputMode="decimal" value={m.score} onChange={(e) => setM({ ...m, score: e.target.value })} />}
          </Field>
        </div>
        <p className="hint">Item-by-item entry with live scoring needs the API's scoring endpoint (not there yet): enter the form's total for now.</p>
        {form.error && <ErrorMessage error={form.error} what="save the measure" />}
        <button type="submit" disabled={form.busy}>{form.busy ? 'Saving…' : 'Add measure'}</button>
      </form>
    </section>
  );
}
