// The movement patterns over time (spec §4b): one row per pattern, one column per assessment, each
// cell the quality (0-3), the pain during and what was tolerated. A skipped assessment shows why.
import type { ReactElement } from 'react';
import type { MovementAssessment, MovementPattern, PatternRating } from '../client/types.ts';
import { patternLabel } from './words.ts';

const patterns = Object.keys(patternLabel) as MovementPattern[];

function tolerated(rating: PatternRating): string {
  const t = rating.tolerated;
  if (!t) return '';
  return [t.kg !== undefined ? `${t.kg} kg` : '', t.repetitions !== undefined ? `${t.repetitions} reps` : '', t.seconds !== undefined ? `${t.seconds} s` : '', t.metres !== undefined ? `${t.metres} m` : '']
    .filter(Boolean).join(', ');
}

export function MovementTable({ assessments }: { assessments: readonly MovementAssessment[] }): ReactElement {
  const sorted = [...assessments].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0) return <p className="muted">No movement assessment yet.</p>;
  const rated = patterns.filter((p) => sorted.some((a) => a.ratings.some((r) => r.pattern === p)));
  return (
    <div className="table-scroll">
      <table className="movement">
        <caption className="visually-hidden">Movement patterns over time: quality 0 (unable) to 3 (well), pain during 0-10</caption>
        <thead>
          <tr><th scope="col">Pattern</th>{sorted.map((a) => <th scope="col" key={a.id}>{a.date}<div className="muted">{a.context}</div></th>)}</tr>
        </thead>
        <tbody>
          {sorted.some((a) => a.skippedReason) && (
            <tr><th scope="row">Skipped</th>{sorted.map((a) => <td key={a.id}>{a.skippedReason ?? ''}</td>)}</tr>
          )}
          {rated.map((p) => (
            <tr key={p}>
              <th scope="row">{patternLabel[p]}</th>
              {sorted.map((a) => {
                const r = a.ratings.find((x) => x.pattern === p);
                return <td key={a.id}>{r ? <><strong className={`quality-${r.quality}`}>quality {r.quality}</strong>, pain {r.painDuring}{tolerated(r) ? `; ${tolerated(r)}` : ''}{r.note ? <div className="muted">{r.note}</div> : null}</> : <span className="muted">–</span>}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
