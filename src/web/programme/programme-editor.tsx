// The programme being edited (spec §4b): one row per exercise with its dose (sets, amount, load),
// days a week, the engine's advice with its reasons (and a button to take it), a step up or down
// its ladder, and remove. Edits stay here until the clinician saves them as a new version.
import type { ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import type { Dose, LibraryExercise, ProgrammeAdvice, ProgrammeItem } from '../client/types.ts';
import { Field } from '../components/field.tsx';
import { adviceLabel, doseAmount, doseText, doseUnit, ladderOf } from './words.ts';

interface RowProps {
  item: ProgrammeItem;
  index: number;
  exercise: LibraryExercise | undefined;
  library: readonly LibraryExercise[];
  advice: ProgrammeAdvice | undefined;
  error: ApiError | null;
  today: string;
  onChange: (item: ProgrammeItem) => void;
  onRemove: () => void;
}

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

function DoseFields({ item, index, exercise, error, onChange }: Pick<RowProps, 'item' | 'index' | 'exercise' | 'error' | 'onChange'>): ReactElement {
  const unit = doseUnit(item.dose);
  const set = (change: Partial<Dose>): void => onChange({ ...item, dose: { ...item.dose, ...change } });
  const path = `items[${index}]`;
  return (
    <div className="row">
      <Field label="Sets" path={`${path}.dose.sets`} error={error}>
        {(a) => <input {...a} type="number" min="1" max="10" inputMode="numeric" value={String(item.dose.sets)} onChange={(e) => set({ sets: number(e.target.value) })} />}
      </Field>
      <Field label={unit === 'reps' ? 'Repetitions' : unit === 'seconds' ? 'Seconds' : unit === 'minutes' ? 'Minutes' : 'Metres'} path={`${path}.dose.${unit}`} error={error}>
        {(a) => <input {...a} type="number" min="1" inputMode="numeric" value={String(doseAmount(item.dose))} onChange={(e) => set({ [unit]: number(e.target.value) })} />}
      </Field>
      {exercise?.loaded && (
        <Field label="Load (kg)" path={`${path}.dose.loadKg`} error={error}>
          {(a) => <input {...a} type="number" min="0" step="0.5" inputMode="decimal" value={item.dose.loadKg === undefined ? '' : String(item.dose.loadKg)} onChange={(e) => set({ loadKg: e.target.value === '' ? undefined : number(e.target.value) })} />}
        </Field>
      )}
      <Field label="Days a week" path={`${path}.daysPerWeek`} error={error}>
        {(a) => <input {...a} type="number" min="1" max="7" inputMode="numeric" value={String(item.daysPerWeek)} onChange={(e) => onChange({ ...item, daysPerWeek: number(e.target.value) })} />}
      </Field>
    </div>
  );
}

function Row({ item, index, exercise, library, advice, error, today, onChange, onRemove }: RowProps): ReactElement {
  const ladder = exercise ? ladderOf(library, exercise) : [];
  const at = exercise ? ladder.findIndex((e) => e.id === exercise.id) : -1;
  const above = at >= 0 ? ladder[at + 1] : undefined;
  const below = at > 0 ? ladder[at - 1] : undefined;
  const moveTo = (next: LibraryExercise, dose: Dose): void => onChange({ ...item, exerciseId: next.id, dose, startDate: today });
  const takeAdvice = (): void => {
    if (!advice) return;
    const next = library.find((e) => e.id === advice.nextExerciseId);
    onChange({ ...item, exerciseId: advice.nextExerciseId, dose: advice.nextDose, ...(next && next.id !== item.exerciseId ? { startDate: today } : {}) });
  };
  const followed = advice !== undefined && advice.nextExerciseId === item.exerciseId && JSON.stringify(advice.nextDose) === JSON.stringify(item.dose);
  const name = exercise?.name ?? item.exerciseId;
  return (
    <li className="card programme-item" aria-label={name}>
      <div className="page-head">
        <h3>{name} <span className="muted">{exercise ? `${exercise.ladder} step ${exercise.step} of ${ladder.length}` : ''}</span></h3>
        {advice && <span className={`badge advice-${advice.advice}`}>{adviceLabel[advice.advice]}</span>}
      </div>
      <DoseFields item={item} index={index} exercise={exercise} error={error} onChange={onChange} />
      {advice && (
        <details>
          <summary>Engine: {adviceLabel[advice.advice].toLowerCase()} from {doseText(advice.dose)}{advice.advice !== 'hold' ? ` to ${advice.nextExerciseId === advice.exerciseId ? '' : `${library.find((e) => e.id === advice.nextExerciseId)?.name ?? advice.nextExerciseId}, `}${doseText(advice.nextDose)}` : ''}</summary>
          <ul className="reasons">{advice.reasons.map((r) => <li key={r.rule + r.text}>{r.text}</li>)}</ul>
        </details>
      )}
      <div className="actions">
        {advice && advice.advice !== 'hold' && <button type="button" disabled={followed} onClick={takeAdvice}>{followed ? 'Advice taken' : `Take the advice (${adviceLabel[advice.advice].toLowerCase()})`}</button>}
        <button type="button" disabled={!above} onClick={() => above && moveTo(above, above.startDose)}>Step up the ladder{above ? `: ${above.name}` : ''}</button>
        <button type="button" disabled={!below} onClick={() => below && moveTo(below, below.topDose)}>Step down{below ? `: ${below.name}` : ''}</button>
        <button type="button" className="link-button" onClick={onRemove}>Remove</button>
      </div>
    </li>
  );
}

export function ProgrammeEditor({ items, library, advice, error, today, onChange }: {
  items: readonly ProgrammeItem[]; library: readonly LibraryExercise[]; advice: readonly ProgrammeAdvice[]; error: ApiError | null; today: string;
  onChange: (items: ProgrammeItem[]) => void;
}): ReactElement {
  if (items.length === 0) return <p className="muted">No exercises yet: add them from the library below.</p>;
  return (
    <ol className="programme-items">
      {items.map((item, i) => (
        <Row key={`${item.exerciseId}-${i}`} item={item} index={i} exercise={library.find((e) => e.id === item.exerciseId)} library={library}
          advice={advice.find((a) => a.exerciseId === item.exerciseId)} error={error} today={today}
          onChange={(next) => onChange(items.map((x, j) => (j === i ? next : x)))} onRemove={() => onChange(items.filter((_, j) => j !== i))} />
      ))}
    </ol>
  );
}
