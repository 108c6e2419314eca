// Today's check-in, made for a phone and for under a minute: pain now, each goal by its own name,
// relief since the last session (while in care: care-state.ts), sleep, stress, home exercises and a note. It is kept on the phone
// first, with its idempotency key, and sent from there: offline it waits and goes later, once.
import { useState, type FormEvent, type ReactElement } from 'react';
import { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { CaseFileResponse, StoredGoal } from '../client/types.ts';
import { Choice, Field } from '../components/field.tsx';
import { ErrorMessage, Show } from '../components/status.tsx';
import { newIdempotencyKey, type CheckInBody } from '../offline/check-in-queue.ts';
import { useCheckInQueue, type QueueState } from '../offline/use-check-in-queue.ts';
import { useSession } from '../session.tsx';
import { useResource } from '../use-resource.ts';
import { emptyExerciseLog, ExerciseLog, type ExerciseLogValue } from './exercise-log.tsx';
import { loadMyEpisode, nowWithOffset } from './my-episode.ts';
import { careState, type CareState } from './care-state.ts';
import { today } from '../episode-data.ts';
import { Link } from '../router.tsx';

const scale = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

interface Draft {
  painNow?: string;
  goals: Record<string, string>;
  relief?: 'yes' | 'no';
  sleep?: string;
  stress?: string;
  hep?: 'yes' | 'partly' | 'no';
  log: ExerciseLogValue;
  note: string;
}

const emptyDraft: Draft = { goals: {}, log: emptyExerciseLog, note: '' };

function toBody(draft: Draft, goals: readonly StoredGoal[]): CheckInBody {
  const goalValues = goals
    .filter((g) => (draft.goals[g.id] ?? '') !== '')
    .map((g) => ({ goalId: g.id, value: Number(draft.goals[g.id]) }));
  return {
    date: nowWithOffset(),
    painNow: Number(draft.painNow),
    goals: goalValues,
    ...(draft.relief ? { reliefSinceLastSession: draft.relief === 'yes' } : {}),
    ...(draft.sleep !== undefined ? { sleepQuality: Number(draft.sleep) } : {}),
    ...(draft.stress !== undefined ? { stress: Number(draft.stress) } : {}),
    ...(draft.hep ? { hep: draft.hep } : {}),
    ...draft.log,
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  };
}

function GoalQuestion({ goal, index, value, onChange, error }: {
  goal: StoredGoal; index: number; value: string; onChange: (v: string) => void; error: ApiError | null;
}): ReactElement {
  if (goal.measure.kind === 'ability') {
    return (
      <Choice legend={`${goal.activity}: how well today?`} hint="0 = cannot, 10 = as before the problem" name={`goal-${goal.id}`}
        options={scale} value={value || undefined} onChange={onChange} error={error} path={`goals[${index}].value`} />
    );
  }
  return (
    <Field label={`${goal.activity}: how much today (${goal.measure.unit})?`} path={`goals[${index}].value`} error={error}>
      {(props) => <input {...props} type="number" inputMode="decimal" min="0" step="any" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

function CheckInForm({ file, queue, askRelief, onDone }: { file: CaseFileResponse; queue: QueueState; askRelief: boolean; onDone: (done: Done) => void }): ReactElement {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<Draft>): void => setDraft((d) => ({ ...d, ...change }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (draft.painNow === undefined) {
      setError(new ApiError(400, 'validation', 'Please answer the first question.', [{ path: 'painNow', message: 'Choose a number from 0 to 10.' }]));
      return;
    }
    setBusy(true);
    setError(null);
    const body = toBody(draft, file.goals);
    // The key is made now and stays with this check-in for every retry.
    const key = newIdempotencyKey();
    queue.add(file.episode.id, body, key);
    try {
      await api.checkIn(file.episode.id, body, key);
      queue.discard(key);
      setDraft(emptyDraft);
      onDone({ key, queued: false });
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'offline', String(caught));
      if (apiError.code === 'offline' || apiError.status >= 500) {
        setDraft(emptyDraft);
        onDone({ key, queued: true });
      } else {
        // The server refused it: nothing was saved there; show why and keep what was typed.
        queue.discard(key);
        setError(apiError);
      }
    } finally {
      setBusy(false);
    }
  };

  const goalIndex = (goalId: string): number => toBody({ ...draft, painNow: draft.painNow ?? '0' }, file.goals).goals.findIndex((g) => g.goalId === goalId);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-describedby="check-in-intro">
      <p id="check-in-intro" className="muted">About a minute. Only the first question is needed.</p>
      <div className="scale">
        <Choice legend="Pain right now" hint="0 = no pain, 10 = worst imaginable" name="painNow" options={scale}
          value={draft.painNow} onChange={(v) => set({ painNow: v })} error={error} path="painNow" />
        {file.goals.map((goal) => (
          <GoalQuestion key={goal.id} goal={goal} index={Math.max(0, goalIndex(goal.id))} value={draft.goals[goal.id] ?? ''}
            onChange={(v) => set({ goals: { ...draft.goals, [goal.id]: v } })} error={error} />
        ))}
      </div>
      {askRelief && (
        <Choice legend="Still better than before your last session?" name="relief" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] as const}
          value={draft.relief} onChange={(v) => set({ relief: v })} error={error} path="reliefSinceLastSession" />
      )}
      <div className="scale">
        <Choice legend="Sleep last night" hint="0 = very poor, 10 = very good" name="sleep" options={scale} value={draft.sleep} onChange={(v) => set({ sleep: v })} error={error} path="sleepQuality" />
        <Choice legend="Stress today" hint="0 = none, 10 = extreme" name="stress" options={scale} value={draft.stress} onChange={(v) => set({ stress: v })} error={error} path="stress" />
      </div>
      <ExerciseLog file={file} value={draft.log} onChange={(log) => set({ log })} error={error} />
      {file.programme.length === 0 && <Choice legend="Home exercises done?" name="hep" options={[{ value: 'yes', label: 'Yes' }, { value: 'partly', label: 'Partly' }, { value: 'no', label: 'No' }] as const}
        value={draft.hep} onChange={(v) => set({ hep: v })} error={error} path="hep" />}
      <Field label="Anything else? (optional)" path="note" error={error}>
        {(props) => <textarea {...props} value={draft.note} maxLength={4000} onChange={(e) => set({ note: e.target.value })} />}
      </Field>
      {error && <ErrorMessage error={error} what="save the check-in" />}
      <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Save check-in'}</button>
    </form>
  );
}

