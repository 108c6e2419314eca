// The active phase on the patient page (spec §4b): the programme in brief with the engine's advice
// per exercise, and the movement patterns over time, each with the way to its own page.
import type { ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { Assessment, CaseFileResponse } from '../client/types.ts';
import { Link } from '../router.tsx';
import { useResource } from '../use-resource.ts';
import { MovementTable } from './movement-table.tsx';
import { adviceLabel, doseText } from './words.ts';

export function ActivePhaseCards({ file, assessment }: { file: CaseFileResponse; assessment: Assessment }): ReactElement {
  const current = [...file.programme].sort((a, b) => a.date.localeCompare(b.date) || (a.recordedAt ?? '').localeCompare(b.recordedAt ?? '')).at(-1);
  // Names come with the programme (built-in or the clinic's own); until then the ids stand in.
  const programme = useResource(() => (file.programme.length === 0 ? Promise.resolve(null) : api.programme(file.episode.id)), [file.episode.id, file.programme.length]);
  const name = (id: string): string => (programme.state === 'ready' ? programme.data?.exercises.find((e) => e.id === id)?.name : undefined) ?? id;
  return (
    <div className="grid">
      <section className="card" aria-labelledby="programme-h">
        <div className="page-head">
          <h2 id="programme-h">Exercise programme</h2>
          <Link to={`/episodes/${file.episode.id}/programme`}>Programme</Link>
        </div>
        {!current || current.items.length === 0 ? <p className="muted">No programme yet.</p> : (
          <ul className="advice-list">
            {assessment.programme.map((a) => (
              <li key={a.exerciseId}>
                <span className={`badge advice-${a.advice}`}>{adviceLabel[a.advice]}</span> {name(a.exerciseId)} {doseText(a.dose)}
                {a.advice !== 'hold' && <span className="muted"> → {a.nextExerciseId === a.exerciseId ? '' : `${name(a.nextExerciseId)} `}{doseText(a.nextDose)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="movement-h">
        <div className="page-head">
          <h2 id="movement-h">Movement patterns</h2>
          <Link to={`/episodes/${file.episode.id}/movement`}>Movement assessment</Link>
        </div>
        <MovementTable assessments={file.movementAssessments} />
      </section>
    </div>
  );
}
