// Search the library to add to the programme (spec §4b): by pattern, by goal (the patterns the goal
// depends on), or by words. The library is loaded once per page; filtering happens here.
import { useState, type ReactElement } from 'react';
import type { CaseFileResponse, ExerciseKind, LibraryExercise } from '../client/types.ts';
import { doseText, kindLabel } from './words.ts';

const kinds = Object.keys(kindLabel) as ExerciseKind[];
/** How many results show before "Show all": a glance, then the rest on request. */
const SHOWN = 12;

export function ExerciseSearch({ file, library, chosen, onAdd }: {
  file: CaseFileResponse; library: readonly LibraryExercise[]; chosen: ReadonlySet<string>; onAdd: (exercise: LibraryExercise) => void;
}): ReactElement {
  const [kind, setKind] = useState<ExerciseKind | ''>('');
  const [goalId, setGoalId] = useState('');
  const [words, setWords] = useState('');
  const [all, setAll] = useState(false);
  const goalPatterns = new Set(file.goals.find((g) => g.id === goalId)?.patterns ?? []);
  const terms = words.toLowerCase().split(/\s+/).filter(Boolean);
  const found = library.filter((e) => (kind === '' || e.kind === kind)
    && (goalId === '' || (goalPatterns as Set<string>).has(e.kind))
    && terms.every((t) => `${e.name} ${e.trains} ${e.ladder}`.toLowerCase().includes(t)))
    .sort((a, b) => a.ladder.localeCompare(b.ladder) || a.step - b.step);
  return (
    <section className="card" aria-labelledby="search-h">
      <h2 id="search-h">Add from the library</h2>
      <div className="toolbar">
        <label>Pattern
          <select value={kind} onChange={(e) => setKind(e.target.value as ExerciseKind | '')}>
            <option value="">All</option>
            {kinds.map((k) => <option key={k} value={k}>{kindLabel[k]}</option>)}
          </select>
        </label>
        <label>For the goal
          <select value={goalId} onChange={(e) => setGoalId(e.target.value)}>
            <option value="">Any goal</option>
            {file.goals.map((g) => <option key={g.id} value={g.id}>{g.activity}{g.patterns.length > 0 ? ` (${g.patterns.join(', ')})` : ''}</option>)}
          </select>
        </label>
        <label>Words
          <input type="search" value={words} onChange={(e) => setWords(e.target.value)} placeholder="bridge, walk, balance…" />
        </label>
      </div>
      {goalId !== '' && goalPatterns.size === 0 && <p className="muted">This goal names no movement patterns yet: set them in the intake.</p>}
      <p className="muted" role="status">{found.length} exercise{found.length === 1 ? '' : 's'}</p>
      <ul className="exercise-results">
        {(all ? found : found.slice(0, SHOWN)).map((e) => (
          <li key={e.id}>
            <div>
              <strong>{e.name}</strong> <span className="muted">{kindLabel[e.kind]} · {e.ladder} step {e.step}{e.source === 'clinic' ? ' · this clinic' : ''}</span>
              <div className="muted">{e.trains}. Starts at {doseText(e.startDose)}.</div>
            </div>
            <button type="button" disabled={chosen.has(e.id)} onClick={() => onAdd(e)} aria-label={`Add ${e.name}`}>{chosen.has(e.id) ? 'Added' : 'Add'}</button>
          </li>
        ))}
      </ul>
      {!all && found.length > SHOWN && <button type="button" onClick={() => setAll(true)}>Show all {found.length}</button>}
    </section>
  );
}
