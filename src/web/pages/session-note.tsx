// A session note: when it started (a date, and the time if known), what was given and for how long
// (passive and active), the response since the last session (days of relief, soreness), exam findings
// against each goal, and irritability graded again if the clinician did (spec §4a.1, §4a.3). The same
// form corrects a session already recorded (with the version read: someone else's change meanwhile
// asks for a reload). A session date after today is refused.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Irritability, ModalityCode, StoredSession } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { dateProblems, optionalNumber, useFormState } from '../components/form-state.ts';
import { IrritabilityGradeField } from '../components/irritability-grade.tsx';
import { WhenFields, whenValue, type When } from '../components/when-fields.tsx';
import { EpisodePage } from '../components/episode-page.tsx';
import { ErrorMessage } from '../components/status.tsx';
import { today, type EpisodeData } from '../episode-data.ts';
import { navigate } from '../router.tsx';
import { modalityKind, modalityLabel } from '../words.ts';
import { goalUnit } from './patient-page.tsx';

const modalities = Object.keys(modalityLabel) as ModalityCode[];
const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

function SessionForm({ data, session, reload }: { data: EpisodeData; session?: StoredSession; reload: () => void }): ReactElement {
  const { file } = data;
  const form = useFormState();
  // A session's time of day was written with the clinic's offset, so its characters 11-16 are the clinic's wall time.
  const recorded: When = session ? { date: session.date.slice(0, 10), time: session.date.length > 10 ? session.date.slice(11, 16) : '' } : { date: today(), time: '' };
  const [when, setWhen] = useState<When>(recorded);
  const [grade, setGrade] = useState<Irritability | ''>('');
  const [sessionSaved, setSessionSaved] = useState<{ id: string; day: string } | null>(null);
  const [given, setGiven] = useState<{ modality: ModalityCode; minutes: string }[]>(
    session ? session.modalities.map((m) => ({ modality: m.modality, minutes: String(m.minutes) })) : [{ modality: 'dry-needling', minutes: '20' }],
  );
  const [reliefDays, setReliefDays] = useState(text(session?.responseSinceLastSession?.reliefDays));
  const [soreness, setSoreness] = useState(text(session?.responseSinceLastSession?.soreness));
  const [findings, setFindings] = useState<Record<string, string>>(() => Object.fromEntries((session?.findings ?? []).map((f) => [f.goalId, String(f.value)])));
  const [notes, setNotes] = useState(session?.notes ?? '');
  const passive = given.filter((g) => modalityKind[g.modality] === 'passive').reduce((t, g) => t + (Number(g.minutes) || 0), 0);
  const active = given.filter((g) => modalityKind[g.modality] === 'active').reduce((t, g) => t + (Number(g.minutes) || 0), 0);

  /** Irritability graded at this session, once the session exists (its id is the grade's context). */
  const saveGrade = async (graded: { id: string; day: string }): Promise<boolean> => {
    if (grade === '') return true;
    const saved = await form.run(() => api.gradeIrritability(file.episode.id, { date: graded.day, grade, context: 'session', contextId: graded.id }));
    return saved !== undefined;
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    // A session already saved whose grade failed: only the grade is tried again.
    if (sessionSaved) {
      if (await saveGrade(sessionSaved)) navigate(`/patients/${file.patient.id}`);
      return;
    }
    const relief = optionalNumber(reliefDays);
    const sore = optionalNumber(soreness);
    const problems = [
      ...dateProblems('date', when.date, today(), { label: 'the day of the session' }),
      ...given.flatMap((g, i) => (/^\d+$/.test(g.minutes.trim()) && Number(g.minutes) >= 1 ? [] : [{ path: `modalities[${i}].minutes`, message: 'Enter the minutes as a whole number, 1 or more' }])),
      ...(relief !== undefined && !(relief >= 0) ? [{ path: 'responseSinceLastSession.reliefDays', message: 'Enter the days as a number, 0 or more' }] : []),
      ...(sore !== undefined && !(sore >= 0 && sore <= 10) ? [{ path: 'responseSinceLastSession.soreness', message: 'Enter soreness from 0 to 10' }] : []),
    ];
    if (!form.check(problems)) return;
    // A correction keeps the date as recorded (with its offset) when its day and time are unchanged.
    const unchanged = session && when.date === recorded.date && when.time === recorded.time;
    // Findings for goals removed since stay as they were; the others come from the form.
    const kept = (session?.findings ?? []).filter((f) => !file.goals.some((g) => g.id === f.goalId));
    const body = {
      date: unchanged ? session.date : whenValue(when),
      modalities: given.map((g) => ({ modality: g.modality, minutes: Number(g.minutes) })),
      ...(relief === undefined && sore === undefined ? {} : { responseSinceLastSession: { reliefDays: relief ?? null, ...(sore === undefined ? {} : { soreness: sore }) } }),
      findings: [...kept, ...file.goals.filter((g) => (findings[g.id] ?? '') !== '').map((g) => ({ goalId: g.id, value: Number(findings[g.id]) }))],
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      ...(session?.clinicianId ? { clinicianId: session.clinicianId } : {}),
    };
    const saved = await form.run(() => (session ? api.editSession(session.id, { ...body, version: session.version }) : api.addSession(file.episode.id, body)));
    if (!saved) return;
    const savedSession = { id: saved.id, day: saved.date.slice(0, 10) };
    setSessionSaved(savedSession);
    if (await saveGrade(savedSession)) navigate(`/patients/${file.patient.id}`);
  };

  return (
    <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate aria-label={session ? 'Correct the session' : 'Session note'}>
      <section className="card">
        <WhenFields label="Date" timeLabel="Start time" value={when} onChange={setWhen} path="date" error={form.error} />
        <h2>Given in this session</h2>
        {given.map((g, i) => (
          <div className="row" key={i}>
            <Field label="Modality" path={`modalities[${i}].modality`} error={form.error}>
              {(a) => <select {...a} value={g.modality} onChange={(e) => setGiven(given.map((x, j) => (j === i ? { ...x, modality: e.target.value as ModalityCode } : x)))}>
                {modalities.map((m) => <option key={m} value={m}>{modalityLabel[m]} ({modalityKind[m]})</option>)}
              </select>}
            </Field>
            <Field label="Minutes" path={`modalities[${i}].minutes`} error={form.error}>
              {(a) => <input {...a} type="number" min="1" inputMode="numeric" value={g.minutes} onChange={(e) => setGiven(given.map((x, j) => (j === i ? { ...x, minutes: e.target.value } : x)))} />}
            </Field>
            <button type="button" onClick={() => setGiven(given.filter((_, j) => j !== i))} aria-label={`Remove ${modalityLabel[g.modality]}`}>Remove</button>
          </div>
        ))}
        <button type="button" onClick={() => setGiven([...given, { modality: 'corrective-exercise', minutes: '15' }])}>Add a modality</button>
        <p className="muted" role="status">Passive {passive} min, active {active} min{passive + active > 0 ? ` (passive share ${Math.round((passive / (passive + active)) * 100)}%)` : ''}.</p>
      </section>
      <section className="card">
        <h2>Response since the last session</h2>
        <div className="row">
          <Field label="Days of clear relief" path="responseSinceLastSession.reliefDays" error={form.error} hint="Leave empty if not known">
            {(a) => <input {...a} type="number" min="0" inputMode="numeric" value={reliefDays} onChange={(e) => setReliefDays(e.target.value)} />}
          </Field>
          <Field label="Peak soreness (0-10)" path="responseSinceLastSession.soreness" error={form.error}>
            {(a) => <input {...a} type="number" min="0" max="10" inputMode="numeric" value={soreness} onChange={(e) => setSoreness(e.target.value)} />}
          </Field>
        </div>
      </section>
      <section className="card">
        <h2>Findings against each goal</h2>
        {file.goals.length === 0 && <p className="muted">No goals yet.</p>}
        {file.goals.map((g, i) => (
          <Field key={g.id} label={`${g.activity} (${goalUnit(file, g.id)}; baseline ${g.baseline}, target ${g.target})`} path={`findings[${i}].value`} error={form.error}>
            {(a) => <input {...a} type="number" min="0" step="any" inputMode="decimal" value={findings[g.id] ?? ''} onChange={(e) => setFindings({ ...findings, [g.id]: e.target.value })} />}
          </Field>
        ))}
        <Field label="Notes" path="notes" error={form.error}>{(a) => <textarea {...a} value={notes} onChange={(e) => setNotes(e.target.value)} />}</Field>
      </section>
      <section className="card" aria-labelledby="regrade-h">
        <h2 id="regrade-h">Irritability</h2>
        <p className="muted">Grade it again if you judged it at this session; the intake grade stays as it was.</p>
        <IrritabilityGradeField current={data.assessment.screening.irritability.current} value={grade} onChange={setGrade} error={form.error} optional />
      </section>
      {sessionSaved && <p className="warning" role="status">The session is saved; the irritability grade is not yet. Save again to retry it.</p>}
      {form.error && <ErrorMessage error={form.error} what="save the session" reload={reload} />}
      <button type="submit" className="primary" disabled={form.busy}>{form.busy ? 'Saving…' : sessionSaved ? 'Save the grade' : session ? 'Save the correction' : 'Save session'}</button>
    </form>
  );
}

export function SessionNotePage({ episodeId, sessionId }: { episodeId: string; sessionId?: string }): ReactElement {
  return (
    <EpisodePage episodeId={episodeId} title={(d) => {
      const session = sessionId === undefined ? undefined : d.file.sessions.find((s) => s.id === sessionId);
      return session ? `Correct the session of ${session.date.slice(0, 10)}` : 'Session note';
    }} className="narrow-wide">
      {(d, reload) => {
        const session = sessionId === undefined ? undefined : d.file.sessions.find((s) => s.id === sessionId);
        if (sessionId !== undefined && !session) return <p>This session is not in this episode, or it was removed.</p>;
        return <SessionForm key={session ? `${session.id}-${session.version}` : 'new'} data={d} reload={reload} {...(session ? { session } : {})} />;
      }}
    </EpisodePage>
  );
}
