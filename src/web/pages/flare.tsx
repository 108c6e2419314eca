// Recording a flare (spec §3, §4a.3): when it started and, once it has settled, when it ended, each a
// date with the time of day where known (the engine's 48 h and 72 h rules are exact with times and
// read calendar days without them), how bad it got, and what brought it on.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Flare } from '../client/types.ts';
import { wallTime } from '../clinic-time.ts';
import { Field } from '../components/field.tsx';
import { optionalNumber, useFormState } from '../components/form-state.ts';
import { EpisodePage } from '../components/episode-page.tsx';
import { ErrorMessage } from '../components/status.tsx';
import { WhenFields, whenValue, type When } from '../components/when-fields.tsx';
import { today, type EpisodeData } from '../episode-data.ts';
import { navigate } from '../router.tsx';
import { flareCauseLabel, flareLabel } from '../words.ts';

const causes: Flare['cause'][] = ['new-load', 'technique-change', 'life-event', 'unknown'];

function FlareForm({ data }: { data: EpisodeData }): ReactElement {
  const form = useFormState();
  const [start, setStart] = useState<When>({ date: today(), time: '' });
  const [end, setEnd] = useState<When>({ date: '', time: '' });
  const [peakPain, setPeakPain] = useState('');
  const [cause, setCause] = useState<Flare['cause']>('unknown');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const peak = optionalNumber(peakPain);
    const ended = whenValue(end);
    const saved = await form.run(() => api.addFlare(data.file.episode.id, {
      start: whenValue(start), cause, recordedBy: 'clinician',
      ...(ended === '' ? {} : { end: ended }), ...(peak === undefined ? {} : { peakPain: peak }),
    }));
    if (saved) navigate(`/patients/${data.file.patient.id}`);
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="flare-h">
      <h2 id="flare-h">A new flare</h2>
      <WhenFields label="Started on" timeLabel="Start time" value={start} onChange={setStart} path="start" error={form.error} />
      <WhenFields label="Ended on" timeLabel="End time" value={end} onChange={setEnd} path="end" error={form.error} optional />
      <div className="row">
        <Field label="Worst pain (0-10, optional)" path="peakPain" error={form.error}>
          {(a) => <input {...a} type="number" min="0" max="10" inputMode="numeric" value={peakPain} onChange={(e) => setPeakPain(e.target.value)} />}
        </Field>
        <Field label="Brought on by" path="cause" error={form.error}>
          {(a) => <select {...a} value={cause} onChange={(e) => setCause(e.target.value as Flare['cause'])}>{causes.map((c) => <option key={c} value={c}>{flareCauseLabel[c]}</option>)}</select>}
        </Field>
      </div>
      {form.error && <ErrorMessage error={form.error} what="save the flare" />}
      <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save flare'}</button>
    </form>
  );
}

export function FlarePage({ episodeId }: { episodeId: string }): ReactElement {
  return (
    <EpisodePage episodeId={episodeId} title="Flare" className="narrow-wide">
      {(d) => (
        <>
          <FlareForm data={d} />
          {d.assessment.flares.length > 0 && (
            <section className="card" aria-labelledby="flares-h">
              <h2 id="flares-h">Flares so far</h2>
              <ul>
                {d.assessment.flares.map((f) => (
                  <li key={f.id}>{wallTime(f.start)} to {f.end ? wallTime(f.end) : 'not settled'}: {flareLabel[f.classification]}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </EpisodePage>
  );
}
