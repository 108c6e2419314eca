// The programme page (spec §4b): the clinician builds and changes the episode's exercise programme.
// The current version with the engine's advice per exercise; the library to add from (by pattern,
// by goal, by words); dose, days a week and the ladder per exercise; then a new version saved with
// its date and reason (the version read is sent back, so someone else's change is not overwritten).
// Below: the flare plan the engine would write, and every version with who, when and why.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { LibraryExercise, ProgrammeItem, ProgrammeResponse } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage, Show } from '../components/status.tsx';
import { loadEpisode, today, type EpisodeData } from '../episode-data.ts';
import { ExerciseSearch } from '../programme/exercise-search.tsx';
import { ProgrammeEditor } from '../programme/programme-editor.tsx';
import { doseText } from '../programme/words.ts';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';

interface ProgrammeData extends EpisodeData {
  programme: ProgrammeResponse;
  library: LibraryExercise[];
}

function History({ programme, library }: { programme: ProgrammeResponse; library: readonly LibraryExercise[] }): ReactElement {
  const name = (id: string): string => library.find((e) => e.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="history-h">
      <h2 id="history-h">Every version</h2>
      {programme.versions.length === 0 ? <p className="muted">No programme yet.</p> : (
        <ol reversed className="versions">
          {[...programme.versions].reverse().map((v) => (
            <li key={v.id}>
              <strong>From {v.date}</strong>, by {v.by}: {v.reason}
              <div className="muted">{v.items.map((i) => `${name(i.exerciseId)} ${doseText(i.dose)}, ${i.daysPerWeek}/wk`).join('; ') || 'no exercises'}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Builder({ data, onSaved }: { data: ProgrammeData; onSaved: (message: string) => void }): ReactElement {
  const { file, assessment, programme, library } = data;
  const form = useFormState();
  const day = today();
  const [items, setItems] = useState<ProgrammeItem[]>(programme.current?.items ?? []);
  const [date, setDate] = useState(programme.current && programme.current.date > day ? programme.current.date : day);
  const [reason, setReason] = useState('');
  const add = (exercise: LibraryExercise): void => setItems([...items, { exerciseId: exercise.id, dose: exercise.startDose, daysPerWeek: 5, startDate: date }]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const version = await form.run(() => api.changeProgramme(file.episode.id, { date, reason, items, basedOn: programme.versions.length }));
    if (version) onSaved(`Saved: the programme from ${version.date}, version ${programme.versions.length + 1}.`);
  };

  return (
    <>
      <section className="card" aria-labelledby="current-h">
        <h2 id="current-h">Programme{programme.current ? ` (version ${programme.versions.length}, from ${programme.current.date})` : ''}</h2>
        <ProgrammeEditor items={items} library={library} advice={assessment.programme} error={form.error} today={date} onChange={setItems} />
        <form onSubmit={(e) => void submit(e)} noValidate aria-label="Save the programme">
          <div className="row">
            <Field label="Takes effect on" path="date" error={form.error}>{(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
            <Field label="Why it changes" path="reason" error={form.error} hint="Kept with the version: who, when and why">
              {(a) => <input {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
          </div>
          {form.error && <ErrorMessage error={form.error} what="save the programme" />}
          <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save programme'}</button>
        </form>
      </section>
      <ExerciseSearch file={file} library={library} chosen={new Set(items.map((i) => i.exerciseId))} onAdd={add} />
    </>
  );
}

export function ProgrammePage({ episodeId }: { episodeId: string }): ReactElement {
  const [saved, setSaved] = useState<string | null>(null);
  const data = useResource(async (): Promise<ProgrammeData> => {
    const [episode, programme, library] = await Promise.all([loadEpisode(episodeId), api.programme(episodeId), api.exercises()]);
    return { ...episode, programme, library };
  }, [episodeId]);
  return (
    <section className="narrow-wide">
      <Show resource={data} what="the programme">
        {(d) => (
          <>
            <div className="page-head">
              <h1>Exercise programme: {d.file.patient.name ?? 'patient'}</h1>
              <Link to={`/patients/${d.file.patient.id}`}>Back to the patient</Link>
            </div>
            {saved && <p className="notice" role="status">{saved}</p>}
            {/* A new key after each save, so the editor starts from the version just saved. */}
            <Builder key={d.programme.versions.length} data={d} onSaved={(message) => { setSaved(message); data.reload(); }} />
            {d.assessment.selfManagement && (
              <section className="card" aria-labelledby="self-h">
                <h2 id="self-h">Self-management and the flare plan</h2>
                <ul className="reasons">{d.assessment.selfManagement.reasons.map((r) => <li key={r.text}>{r.text}</li>)}</ul>
              </section>
            )}
            <History programme={d.programme} library={d.library} />
          </>
        )}
      </Show>
    </section>
  );
}
