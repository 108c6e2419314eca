// Baseline outcome measures and screens. The clinician either answers the questionnaire item by
// item (scored live by the API, saved with its answers, band and subscales) or enters the total a
// paper form gives; the engine reads the psychosocial risk and fear-avoidance from these once saved
// (shown in the patient header). A saved measure can be corrected (the same form, with its answers)
// or removed with a reason.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { InstrumentCode, InstrumentInfo, StoredMeasure } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { dateProblems, useFormState } from '../components/form-state.ts';
import { RemovedList, RemoveRecord } from '../components/remove-record.tsx';
import { ErrorMessage } from '../components/status.tsx';
import { today, type EpisodeData } from '../episode-data.ts';
import { useResource } from '../use-resource.ts';
import { ItemAnswers, LiveScoreLine, scoreWords, useLiveScore } from './intake-scoring.tsx';

/** The instruments' names; typed by the domain's code list so none is missing. */
export const instrumentNames: Record<InstrumentCode, string> = {
  nprs: 'NPRS (pain now)', peg: 'PEG (pain, enjoyment, general activity)', psfs: 'PSFS (patient-specific functional scale)', odi: 'Oswestry Disability Index',
  ndi: 'Neck Disability Index', 'start-back': 'STarT Back', 'tsk-11': 'TSK-11 (fear of movement)', fabq: 'FABQ (fear-avoidance beliefs)', 'phq-2': 'PHQ-2 (mood)',
  'gad-2': 'GAD-2 (anxiety)', isi: 'Insomnia Severity Index',
};

function MeasureForm({ episodeId, instruments, measure, onSaved, onCancel }: {
  episodeId: string; instruments: InstrumentInfo[] | undefined; measure?: StoredMeasure; onSaved: () => void; onCancel?: () => void;
}): ReactElement {
  const form = useFormState();
  const [m, setM] = useState({ instrument: measure?.instrument ?? ('peg' as InstrumentCode), date: measure?.date ?? today(), score: measure && !measure.answers ? String(measure.score) : '' });
  const instrument = instruments?.find((i) => i.code === m.instrument);
  const [texts, setTexts] = useState<string[]>(() => (measure?.answers ?? []).map((a) => (a === null ? '' : String(a))));
  const answers = instrument ? instrument.items.map((_, i) => texts[i] ?? '') : [];
  const live = useLiveScore(instrument, answers);
  const scored = live.state === 'scored' ? live.result : undefined;
  const answering = answers.some((t) => t.trim() !== '');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const problems = [...dateProblems('date', m.date, today()), ...(!answering && m.score.trim() === '' ? [{ path: 'score', message: 'Enter the total, or answer the items' }] : [])];
    if (!form.check(problems)) return;
    const body = scored
      ? {
        instrument: m.instrument, date: m.date, score: scored.score, answers: answers.map((t) => (t.trim() === '' ? null : Number(t))),
        ...(scored.band === undefined ? {} : { band: scored.band }), ...(scored.subscales === undefined ? {} : { subscales: scored.subscales }),
      }
      : { instrument: m.instrument, date: m.date, score: Number(m.score) };
    const saved = await form.run(() => (measure ? api.editMeasure(measure.id ?? '', { ...body, version: measure.version }) : api.addMeasure(episodeId, body)));
    if (saved) {
      setM({ ...m, score: '' });
      setTexts([]);
      onSaved();
    }
  };
  return (
    <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate aria-label={measure ? 'Correct the measure' : 'Add a measure'}>
      <div className="row">
        <Field label="Questionnaire" path="instrument" error={form.error}>
          {(a) => <select {...a} value={m.instrument} onChange={(e) => { setM({ ...m, instrument: e.target.value as InstrumentCode }); setTexts([]); }}>
            {(Object.keys(instrumentNames) as InstrumentCode[]).map((code) => <option key={code} value={code}>{instrumentNames[code]}</option>)}
          </select>}
        </Field>
        <Field label="Date" path="date" error={form.error}>{(a) => <input {...a} type="date" max={today()} value={m.date} onChange={(e) => setM({ ...m, date: e.target.value })} />}</Field>
        <Field label="Total score" path="score" error={form.error} hint={answering ? 'From the answers below' : undefined}>
          {(a) => answering
            ? <input {...a} type="text" readOnly value={scored ? String(scored.score) : ''} />
            : <input {...a} type="number" step="any" inputMode="decimal" value={m.score} onChange={(e) => setM({ ...m, score: e.target.value })} />}
        </Field>
      </div>
      {instrument
        ? <ItemAnswers instrument={instrument} texts={answers} onChange={setTexts} />
        : <p className="hint">Enter the questionnaire's total{instruments === undefined ? ' (the item-by-item form could not be loaded)' : ''}.</p>}
      {instrument && <LiveScoreLine instrument={instrument} live={live} answered={answers.filter((t) => t.trim() !== '').length} />}
      {form.error && <ErrorMessage error={form.error} what="save the measure" reload={onSaved} />}
      <div className="actions">
        <button type="submit" disabled={form.busy || (answering && !scored)}>{form.busy ? 'Saving…' : measure ? 'Save the correction' : 'Add measure'}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}

export function IntakeMeasures({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const { file } = data;
  // The instrument list is only needed for item-by-item answering: without it the total still works.
  const list = useResource(() => api.instruments(), []);
  const instruments = list.state === 'ready' ? list.data : undefined;
  const [editing, setEditing] = useState<string | null>(null);
  const saved = (): void => { setEditing(null); onSaved(); };
  return (
    <section className="card" aria-labelledby="intake-measures">
      <h2 id="intake-measures">Questionnaires and measures</h2>
      {file.measures.length > 0 && (
        <ul className="records">
          {file.measures.map((x) => {
            const id = x.id ?? '';
            const info = instruments?.find((i) => i.code === x.instrument);
            return (
              <li key={id}>
                {editing === id ? <MeasureForm episodeId={file.episode.id} instruments={instruments} measure={x} onSaved={saved} onCancel={() => setEditing(null)} /> : (
                  <>
                    <span>{instrumentNames[x.instrument]}: {scoreWords(info, x.score, x.band)} on {x.date}</span>
                    <span className="record-actions">
                      <button type="button" className="small" onClick={() => setEditing(id)} aria-label={`Correct ${instrumentNames[x.instrument]} of ${x.date}`}>Correct</button>
                      <RemoveRecord kind="measure" id={id} version={x.version} what={`${instrumentNames[x.instrument]} of ${x.date}`} onRemoved={onSaved} />
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <RemovedList items={data.removed.measures.map((x) => ({ key: x.id ?? `${x.instrument}-${x.date}`, text: `${instrumentNames[x.instrument]} of ${x.date}`, removed: x.removed }))} />
      <h3>Add a measure</h3>
      <MeasureForm episodeId={file.episode.id} instruments={instruments} onSaved={onSaved} />
    </section>
  );
}
