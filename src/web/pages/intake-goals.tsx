// The intake's goals: what the patient wants to get back to, each with a measure, a baseline and a
// target. Saved one by one (each is its own record), each correctable (with the version read) and
// removable with a reason. The form checks itself before sending; the API's messages land by the field.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Goal, MovementPattern, StoredGoal } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { useFormState, type FieldProblem } from '../components/form-state.ts';
import { RemovedList, RemoveRecord } from '../components/remove-record.tsx';
import { ErrorMessage } from '../components/status.tsx';
import { today, type EpisodeData } from '../episode-data.ts';
import { patternLabel } from '../programme/words.ts';
import { unitLabel } from '../words.ts';

const patterns = Object.keys(patternLabel) as MovementPattern[];

type Unit = Extract<Goal['measure'], { kind: 'capacity' }>['unit'];
const units = Object.keys(unitLabel) as Unit[];
interface Draft { activity: string; kind: 'ability' | 'capacity'; unit: Unit; baseline: string; target: string; patterns: MovementPattern[] }
const empty: Draft = { activity: '', kind: 'ability', unit: 'minutes', baseline: '', target: '', patterns: [] };

const draftOf = (g: StoredGoal): Draft => ({
  activity: g.activity, kind: g.measure.kind, unit: g.measure.kind === 'capacity' ? g.measure.unit : 'minutes', baseline: String(g.baseline), target: String(g.target),
  patterns: g.patterns,
});

function problemsOf(d: Draft): FieldProblem[] {
  const baseline = d.baseline.trim() === '' ? Number.NaN : Number(d.baseline);
  const target = d.target.trim() === '' ? Number.NaN : Number(d.target);
  const problems: FieldProblem[] = [];
  if (d.activity.trim() === '') problems.push({ path: 'activity', message: 'Say what the patient wants to do, in their words' });
  if (Number.isNaN(baseline) || baseline < 0) problems.push({ path: 'baseline', message: 'Enter where they are now, 0 or more' });
  if (Number.isNaN(target) || target < 0) problems.push({ path: 'target', message: 'Enter the target, 0 or more' });
  else if (!Number.isNaN(baseline) && target <= baseline) problems.push({ path: 'target', message: 'The target must be above the baseline' });
  if (d.kind === 'ability' && target > 10) problems.push({ path: 'target', message: 'An ability is rated 0 to 10' });
  return problems;
}

function GoalForm({ episodeId, setOn, goal, onSaved, onCancel }: { episodeId: string; setOn: string; goal?: StoredGoal; onSaved: () => void; onCancel?: () => void }): ReactElement {
  const form = useFormState();
  const [d, setD] = useState<Draft>(() => (goal ? draftOf(goal) : empty));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!form.check(problemsOf(d))) return;
    const body = {
      activity: d.activity.trim(), measure: d.kind === 'ability' ? { kind: 'ability' as const } : { kind: 'capacity' as const, unit: d.unit },
      baseline: Number(d.baseline), target: Number(d.target), setOn: goal?.setOn ?? setOn, patterns: d.patterns,
    };
    const saved = await form.run(() => (goal ? api.editGoal(goal.id, { ...body, version: goal.version }) : api.addGoal(episodeId, body)));
    if (saved) {
      setD(empty);
      onSaved();
    }
  };
  return (
    <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate aria-label={goal ? `Correct the goal ${goal.activity}` : 'Add a goal'}>
      <Field label="Activity, in the patient's words" path="activity" error={form.error} hint='For example "walk 30 minutes without next-day pain"'>
        {(a) => <input {...a} value={d.activity} onChange={(e) => setD({ ...d, activity: e.target.value })} />}
      </Field>
      <div className="row">
        <Field label="Measure" path="measure" error={form.error}>
          {(a) => (
            <select {...a} value={d.kind} onChange={(e) => setD({ ...d, kind: e.target.value as Draft['kind'] })}>
              <option value="ability">Ability 0-10</option><option value="capacity">Amount (minutes, km, kg…)</option>
            </select>
          )}
        </Field>
        {d.kind === 'capacity' && (
          <Field label="Unit" path="measure.unit" error={form.error}>
            {(a) => <select {...a} value={d.unit} onChange={(e) => setD({ ...d, unit: e.target.value as Unit })}>{units.map((u) => <option key={u} value={u}>{unitLabel[u]}</option>)}</select>}
          </Field>
        )}
        <Field label="Baseline" path="baseline" error={form.error}>
          {(a) => <input {...a} type="number" min="0" step="any" inputMode="decimal" value={d.baseline} onChange={(e) => setD({ ...d, baseline: e.target.value })} />}
        </Field>
        <Field label="Target" path="target" error={form.error}>
          {(a) => <input {...a} type="number" min="0" step="any" inputMode="decimal" value={d.target} onChange={(e) => setD({ ...d, target: e.target.value })} />}
        </Field>
      </div>
      <fieldset>
        <legend>Movement patterns it depends on</legend>
        <div className="choice-options">
          {patterns.map((pattern) => (
            <label key={pattern} className={d.patterns.includes(pattern) ? 'chosen' : ''}>
              <input type="checkbox" checked={d.patterns.includes(pattern)} onChange={(e) => setD({ ...d, patterns: e.target.checked ? [...d.patterns, pattern] : d.patterns.filter((x) => x !== pattern) })} />
              <span>{patternLabel[pattern]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {form.error && <ErrorMessage error={form.error} what={goal ? 'correct the goal' : 'add the goal'} reload={onSaved} />}
      <div className="actions">
        <button type="submit" disabled={form.busy}>{form.busy ? 'Saving…' : goal ? 'Save the correction' : 'Add goal'}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}

export function IntakeGoals({ data, onSaved }: { data: EpisodeData; onSaved: () => void }): ReactElement {
  const { file } = data;
  const [editing, setEditing] = useState<string | null>(null);
  const setOn = file.episode.startDate > today() ? file.episode.startDate : today();
  const saved = (): void => { setEditing(null); onSaved(); };
  return (
    <section className="card" aria-labelledby="intake-goals">
      <h2 id="intake-goals">Goals</h2>
      {file.goals.length === 0 ? <p className="muted">No goals yet. Ask what the patient wants to get back to doing.</p> : (
        <ul className="records">
          {file.goals.map((g) => (
            <li key={g.id}>
              {editing === g.id ? <GoalForm episodeId={file.episode.id} setOn={setOn} goal={g} onSaved={saved} onCancel={() => setEditing(null)} /> : (
                <>
                  <span>{g.activity}: {g.baseline} → {g.target} {g.measure.kind === 'capacity' ? unitLabel[g.measure.unit] : '(ability 0-10)'}{g.patterns.length > 0 ? `; needs ${g.patterns.map((pattern) => patternLabel[pattern].toLowerCase()).join(', ')}` : ''}</span>
                  <span className="record-actions">
                    <button type="button" className="small" onClick={() => setEditing(g.id)} aria-label={`Correct the goal ${g.activity}`}>Correct</button>
                    <RemoveRecord kind="goal" id={g.id} version={g.version} what={`the goal ${g.activity}`} onRemoved={onSaved} />
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <RemovedList items={data.removed.goals.map((g) => ({ key: g.id, text: g.activity, removed: g.removed }))} />
      <h3>Add a goal</h3>
      <GoalForm episodeId={file.episode.id} setOn={setOn} onSaved={onSaved} />
    </section>
  );
}
