// A checkpoint: the engine's assessment with its reasons (where we are against the start and the
// goals, the outcome in words, whatever the engine returns), its recommendations, the conversation
// drafts, irritability graded again (the engine may ask for it: spec §4a.1), and the clinician's
// decision with a reason. Holding it stores the assessment as it is on the checkpoint's date (a plan
// may be dated ahead). A recommendation already chosen as the last decision is not offered again; a
// decision can be changed, and a checkpoint held in error removed with a reason.
import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Assessment, Irritability, RecommendationCode, Reason, StoredCheckpoint } from '../client/types.ts';
import { FlagBadges, GoalBar } from '../components/bits.tsx';
import { DownloadButton } from '../components/download-button.tsx';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { IrritabilityGradeField } from '../components/irritability-grade.tsx';
import { RemovedList, RemoveRecord } from '../components/remove-record.tsx';
import { ErrorMessage, Show } from '../components/status.tsx';
import { documentPath } from '../documents.ts';
import { loadEpisode, today, type EpisodeData } from '../episode-data.ts';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { checkpointOutcomeLabel, labelOf, phaseLabel, recommendationLabel, reliefTrendLabel } from '../words.ts';
import { goalUnit } from './patient-page.tsx';

/** The last decision taken at a checkpoint that stands: what was chosen, and when. */
export function lastDecision(checkpoints: readonly StoredCheckpoint[]): { code: RecommendationCode; date: string } | null {
  const decided = checkpoints.filter((c) => c.decision).sort((a, b) => b.date.localeCompare(a.date));
  const last = decided[0];
  return last?.decision ? { code: last.decision.code, date: last.date } : null;
}

function Reasons({ reasons }: { reasons: readonly Reason[] }): ReactElement | null {
  if (reasons.length === 0) return null;
  return <ul className="reasons">{reasons.map((r, i) => <li key={`${r.rule}-${i}`}>{r.text}</li>)}</ul>;
}

export function AssessmentView({ assessment, data }: { assessment: Assessment; data: EpisodeData }): ReactElement {
  const c = assessment.checkpoint;
  const decided = lastDecision(data.file.checkpoints);
  const offered = assessment.recommendations.filter((r) => r.code !== decided?.code);
  const alreadyChosen = assessment.recommendations.find((r) => r.code === decided?.code);
  return (
    <>
      <section className="card" aria-labelledby="where-h">
        <h2 id="where-h">Where we are ({assessment.asOf})</h2>
        <p><strong>Checkpoint outcome: {checkpointOutcomeLabel[c.outcome]}</strong>. {c.sessionsSinceLast} sessions since the last checkpoint{c.lastHeld ? ` (${c.lastHeld})` : ''}; due {c.due}{c.overdue ? ', overdue' : ''}.</p>
        <Reasons reasons={c.reasons} />
        <p><strong>Phase: {phaseLabel[assessment.phase]}</strong></p>
        <Reasons reasons={assessment.phaseHistory.at(-1)?.reasons ?? []} />
        <p><strong>Relief window: {labelOf(reliefTrendLabel, assessment.reliefWindowTrend.value)}</strong></p>
        <Reasons reasons={assessment.reliefWindowTrend.reasons} />
        {assessment.plateau && (<><p><strong>Plateau since {assessment.plateau.since}</strong></p><Reasons reasons={assessment.plateau.reasons} /></>)}
        <p><strong>Flags</strong></p><FlagBadges flags={assessment.flags.map((f) => f.code)} />
        {assessment.goals.map((g) => <GoalBar key={g.goalId} label={g.activity} baseline={g.baseline} current={g.current} target={g.target} unit={goalUnit(data.file, g.goalId)} />)}
      </section>
      <section className="card" aria-labelledby="recs-h">
        <h2 id="recs-h">Recommendations</h2>
        {offered.length === 0 && <p className="muted">None beyond what was decided.</p>}
        <ol>
          {offered.map((r) => <li key={r.code}><strong>{recommendationLabel[r.code]}</strong><Reasons reasons={r.reasons} /></li>)}
        </ol>
        {alreadyChosen && decided && <p className="notice">Already decided at the checkpoint of {decided.date}: {recommendationLabel[decided.code]}. It is not offered again.</p>}
      </section>
      <section className="card" aria-labelledby="talk-h">
        <h2 id="talk-h">What you can say</h2>
        {assessment.conversations.length === 0 && <p className="muted">No conversation draft for this situation.</p>}
        {assessment.conversations.map((draft) => (
          <div key={draft.situation}>
            <h3>{draft.title}</h3>
            <blockquote className="draft">{draft.text}</blockquote>
          </div>
        ))}
      </section>
    </>
  );
}

