// The episode's flares on the patient page: each recorded flare with the engine's class for it, and
// the ones it proposes from check-ins; recording a flare, correcting one (its end, peak, cause), and
// removing one entered in error. Dates after today are refused here and by the API.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Flare, StoredFlare } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { dateProblems, optionalNumber, useFormState } from '../components/form-state.ts';
import { RemovedList, RemoveRecord } from '../components/remove-record.tsx';
import { ErrorMessage } from '../components/status.tsx';
import { today, type EpisodeData } from '../episode-data.ts';
import { flareCauseLabel, flareLabel } from '../words.ts';

const causes = Object.keys(flareCauseLabel) as Flare['cause'][];
interface Draft { start: string; end: string; peakPain: string; cause: Flare['cause'] }

const draftOf = (f?: StoredFlare): Draft => ({ start: f?.start.slice(0, 10) ?? today(), end: f?.end?.slice(0, 10) ?? '', peakPain: f?.peakPain === undefined ? '' : String(f.peakPain), cause: f?.cause ?? 'unknown' });

function FlareForm({ episodeId, flare, onSaved, onCancel }: { episodeId: string; flare?: StoredFlare; onSaved: () => void; onCancel?: () => void }): ReactElement {
  const form = useFormState();
  const [d, setD] = useState<Draft>(() => draftOf(flare));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const day = today();
    const peak = optionalNumber(d.peakPain);
    const problems = [
      ...dateProblems('start', d.start, day, { label: 'the day it started' }),
      ...dateProblems('end', d.end, day, { required: false }),
      ...(d.end !== '' && d.end < d.start ? [{ path: 'end', message: 'A flare cannot end before it starts' }] : []),
      ...(peak !== undefined && !(peak >= 0 && peak <= 10) ? [{ path: 'peakPain', message: 'Enter a pain score from 0 to 10' }] : []),
    ];
    if (!form.check(problems)) return;
    const body = {
      // A correction keeps the time of day a flare was recorded with, when its day is unchanged.
      start: flare && flare.start.slice(0, 10) === d.start ? flare.start : d.start,
      ...(d.end === '' ? {} : { end: flare?.end && flare.end.slice(0, 10) === d.end ? flare.end : d.end }),
      ...(peak === undefined ? {} : { peakPain: peak }), ...(flare?.peak ? { peak: flare.peak } : {}),
      cause: d.cause, recordedBy: flare?.recordedBy ?? ('clinician' as const),
    };
    const saved = await form.run(() => (flare ? api.editFlare(flare.id, { ...body, version: flare.version }) : api.addFlare(episodeId, body)));
    if (saved) {
      if (!flare) setD(draftOf());
      onSaved();
    }
  };
  return (
    <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate aria-label={flare ? 'Correct the flare' : 'Record a flare'}>
      <div className="row">
        <Field label="Started" path="start" error={form.error}>{(a) => <input {...a} type="date" max={today()} value={d.start} onChange={(e) => setD({ ...d, start: e.target.value })} />}</Field>
        <Field label="Ended (empty while it lasts)" path="end" error={form.error}>{(a) => <input {...a} type="date" max={today()} value={d.end} onChange={(e) => setD({ ...d, end: e.target.value })} />}</Field>
        <Field label="Worst pain (0-10)" path="peakPain" error={form.error}>{(a) => <input {...a} type="number" min="0" max="10" inputMode="numeric" value={d.peakPain} onChange={(e) => setD({ ...d, peakPain: e.target.value })} />}</Field>
        <Field label="Cause" path="cause" error={form.error}>
          {(a) => <select {...a} value={d.cause} onChange={(e) => setD({ ...d, cause: e.target.value as Flare['cause'] })}>{causes.map((c) => <option key={c} value={c}>{flareCauseLabel[c]}</option>)}</select>}
        </Field>
      </div>
      {form.error && <ErrorMessage error={form.error} what="save the flare" reload={onSaved} />}
      <div className="actions">
        <button type="submit" disabled={form.busy}>{form.busy ? 'Saving…' : flare ? 'Save the correction' : 'Record flare'}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}

export function FlaresCard({ data, onChanged }: { data: EpisodeData; onChanged: () => void }): ReactElement {
  const [editing, setEditing] = useState<string | null>(null);
  const assessed = new Map(data.assessment.flares.map((f) => [f.id, f]));
  const proposed = data.assessment.flares.filter((f) => !f.recorded);
  const flares = [...data.file.flares].sort((a, b) => b.start.localeCompare(a.start));
  const saved = (): void => { setEditing(null); onChanged(); };
  return (
    <section className="card" aria-labelledby="flares-h">
      <h2 id="flares-h">Flares</h2>
      {flares.length === 0 && proposed.length === 0 && <p className="muted">No flares recorded.</p>}
      <ul className="records">
        {flares.map((f) => {
          const a = assessed.get(f.id);
          const text = `${f.start.slice(0, 10)} to ${f.end?.slice(0, 10) ?? 'now'}${f.peakPain === undefined ? '' : `, worst pain ${f.peakPain}`}, ${flareCauseLabel[f.cause].toLowerCase()}`;
          return (
            <li key={f.id}>
              {editing === f.id ? <FlareForm episodeId={data.file.episode.id} flare={f} onSaved={saved} onCancel={() => setEditing(null)} /> : (
                <>
                  <span>{a ? <strong>{flareLabel[a.classification]}: </strong> : null}{text}</span>
                  <span className="record-actions">
                    <button type="button" className="small" onClick={() => setEditing(f.id)} aria-label={`Correct the flare of ${f.start.slice(0, 10)}`}>Correct</button>
                    <RemoveRecord kind="flare" id={f.id} version={f.version} what={`the flare of ${f.start.slice(0, 10)}`} onRemoved={onChanged} />
                  </span>
                </>
              )}
            </li>
          );
        })}
        {proposed.map((f) => <li key={f.id}><strong>{flareLabel[f.classification]} (seen in the check-ins): </strong>{f.start.slice(0, 10)} to {f.end?.slice(0, 10) ?? 'now'}</li>)}
      </ul>
      <RemovedList items={data.removed.flares.map((f) => ({ key: f.id, text: `Flare of ${f.start.slice(0, 10)}`, removed: f.removed }))} />
      <h3>Record a flare</h3>
      <FlareForm episodeId={data.file.episode.id} onSaved={onChanged} />
    </section>
  );
}
