// The intake: goals and measures (each saved as its own record, each correctable and removable), then
// in one save the red-flag screen, irritability, prior treatments, imaging reports and whether the
// intake is finished. The engine's view of it (screening reasons, suggested irritability, imaging in
// age context) shows after each save. The page reads its data once (the episode overview).
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Intake, PriorTreatment } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { dateProblems, useFormState } from '../components/form-state.ts';
import { ErrorMessage, Show } from '../components/status.tsx';
import { loadEpisode, today, type EpisodeData } from '../episode-data.ts';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { irritabilityInputLabel, irritabilityLabel, phaseLabel, priorOutcomeLabel, priorTreatmentLabel } from '../words.ts';
import { IntakeGoals } from './intake-goals.tsx';
import { IntakeImaging, ImagingInContext, imagingBody, imagingDraftOf, type ImagingDraft } from './intake-imaging.tsx';
import { IntakeMeasures } from './intake-measures.tsx';
import { RedFlagScreenFields, screenBody, screenDraftOf, screenProblems } from './red-flag-screen.tsx';

const kinds = Object.keys(priorTreatmentLabel) as PriorTreatment['kind'][];
const outcomes = Object.keys(priorOutcomeLabel) as PriorTreatment['outcome'][];
type Inputs = NonNullable<Intake['irritability']['inputs']>;