/** Grade irritability again at this checkpoint; the assessment above is read again with the new grade. */
function Regrade({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const form = useFormState();
  const [grade, setGrade] = useState<Irritability | ''>(data.assessment.screening.irritability.current?.grade ?? 'moderate');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const asked = data.assessment.recommendations.some((r) => r.code === 'regrade-irritability');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (grade === '') return;
    const stored = await form.run(() => api.gradeIrritability(data.file.episode.id, { date, grade, context: 'checkpoint', ...(note.trim() ? { note: note.trim() } : {}) }));
    if (stored) {
      setSaved(`Irritability graded ${stored.grade} on ${stored.date}.`);
      setNote('');
      onSaved();
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="regrade-h">
      <h2 id="regrade-h">Grade irritability again</h2>
      {asked && <p className="warning">The engine asks for a new grade: see its recommendation above.</p>}
      <div className="row">
        <IrritabilityGradeField current={data.assessment.screening.irritability.current} value={grade} onChange={setGrade} error={form.error} optional={false} />
        <Field label="Graded on" path="date" error={form.error}>{(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
      </div>
      <Field label="What it was judged from (optional)" path="note" error={form.error}>{(a) => <textarea {...a} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      {form.error && <ErrorMessage error={form.error} what="save the grade" />}
      {saved && <p className="notice" role="status">{saved}</p>}
      <button type="submit" disabled={form.busy}>{form.busy ? 'Saving…' : 'Save the grade'}</button>
    </form>
  );
}

function Decision({ data, onHeld }: { data: EpisodeData; onHeld: () => void }): ReactElement {
  const form = useFormState();
  const decided = lastDecision(data.file.checkpoints);
  const offered = data.assessment.recommendations.filter((r) => r.code !== decided?.code);
  const first = offered[0]?.code ?? 'continue';
  const [date, setDate] = useState(today());
  const [code, setCode] = useState<RecommendationCode>(first);
  const [reason, setReason] = useState('');
  const [held, setHeld] = useState<string | null>(null);
  // Once a recommendation is decided it is no longer the one put forward.
  useEffect(() => { if (code === decided?.code) setCode(first); }, [decided?.code]);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const problems = [
      ...(date === '' ? [{ path: 'date', message: 'Enter the day of the checkpoint' }] : []),
      ...(reason.trim() === '' ? [{ path: 'decision.reason', message: 'Say why, in a sentence or two' }] : []),
    ];
    if (!form.check(problems)) return;
    const saved = await form.run(() => api.holdCheckpoint(data.file.episode.id, { date, decision: { code, reason: reason.trim() } }));
    if (saved) {
      setHeld(`Checkpoint held on ${saved.date}: ${recommendationLabel[code]}.`);
      setReason('');
      onHeld();
    }
  };
  return (
    <form ref={form.ref} className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="decision-h">
      <h2 id="decision-h">Decision</h2>
      <div className="row">
        <Field label="Checkpoint date" path="date" error={form.error}>{(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
        <Field label="Decision" path="decision.code" error={form.error}>
          {(a) => <select {...a} value={code} onChange={(e) => setCode(e.target.value as RecommendationCode)}>
            {(Object.keys(recommendationLabel) as RecommendationCode[]).map((c) => (
              <option key={c} value={c}>{recommendationLabel[c]}{offered.some((r) => r.code === c) ? ' (recommended)' : c === decided?.code ? ' (decided last time)' : ''}</option>
            ))}
          </select>}
        </Field>
      </div>
      <Field label="Reason" path="decision.reason" error={form.error} hint="Why this, in a sentence or two: it is kept with the checkpoint.">
        {(a) => <textarea {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {form.error && <ErrorMessage error={form.error} what="hold the checkpoint" />}
      {held && <p className="notice" role="status">{held}</p>}
      <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : 'Hold checkpoint'}</button>
    </form>
  );
}

function DecisionEdit({ checkpoint, onSaved, onCancel }: { checkpoint: StoredCheckpoint; onSaved: () => void; onCancel: () => void }): ReactElement {
  const form = useFormState();
  const [code, setCode] = useState<RecommendationCode>(checkpoint.decision?.code ?? 'continue');
  const [reason, setReason] = useState(checkpoint.decision?.reason ?? '');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!form.check(reason.trim() === '' ? [{ path: 'reason', message: 'Say why, in a sentence or two' }] : [])) return;
    const saved = await form.run(() => api.decideCheckpoint(checkpoint.id, { code, reason: reason.trim(), version: checkpoint.version }));
    if (saved) onSaved();
  };
  return (
    <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate aria-label={`Change the decision of ${checkpoint.date}`}>
      <Field label="Decision" path="code" error={form.error}>
        {(a) => <select {...a} value={code} onChange={(e) => setCode(e.target.value as RecommendationCode)}>
          {(Object.keys(recommendationLabel) as RecommendationCode[]).map((c) => <option key={c} value={c}>{recommendationLabel[c]}</option>)}
        </select>}
      </Field>
      <Field label="Reason" path="reason" error={form.error}>{(a) => <textarea {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      {form.error && <ErrorMessage error={form.error} what="change the decision" reload={onSaved} />}
      <div className="actions">
        <button type="submit" disabled={form.busy}>Save the decision</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function HeldCheckpoints({ data, onChanged }: { data: EpisodeData; onChanged: () => void }): ReactElement | null {
  const [editing, setEditing] = useState<string | null>(null);
  if (data.file.checkpoints.length === 0 && data.removed.checkpoints.length === 0) return null;
  const saved = (): void => { setEditing(null); onChanged(); };
  return (
    <section className="card" aria-labelledby="past-h">
      <h2 id="past-h">Checkpoints held</h2>
      <ul className="records">
        {[...data.file.checkpoints].sort((a, b) => b.date.localeCompare(a.date)).map((c) => (
          <li key={c.id}>
            {editing === c.id ? <DecisionEdit checkpoint={c} onSaved={saved} onCancel={() => setEditing(null)} /> : (
              <>
                <span>
                  {c.date}: {c.decision ? `${recommendationLabel[c.decision.code]}, because ${c.decision.reason}` : 'no decision yet'}
                  {c.settingsVersion !== undefined && <span className="muted"> (assessed under the clinic's settings version {c.settingsVersion})</span>}
                </span>
                <span className="record-actions">
                  <button type="button" className="small" onClick={() => setEditing(c.id)} aria-label={`${c.decision ? 'Change decision' : 'Decide'}: checkpoint of ${c.date}`}>{c.decision ? 'Change decision' : 'Decide'}</button>
                  <RemoveRecord kind="checkpoint" id={c.id} version={c.version} what={`the checkpoint of ${c.date}`} onRemoved={onChanged} />
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <RemovedList items={data.removed.checkpoints.map((c) => ({ key: c.id, text: `Checkpoint of ${c.date}`, removed: c.removed }))} />
    </section>
  );
}

export function CheckpointPage({ episodeId }: { episodeId: string }): ReactElement {
  const data = useResource(() => loadEpisode(episodeId), [episodeId]);
  return (
    <section>
      <Show resource={data} what="the assessment">
        {(d) => (
          <>
            <div className="page-head">
              <h1>Checkpoint: {d.file.patient.name ?? 'patient'}</h1>
              <Link to={`/patients/${d.file.patient.id}`}>Back to the patient</Link>
            </div>
            <div className="actions" role="group" aria-label="Documents">
              <DownloadButton path={documentPath(d.file.episode.id, 'progress-report')} label="Progress report for the payer (PDF)" what="the progress report" />
            </div>
            <AssessmentView assessment={d.assessment} data={d} />
            <Regrade data={d} onSaved={data.reload} />
            <Decision data={d} onHeld={data.reload} />
            <HeldCheckpoints data={d} onChanged={data.reload} />
          </>
        )}
      </Show>
    </section>
  );
}
