// Today's check-in, made for a phone and for under a minute: pain now, each goal by its own name,
// relief since the last session, sleep, stress, home exercises and a note. It is kept on the phone
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

function CheckInForm({ file, queue, onDone }: { file: CaseFileResponse; queue: QueueState; onDone: (message: string) => void }): ReactElement {
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
      onDone('Thank you. Your check-in is saved.');
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'offline', String(caught));
      if (apiError.code === 'offline' || apiError.status >= 500) {
        setDraft(emptyDraft);
        onDone('No connection right now. Your check-in is kept on this phone and will be sent when you are back online.');
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
      <Choice legend="Still better than before your last session?" name="relief" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] as const}
        value={draft.relief} onChange={(v) => set({ relief: v })} error={error} path="reliefSinceLastSession" />
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

function Waiting({ queue }: { queue: QueueState }): ReactElement | null {
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
      <button type="button" onClick={() => void queue.flush()}>Send now</button>
    </div>
  );
}

export function CheckInPage(): ReactElement {
  const { user } = useSession();
  const file = useResource(() => loadMyEpisode(user?.patientId), [user?.patientId]);
  const [done, setDone] = useState<string | null>(null);
  const queue = useCheckInQueue();
  return (
    <section className="narrow">
      <h1>Today's check-in</h1>
      {done && (
        <div className="notice" role="status">
          <p>{done}</p>
          <button type="button" onClick={() => setDone(null)}>Another check-in</button>
        </div>
      )}
      {!done && <Show resource={file} what="your goals">{(f) => <CheckInForm file={f} queue={queue} onDone={setDone} />}</Show>}
      <Waiting queue={queue} />
    </section>
  );
}
