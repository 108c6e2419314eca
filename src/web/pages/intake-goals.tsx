// The intake's goals: what the patient wants to get back to, each with a measure, a baseline and a
// target. Saved one by one (each is its own record).
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { CaseFileResponse, Goal, MovementPattern } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState } from '../components/form-state.ts';
import { ErrorMessage } from '../components/status.tsx';
import { today } from '../episode-data.ts';
import { patternLabel } from '../programme/words.ts';

const patterns = Object.keys(patternLabel) as MovementPattern[];

type Unit = Extract<Goal['measure'], { kind: 'capacity' }>['unit'];
const units: Unit[] = ['minutes', 'hours', 'km', 'metres', 'kg', 'repetitions', 'steps'];

export function IntakeGoals({ file, onSaved }: { file: CaseFileResponse; onSaved: () => void }): ReactElement {
  const form = useFormState();
  const empty = { activity: '', kind: 'ability' as 'ability' | 'capacity', unit: 'minutes' as Unit, baseline: '', target: '', patterns: [] as MovementPattern[] };
  const [goal, setGoal] = useState(empty);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const saved = await form.run(() => api.addGoal(file.episode.id, {
      activity: goal.activity,
      measure: goal.kind === 'ability' ? { kind: 'ability' } : { kind: 'capacity', unit: goal.unit },
      baseline: goal.baseline === '' ? Number.NaN : Number(goal.baseline),
      target: goal.target === '' ? Number.NaN : Number(goal.target),
      setOn: file.episode.startDate > today() ? file.episode.startDate : today(),
      patterns: goal.patterns,
    }));
    if (saved) {
      setGoal(empty);
      onSaved();
    }
  };

  return (
    <section className="card" aria-labelledby="intake-goals">
      <h2 id="intake-goals">Goals</h2>
      {file.goals.length === 0 ? <p className="muted">No goals yet. Ask what the patient wants to get back to doing.</p> : (
        <ul>
          {file.goals.map((g) => (
            <li key={g.id}>{g.activity}: {g.baseline} → {g.target} {g.measure.kind === 'capacity' ? g.measure.unit : '(ability 0-10)'}{g.patterns.length > 0 ? `; needs ${g.patterns.map((p) => patternLabel[p].toLowerCase()).join(', ')}` : ''}</li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a goal">
        <Field label="Activity, in the patient's words" path="activity" error={form.error} hint='For example "walk 30 minutes without next-day pain"'>
          {(a) => <input {...a} value={goal.activity} onChange={(e) => setGoal({ ...goal, activity: e.target.value })} />}
        </Field>
        <div className="row">
          <Field label="Measure" path="measure" error={form.error}>
            {(a) => (
              <select {...a} value={goal.kind} onChange={(e) => setGoal({ ...goal, kind: e.target.value as 'ability' | 'capacity' })}>
                <option value="ability">Ability 0-10</option><option value="capacity">Amount (minutes, km, kg…)</option>
              </select>
            )}
          </Field>
          {goal.kind === 'capacity' && (
            <Field label="Unit" path="measure.unit" error={form.error}>
              {(a) => <select {...a} value={goal.unit} onChange={(e) => setGoal({ ...goal, unit: e.target.value as Unit })}>{units.map((u) => <option key={u}>{u}</option>)}</select>}
            </Field>
          )}
          <Field label="Baseline" path="baseline" error={form.error}>
            {(a) => <input {...a} type="number" min="0" step="any" inputMode="decimal" value={goal.baseline} onChange={(e) => setGoal({ ...goal, baseline: e.target.value })} />}
          </Field>
          <Field label="Target" path="target" error={form.error}>
            {(a) => <input {...a} type="number" min="0" step="any" inputMode="decimal" value={goal.target} onChange={(e) => setGoal({ ...goal, target: e.target.value })} />}
          </Field>
        </div>
        <fieldset>
          <legend>Movement patterns it depends on</legend>
          <div className="choice-options">
            {patterns.map((p) => (
              <label key={p} className={goal.patterns.includes(p) ? 'chosen' : ''}>
                <input type="checkbox" checked={goal.patterns.includes(p)} onChange={(e) => setGoal({ ...goal, patterns: e.target.checked ? [...goal.patterns, p] : goal.patterns.filter((x) => x !== p) })} />
                <span>{patternLabel[p]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {form.error && form.error.details.length === 0 && <ErrorMessage error={form.error} what="add the goal" />}
        {form.error && form.error.details.some((d) => d.path.startsWith('goals')) && <ErrorMessage error={form.error} what="add the goal" />}
        <button type="submit" disabled={form.busy}>{form.busy ? 'Adding…' : 'Add goal'}</button>
      </form>
    </section>
  );
}