function ScreeningForm({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const { file } = data;
  const form = useFormState();
  const [intake, setIntake] = useState<Omit<Intake, 'redFlags' | 'imaging'>>(() => {
    const { redFlags: _r, imaging: _i, ...rest } = file.intake;
    return rest;
  });
  const [screen, setScreen] = useState(() => screenDraftOf(file.intake.redFlags, today()));
  const [imaging, setImaging] = useState<ImagingDraft[]>(() => imagingDraftOf(file.intake.imaging));
  const inputs = intake.irritability.inputs;
  const setInputs = (change: Partial<Inputs>): void =>
    setIntake({ ...intake, irritability: { ...intake.irritability, inputs: { painNow: 0, nightOrRestPain: 'none', provocation: 'moderate-activity', settleHours: 0, ...inputs, ...change } } });

  const save = async (event: FormEvent, finish: boolean): Promise<void> => {
    event.preventDefault();
    const day = today();
    const problems = [
      ...(screen.touched ? dateProblems('redFlags.date', screen.date, day, { label: 'the day of the screen' }) : []),
      ...screenProblems(screen, data.redFlagItems),
      ...imaging.flatMap((r, i) => (r.removed ? [] : dateProblems(`imaging[${i}].date`, r.date, day, { label: 'the day of the scan' }))),
      ...imaging.flatMap((r, i) => (r.removed || r.text.trim() !== '' ? [] : [{ path: `imaging[${i}].text`, message: 'Paste the report text' }])),
    ];
    if (!form.check(problems)) return;
    const redFlags = screenBody(screen);
    const saved = await form.run(() => api.saveIntake(file.episode.id, {
      ...intake,
      ...(finish ? { completedOn: intake.completedOn ?? day } : {}),
      ...(redFlags ? { redFlags } : {}),
      imaging: imagingBody(imaging) as Intake['imaging'],
      version: file.episode.version,
    }));
    if (saved) onSaved();
  };

  const s = data.assessment.screening;
  const itemWords = (path: string): string | undefined => data.redFlagItems.find((item) => path === `redFlags.answers.${item.code}`)?.question;
  return (
    <form ref={form.ref} onSubmit={(e) => void save(e, false)} noValidate aria-label="Screens and history">
      <section className="card" aria-labelledby="red-flags-h">
        <h2 id="red-flags-h">Red-flag screen</h2>
        <RedFlagScreenFields draft={screen} onChange={setScreen} items={data.redFlagItems} error={form.error} />
        {s.redFlags.reasons.length > 0 && <ul className="reasons" aria-label="What the engine read in the screen">{s.redFlags.reasons.map((r) => <li key={r.text}>{r.text}</li>)}</ul>}
      </section>

      <section className="card" aria-labelledby="irritability-h">
        <h2 id="irritability-h">Irritability</h2>
        <div className="row">
          <Field label="Pain now (0-10)" path="irritability.inputs.painNow" error={form.error}>
            {(a) => <input {...a} type="number" min="0" max="10" value={inputs?.painNow ?? ''} onChange={(e) => setInputs({ painNow: Number(e.target.value) })} />}
          </Field>
          <Field label="Night or rest pain" path="irritability.inputs.nightOrRestPain" error={form.error}>
            {(a) => <select {...a} value={inputs?.nightOrRestPain ?? 'none'} onChange={(e) => setInputs({ nightOrRestPain: e.target.value as Inputs['nightOrRestPain'] })}>
              {(Object.entries(irritabilityInputLabel.nightOrRestPain)).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>}
          </Field>
          <Field label="Provoked by" path="irritability.inputs.provocation" error={form.error}>
            {(a) => <select {...a} value={inputs?.provocation ?? 'moderate-activity'} onChange={(e) => setInputs({ provocation: e.target.value as Inputs['provocation'] })}>
              {(Object.entries(irritabilityInputLabel.provocation)).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>}
          </Field>
          <Field label="Hours to settle" path="irritability.inputs.settleHours" error={form.error}>
            {(a) => <input {...a} type="number" min="0" value={inputs?.settleHours ?? ''} onChange={(e) => setInputs({ settleHours: Number(e.target.value) })} />}
          </Field>
        </div>
        {s.irritability.suggestion && <p className="hint">Suggested from the last save: <strong>{irritabilityLabel[s.irritability.suggestion.grade]}</strong>. {s.irritability.suggestion.note}</p>}
        <Field label="Confirmed grade (the engine uses only this)" path="irritability.confirmed" error={form.error}>
          {(a) => <select {...a} value={intake.irritability.confirmed ?? ''} onChange={(e) => setIntake({ ...intake, irritability: { ...intake.irritability, confirmed: e.target.value === '' ? null : e.target.value as 'low', confirmedOn: today() } })}>
            <option value="">Not confirmed</option>
            {(Object.keys(irritabilityLabel) as (keyof typeof irritabilityLabel)[]).map((grade) => <option key={grade} value={grade}>{irritabilityLabel[grade]}</option>)}
          </select>}
        </Field>
      </section>

      <section className="card" aria-labelledby="prior-h">
        <h2 id="prior-h">Prior treatments</h2>
        {intake.priorTreatments.map((t, i) => (
          <div className="row" key={i}>
            <Field label="Kind" path={`priorTreatments[${i}].kind`} error={form.error}>
              {(a) => <select {...a} value={t.kind} onChange={(e) => setIntake({ ...intake, priorTreatments: intake.priorTreatments.map((x, j) => (j === i ? { ...x, kind: e.target.value as PriorTreatment['kind'] } : x)) })}>{kinds.map((k) => <option key={k} value={k}>{priorTreatmentLabel[k]}</option>)}</select>}
            </Field>
            <Field label="Outcome" path={`priorTreatments[${i}].outcome`} error={form.error}>
              {(a) => <select {...a} value={t.outcome} onChange={(e) => setIntake({ ...intake, priorTreatments: intake.priorTreatments.map((x, j) => (j === i ? { ...x, outcome: e.target.value as PriorTreatment['outcome'] } : x)) })}>{outcomes.map((o) => <option key={o} value={o}>{priorOutcomeLabel[o]}</option>)}</select>}
            </Field>
            <Field label="Weeks" path={`priorTreatments[${i}].durationWeeks`} error={form.error}>
              {(a) => <input {...a} type="number" min="0" value={t.durationWeeks ?? ''} onChange={(e) => setIntake({ ...intake, priorTreatments: intake.priorTreatments.map((x, j) => (j === i ? { ...x, durationWeeks: e.target.value === '' ? undefined : Number(e.target.value) } : x)) })} />}
            </Field>
            <button type="button" onClick={() => setIntake({ ...intake, priorTreatments: intake.priorTreatments.filter((_, j) => j !== i) })}>Take out</button>
          </div>
        ))}
        <button type="button" onClick={() => setIntake({ ...intake, priorTreatments: [...intake.priorTreatments, { kind: 'exercise-program', outcome: 'no-change' }] })}>Add a prior treatment</button>
      </section>

      <IntakeImaging reports={imaging} onChange={setImaging} error={form.error} />

      {form.error && <ErrorMessage error={form.error} what="save the intake" reload={onSaved} labels={itemWords} />}
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
            <p className="muted" role="status">Phase now: {phaseLabel[d.assessment.phase]}. {d.assessment.phaseHistory.at(-1)?.reasons[0]?.text}</p>
            <div className="grid">
              <IntakeGoals data={d} onSaved={data.reload} />
              <IntakeMeasures data={d} onSaved={data.reload} />
            </div>
            <ScreeningForm key={d.file.episode.version} data={d} onSaved={data.reload} />
            <ImagingInContext reports={d.imaging} />
          </>
        )}
      </Show>
    </section>
  );
}