function Waiting({ queue, sendNow }: { queue: QueueState; sendNow: () => void }): ReactElement | null {
  if (queue.waiting.length === 0) return null;
  return (
    <div className="warning queue" role="status">
      <p><strong>{queue.waiting.length} check-in{queue.waiting.length > 1 ? 's' : ''} waiting to be sent.</strong></p>
      <ul>
        {queue.waiting.map((item) => (
          <li key={item.key}>
            Made {item.madeAt.slice(0, 16).replace('T', ' ')}{item.lastError ? `: ${item.lastError}` : ''}
            {item.stuck && <button type="button" className="link-button" onClick={() => queue.discard(item.key)}>Remove</button>}
          </li>
        ))}
      </ul>
      <button type="button" onClick={sendNow}>Send now</button>
    </div>
  );
}

/** A check-in just made: sent at once, or kept on the phone (then the queue says when it has gone). */
interface Done { key: string; queued: boolean }

/** The message follows the queue's real state: kept while it waits, sent once it has gone. */
function DoneNotice({ done, queue, onAnother }: { done: Done; queue: QueueState; onAnother: () => void }): ReactElement {
  const waiting = queue.waiting.some((item) => item.key === done.key);
  const text = !done.queued ? 'Thank you. Your check-in is saved.'
    : waiting ? 'No connection right now. Your check-in is kept on this phone and will be sent when you are back online.'
      : 'Your check-in has been sent. Thank you.';
  return (
    <div className={waiting ? 'warning' : 'notice'} role="status">
      <p>{text}</p>
      <button type="button" onClick={onAnother}>Another check-in</button>
    </div>
  );
}

function Graduated({ state }: { state: CareState }): ReactElement {
  return (
    <div className="notice">
      <p><strong>You have graduated.</strong> Your goals were reached and held: you now run your own programme. If symptoms flare, follow <Link to="/what-to-expect#flare-plan">your flare plan</Link>.</p>
      <p>A check-in once a month is enough now{state.nextCheckInOn ? `: the next is due on ${state.nextCheckInOn}` : ''}. You can check in any time something changes.</p>
    </div>
  );
}

function CheckInFor({ file, queue, setDone }: { file: CaseFileResponse; queue: QueueState; setDone: (done: Done) => void }): ReactElement {
  const state = careState(file, today());
  return (
    <>
      <h1>{state.heading}</h1>
      {state.kind === 'graduated' && <Graduated state={state} />}
      {(state.kind === 'referred' || state.kind === 'discharged') && (
        <p className="notice">{state.kind === 'referred' ? 'Your care has been handed on to another provider.' : 'Your course of care here has ended.'} You can still tell us how you are.</p>
      )}
      <CheckInForm file={file} queue={queue} askRelief={state.askRelief} onDone={setDone} />
    </>
  );
}

export function CheckInPage(): ReactElement {
  const session = useSession();
  const file = useResource(() => loadMyEpisode(session.user?.patientId), [session.user?.patientId]);
  const [done, setDone] = useState<Done | null>(null);
  const queue = useCheckInQueue();
  const sendNow = (): void => {
    void (async () => {
      if (session.offline) await session.reconnect();
      await queue.flush();
    })();
  };
  return (
    <section className="narrow">
      {done && <><h1>Check-in</h1><DoneNotice done={done} queue={queue} onAnother={() => setDone(null)} /></>}
      {!done && <Show resource={file} what="your goals">{(f) => <CheckInFor file={f.file} queue={queue} setDone={setDone} />}</Show>}
      {!done && file.state !== 'ready' && <h1 className="visually-hidden">Check-in</h1>}
      <Waiting queue={queue} sendNow={sendNow} />
    </section>
  );
}
