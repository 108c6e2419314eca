// The intake: goals and measures (each saved as its own record), then in one save the red-flag
// screen, irritability, prior treatments, imaging reports and whether the intake is finished. The
// engine's view of it (screening reasons, suggested irritability, imaging in age context) shows
// below after each save.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Intake, PriorTreatment, RedFlagCode } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage, Show } from '../components/status.tsx';
import { loadEpisode, today, type EpisodeData } from '../episode-data.ts';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { redFlagQuestion, words } from '../words.ts';
import { IntakeGoals } from './intake-goals.tsx';
import { IntakeImaging, ImagingInContext } from './intake-imaging.tsx';
import { IntakeMeasures } from './intake-measures.tsx';

const kinds: PriorTreatment['kind'][] = ['exercise-program', 'physiotherapy', 'graded-activity', 'manual-therapy', 'chiropractic', 'massage', 'acupuncture', 'dry-needling', 'medication', 'injection', 'surgery', 'psychological-therapy', 'other'];
const outcomes: PriorTreatment['outcome'][] = ['helped', 'no-change', 'made-worse', 'flare'];

function ScreeningForm({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const { file } = data;
  const form = useFormState();
  const [intake, setIntake] = useState<Intake>(() => ({
    ...file.intake,
    redFlags: file.intake.redFlags ?? { date: today(), answers: [] },
  }));
  const present = new Set(intake.redFlags?.answers.filter((a) => a.present).map((a) => a.item));
  const toggle = (code: RedFlagCode, on: boolean): void => {
    const answers = (Object.keys(redFlagQuestion) as RedFlagCode[]).map((item) => ({ item, present: item === code ? on : present.has(item) }));
    setIntake({ ...intake, redFlags: { date: intake.redFlags?.date ?? today(), ...(intake.redFlags?.clearance ? { clearance: intake.redFlags.clearance } : {}), answers } });
  };
  const inputs = intake.irritability.inputs;
  const setInputs = (change: Partial<NonNullable<typeof inputs>>): void =>
    setIntake({ ...intake, irritability: { ...intake.irritability, inputs: { painNow: 0, nightOrRestPain: 'none', provocation: 'moderate-activity', settleHours: 0, ...inputs, ...change } } });

  const save = async (event: FormEvent, finish: boolean): Promise<void> => {
    event.preventDefault();
    const body: Intake & { version: number } = {
      ...intake,
      ...(finish ? { completedOn: intake.completedOn ?? today() } : {}),
      // The answers are sent in full so a "no" is recorded as asked, not left out.
      redFlags: { ...(intake.redFlags ?? { date: today(), answers: [] }), answers: (Object.keys(redFlagQuestion) as RedFlagCode[]).map((item) => ({ item, present: present.has(item) })) },
      version: file.episode.version,
    };
    const saved = await form.run(() => api.saveIntake(file.episode.id, body));
    if (saved) onSaved();
  };

  const s = data.assessment.screening;
  return (
    <form onSubmit={(e) => void save(e, false)} noValidate aria-label="Screens and history">
      <section className="card" aria-labelledby="red-flags-h">
        <h2 id="red-flags-h">Red-flag screen</h2>
        <Field label="Screened on" path="redFlags.date" error={form.error}>
          {(a) => <input {...a} type="date" value={intake.redFlags?.date ?? ''} onChange={(e) => setIntake({ ...intake, redFlags: { answers: [], ...intake.redFlags, date: e.target.value } })} />}
        </Field>
        <fieldset>
          <legend>Tick each sign that is present</legend>
          {(Object.keys(redFlagQuestion) as RedFlagCode[]).map((code) => (
            <label key={code} className="check">
              <input type="checkbox" checked={present.has(code)} onChange={(e) => toggle(code, e.target.checked)} />
              {' '}{redFlagQuestion[code].question} <span className="muted">({redFlagQuestion[code].tier})</span>
            </label>
          ))}
        </fieldset>
        {s.redFlags.reasons.length > 0 && <ul className="reasons">{s.redFlags.reasons.map((r) => <li key={r.text}>{r.text}</li>)}</ul>}
      </section>

      <section className="card" aria-labelledby="irritability-h">
        <h2 id="irritability-h">Irritability</h2>
        <div className="row">
          <Field label="Pain now (0-10)" path="irritability.inputs.painNow" error={form.error}>
            {(a) => <input {...a} type="number" min="0" max="10" value={inputs?.painNow ?? ''} onChange={(e) => setInputs({ painNow: Number(e.target.value) })} />}
          </Field>
          <Field label="Night or rest pain" path="irritability.inputs.nightOrRestPain" error={form.error}>
            {(a) => <select {...a} value={inputs?.nightOrRestPain ?? 'none'} onChange={(e) => setInputs({ nightOrRestPain: e.target.value as 'none' })}><option value="none">none</option><option value="intermittent">intermittent</option><option value="constant">constant</option></select>}
          </Field>
          <Field label="Provoked by" path="irritability.inputs.provocation" error={form.error}>
            {(a) => <select {...a} value={inputs?.provocation ?? 'moderate-activity'} onChange={(e) => setInputs({ provocation: e.target.value as 'moderate-activity' })}>
              <option value="minimal-activity">minimal activity</option><option value="moderate-activity">moderate activity</option><option value="sustained-or-heavy-activity">sustained or heavy activity</option>
            </select>}
          </Field>
          <Field label="Hours to settle" path="irritability.inputs.settleHours" error={form.error}>
            {(a) => <input {...a} type="number" min="0" value={inputs?.settleHours ?? ''} onChange={(e) => setInputs({ settleHours: Number(e.target.value) })} />}
          </Field>
        </div>
        {s.irritability.suggestion && <p className="hint">Suggested from the last save: <strong>{s.irritability.suggestion.grade}</strong>. {s.irritability.suggestion.note}</p>}
        <Field label="Confirmed grade (the engine uses only this)" path="irritability.confirmed" error={form.error}>
          {(a) => <select {...a} value={intake.irritability.confirmed ?? ''} onChange={(e) => setIntake({ ...intake, irritability: { ...intake.irritability, confirmed: e.target.value === '' ? null : e.target.value as 'low', confirmedOn: today() } })}>
            <option value="">not confirmed</option><option value="high">high</option><option value="moderate">moderate</option><option value="low">low</option>
          </select>}
        </Field>
      </section>

      <section className="card" aria-labelledby="prior-h">
        <h2 id="prior-h">Prior treatments</h2>
        {intake.priorTreatments.map((t, i) => (
          <div className="row" key={i}>
            <Field label="Kind" path={`priorTreatments[${i}].kind`} error={form.error}>
              {(a) => <select {...a} value={t.kind} onChange={(e) => setIntake({ ...intake, priorTreatments: intake.priorTreatments.map((x, j) => (j === i ? { ...x, kind: e.target.value as PriorTreatment['kind'] } : x)) })}>{kinds.map((k) => <option key={k} value={k}>{words(k)}</option>)}</select>}
            </Field>
            <Field label="Outcome" path={`priorTreatments[${i}].outcome`} error={form.error}>
              {(a) => <select {...a} value={t.outcome} onChange={(e) => setIntake({ ...intake, priorTreatments: intake.priorTreatments.map((x, j) => (j === i ? { ...x, outcome: e.target.value as PriorTreatment['outcome'] } : x)) })}>{outcomes.map((o) => <option key={o} value={o}>{words(o)}</option>)}</select>}
            </Field>
            <Field label="Weeks" path={`priorTreatments[${i}].durationWeeks`} error={form.error}>
              {(a) => <input {...a} type="number" min="0" value={t.durationWeeks ?? ''} onChange={(e) => setIntake({ ...intake, priorTreatments: intake.priorTreatments.map((x, j) => (j === i ? { ...x, durationWeeks: e.target.value === '' ? undefined : Number(e.target.value) } : x)) })} />}
            </Field>
            <button type="button" onClick={() => setIntake({ ...intake, priorTreatments: intake.priorTreatments.filter((_, j) => j !== i) })}>Remove</button>
          </div>
        ))}
        <button type="button" onClick={() => setIntake({ ...intake, priorTreatments: [...intake.priorTreatments, { kind: 'exercise-program', outcome: 'no-change' }] })}>Add a prior treatment</button>
      </section>

      <IntakeImaging intake={intake} setIntake={setIntake} error={form.error} />

      {form.error && <ErrorMessage error={form.error} what="save the intake" />}
      <div className="actions">
        <button type="submit" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save intake'}</button>
        <button type="button" className="primary" disabled={form.busy} onClick={(e) => void save(e, true)}>Save and finish intake</button>
      </div>
      {intake.completedOn && <p className="muted">Intake marked complete on {intake.completedOn}.</p>}
    </form>
  );
}

export function IntakePage({ episodeId }: { episodeId: string }): ReactElement {
  const data = useResource(() => loadEpisode(episodeId), [episodeId]);
  return (
    <section>
      <Show resource={data} what="the intake">
        {(d) => (
          <>
            <div className="page-head">
              <h1>Intake: {d.file.patient.name ?? 'patient'}</h1>
              <Link to={`/patients/${d.file.patient.id}`}>Back to the patient</Link>
            </div>
            <p className="muted" role="status">Phase now: {words(d.assessment.phase)}. {d.assessment.phaseHistory.at(-1)?.reasons[0]?.text}</p>
            <div className="grid">
              <IntakeGoals file={d.file} onSaved={data.reload} />
              <IntakeMeasures file={d.file} onSaved={data.reload} />
            </div>
            <ScreeningForm key={d.file.episode.version} data={d} onSaved={data.reload} />
            <ImagingInContext episodeId={episodeId} version={d.file.episode.version} />
          </>
        )}
      </Show>
    </section>
  );
}
