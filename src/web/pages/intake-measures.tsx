// Baseline outcome measures and screens. The clinician either answers the questionnaire item by
// item (scored live by the API, saved with its answers, band and subscales) or enters the total a
// paper form gives; the engine reads the psychosocial risk and fear-avoidance from these once saved
// (shown in the patient header).
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { CaseFileResponse, InstrumentCode } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage } from '../components/status.tsx';
import { today } from '../episode-data.ts';
import { useResource } from '../use-resource.ts';
import { ItemAnswers, LiveScoreLine, useLiveScore } from './intake-scoring.tsx';

/** The instruments' names; typed by the domain's code list so none is missing. */
export const instrumentNames: Record<InstrumentCode, string> = {
  nprs: 'NPRS (pain now)', peg: 'PEG (pain, enjoyment, general activity)', psfs: 'PSFS (patient-specific functional scale)', odi: 'Oswestry Disability Index',
  ndi: 'Neck Disability Index', 'start-back': 'STarT Back', 'tsk-11': 'TSK-11 (fear of movement)', fabq: 'FABQ (fear-avoidance beliefs)', 'phq-2': 'PHQ-2 (mood)',
  'gad-2': 'GAD-2 (anxiety)', isi: 'Insomnia Severity Index',
};

export function IntakeMeasures({ file, onSaved }: { file: CaseFileResponse; onSaved: () => void }): ReactElement {
  const form = useFormState();
  const [m, setM] = useState({ instrument: 'peg' as InstrumentCode, date: today(), score: '' });
  // The instrument list is only needed for item-by-item answering: without it the total still works.
  const list = useResource(() => api.instruments(), []);
  const instrument = list.state === 'ready' ? list.data.find((i) => i.code === m.instrument) : undefined;
  const [texts, setTexts] = useState<string[]>([]);
  const answers = instrument ? instrument.items.map((_, i) => texts[i] ?? '') : [];
  const live = useLiveScore(instrument, answers);
  const scored = live.state === 'scored' ? live.result : undefined;
  const answering = answers.some((t) => t.trim() !== '');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const measure = scored
      ? {
        instrument: m.instrument, date: m.date, score: scored.score, answers: answers.map((t) => (t.trim() === '' ? null : Number(t))),
        ...(scored.band === undefined ? {} : { band: scored.band }), ...(scored.subscales === undefined ? {} : { subscales: scored.subscales }),
      }
      : { instrument: m.instrument, date: m.date, score: m.score === '' ? Number.NaN : Number(m.score) };
    const saved = await form.run(() => api.addMeasure(file.episode.id, measure));
    if (saved) {
      setM({ ...m, score: '' });
      setTexts([]);
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
            {(a) => <select {...a} value={m.instrument} onChange={(e) => { setM({ ...m, instrument: e.target.value as InstrumentCode }); setTexts([]); }}>
              {(Object.keys(instrumentNames) as InstrumentCode[]).map((code) => <option key={code} value={code}>{instrumentNames[code]}</option>)}
            </select>}
          </Field>
          <Field label="Date" path="date" error={form.error}>{(a) => <input {...a} type="date" value={m.date} onChange={(e) => setM({ ...m, date: e.target.value })} />}</Field>
          <Field label="Total score" path="score" error={form.error} hint={answering ? 'From the answers below' : undefined}>
            {(a) => answering
              ? <input {...a} type="text" readOnly value={scored ? String(scored.score) : ''} />
              : <input {...a} type="number" step="any" inputMode="decimal" value={m.score} onChange={(e) => setM({ ...m, score: e.target.value })} />}
          </Field>
        </div>
        {instrument
          ? <ItemAnswers instrument={instrument} texts={answers} onChange={setTexts} />
          : <p className="hint">Enter the questionnaire's total{list.state === 'error' ? ' (the item-by-item form could not be loaded)' : ''}.</p>}
        {instrument && <LiveScoreLine instrument={instrument} live={live} />}
        {form.error && <ErrorMessage error={form.error} what="save the measure" />}
        <button type="submit" disabled={form.busy || (answering && !scored)}>{form.busy ? 'Saving…' : 'Add measure'}</button>
      </form>
    </section>
  );
}
