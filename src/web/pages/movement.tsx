// The movement assessment (spec §4b): the six patterns, walking and sustained positions, each rated
// for quality (0 unable to 3 well), pain during (0-10) and what was tolerated, with a note. Taken at
// intake (or skipped with a reason when irritability is high) and at checkpoints; the patterns over
// time are shown below.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { MovementAssessment, MovementPattern, PatternRating } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { optionalNumber, useFormState } from '../components/form-state.ts';
import { ErrorMessage, Show } from '../components/status.tsx';
import { loadEpisode, today, type EpisodeData } from '../episode-data.ts';
import { MovementTable } from '../programme/movement-table.tsx';
import { patternLabel, qualityLabel } from '../programme/words.ts';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';

const patterns = Object.keys(patternLabel) as MovementPattern[];
interface RowDraft { quality: string; pain: string; kg: string; repetitions: string; seconds: string; metres: string; note: string }
const emptyRow: RowDraft = { quality: '', pain: '', kg: '', repetitions: '', seconds: '', metres: '', note: '' };

function toRating(pattern: MovementPattern, row: RowDraft): PatternRating {
  const tolerated = Object.fromEntries((['kg', 'repetitions', 'seconds', 'metres'] as const).flatMap((k) => {
    const v = optionalNumber(row[k]);
    return v === undefined ? [] : [[k, v]];
  }));
  return {
    pattern, quality: Number(row.quality), painDuring: row.pain === '' ? Number.NaN : Number(row.pain),
    ...(Object.keys(tolerated).length > 0 ? { tolerated } : {}), ...(row.note.trim() ? { note: row.note.trim() } : {}),
  };
}

function AssessmentForm({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const { file, assessment } = data;
  const form = useFormState();
  const [date, setDate] = useState(today());
  const [context, setContext] = useState<MovementAssessment['context']>(file.movementAssessments.length === 0 ? 'intake' : 'checkpoint');
  const [skip, setSkip] = useState('');
  const [rows, setRows] = useState<Record<string, RowDraft>>({});
  const highIrritability = assessment.screening.irritability.confirmed === 'high';
  const rated = patterns.filter((p) => (rows[p]?.quality ?? '') !== '');
  const set = (p: MovementPattern, change: Partial<RowDraft>): void => setRows({ ...rows, [p]: { ...(rows[p] ?? emptyRow), ...change } });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const saved = await form.run(() => api.addMovementAssessment(file.episode.id, {
      date, context, ...(skip.trim() ? { skippedReason: skip.trim(), ratings: [] } : { ratings: rated.map((p) => toRating(p, rows[p] ?? emptyRow)) }),
    }));
    if (saved) {
      setRows({});
      setSkip('');
      onSaved();
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label="Movement assessment">
      <div className="row">
        <Field label="Date" path="date" error={form.error}>{(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
        <Field label="Taken at" path="context" error={form.error}>
          {(a) => <select {...a} value={context} onChange={(e) => setContext(e.target.value as MovementAssessment['context'])}>
            <option value="intake">Intake</option><option value="checkpoint">Checkpoint</option><option value="session">Session</option><option value="other">Other</option>
          </select>}
        </Field>
      </div>
      {highIrritability && <p className="warning">Irritability is confirmed high: you may skip the assessment today and say why.</p>}
      <Field label="Skipped? Say why (leave empty to rate the patterns)" path="skippedReason" error={form.error}>
        {(a) => <input {...a} value={skip} onChange={(e) => setSkip(e.target.value)} />}
      </Field>
      {skip.trim() === '' && patterns.map((p) => {
        const row = rows[p] ?? emptyRow;
        const i = rated.indexOf(p);
        const path = `ratings[${i}]`;
        return (
          <fieldset key={p}>
            <legend>{patternLabel[p]}</legend>
            <div className="row">
              <Field label="Quality" path={`${path}.quality`} error={i < 0 ? null : form.error}>
                {(a) => <select {...a} value={row.quality} onChange={(e) => set(p, { quality: e.target.value })}>
                  <option value="">Not rated</option>{qualityLabel.map((label, q) => <option key={label} value={String(q)}>{label}</option>)}
                </select>}
              </Field>
              <Field label="Pain during (0-10)" path={`${path}.painDuring`} error={i < 0 ? null : form.error}>
                {(a) => <input {...a} type="number" min="0" max="10" inputMode="numeric" value={row.pain} onChange={(e) => set(p, { pain: e.target.value })} />}
              </Field>
              <Field label="kg" path={`${path}.tolerated.kg`} error={i < 0 ? null : form.error}>{(a) => <input {...a} type="number" min="0" inputMode="decimal" value={row.kg} onChange={(e) => set(p, { kg: e.target.value })} />}</Field>
              <Field label="Reps" path={`${path}.tolerated.repetitions`} error={i < 0 ? null : form.error}>{(a) => <input {...a} type="number" min="0" inputMode="numeric" value={row.repetitions} onChange={(e) => set(p, { repetitions: e.target.value })} />}</Field>
              <Field label="Seconds" path={`${path}.tolerated.seconds`} error={i < 0 ? null : form.error}>{(a) => <input {...a} type="number" min="0" inputMode="numeric" value={row.seconds} onChange={(e) => set(p, { seconds: e.target.value })} />}</Field>
              <Field label="Metres" path={`${path}.tolerated.metres`} error={i < 0 ? null : form.error}>{(a) => <input {...a} type="number" min="0" inputMode="numeric" value={row.metres} onChange={(e) => set(p, { metres: e.target.value })} />}</Field>
            </div>
            <Field label="Note" path={`${path}.note`} error={i < 0 ? null : form.error}>{(a) => <input {...a} value={row.note} onChange={(e) => set(p, { note: e.target.value })} />}</Field>
          </fieldset>
        );
      })}
      {form.error && <ErrorMessage error={form.error} what="save the movement assessment" />}
      <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save assessment'}</button>
    </form>
  );
}

export function MovementPage({ episodeId }: { episodeId: string }): ReactElement {
  const data = useResource(() => loadEpisode(episodeId), [episodeId]);
  return (
    <section className="narrow-wide">
      <Show resource={data} what="the episode">
        {(d) => (
          <>
            <div className="page-head">
              <h1>Movement assessment: {d.file.patient.name ?? 'patient'}</h1>
              <Link to={`/patients/${d.file.patient.id}`}>Back to the patient</Link>
            </div>
            <AssessmentForm data={d} onSaved={data.reload} />
            <section className="card" aria-labelledby="patterns-h">
              <h2 id="patterns-h">Patterns over time</h2>
              <MovementTable assessments={d.file.movementAssessments} />
            </section>
          </>
        )}
      </Show>
    </section>
  );
}
