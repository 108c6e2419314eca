// The irritability series on the patient page (spec §4a.1): the intake grade and every later grade,
// newest first, with the one the engine reads today marked. A later grade given in error is removed
// with a reason (kept, marked removed); from today the grade before it is in force again. The intake
// grade is corrected on the intake page, so it has no remove control here.
import type { ReactElement } from 'react';
import { RemovedList, RemoveRecord } from '../components/remove-record.tsx';
import type { EpisodeData } from '../episode-data.ts';
import { irritabilityLabel } from '../words.ts';

const where = { session: 'at a session', checkpoint: 'at a checkpoint', other: 'outside a session or checkpoint' } as const;

export function IrritabilityGradesCard({ data, onChanged }: { data: EpisodeData; onChanged: () => void }): ReactElement | null {
  const { file, assessment } = data;
  const current = assessment.screening.irritability.current;
  const grades = [...file.irritabilityGrades].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  const intake = file.intake.irritability;
  if (grades.length === 0 && data.removed.irritabilityGrades.length === 0) return null;
  // The engine names the grade it reads by its day, grade and where it was given: mark the first that matches.
  const inForce = current === null ? -1 : grades.findIndex((g) => g.date === current.date && g.grade === current.grade && g.context === current.source);
  return (
    <section className="card" aria-labelledby="irritability-h">
      <h2 id="irritability-h">Irritability grades</h2>
      <ul className="records">
        {grades.map((g, i) => (
          <li key={g.id}>
            <span><strong>{irritabilityLabel[g.grade]}</strong> on {g.date}, {where[g.context]}{i === inForce ? <> <span className="badge">in force</span></> : null}</span>
            <span className="record-actions">
              <RemoveRecord kind="irritability-grade" id={g.id} version={g.version} what={`the irritability grade of ${g.date}`} onRemoved={onChanged} />
            </span>
          </li>
        ))}
        {intake.confirmed && (
          <li key="intake">
            <span><strong>{irritabilityLabel[intake.confirmed]}</strong> at intake{intake.confirmedOn ? ` on ${intake.confirmedOn}` : ''}{current?.source === 'intake' ? <> <span className="badge">in force</span></> : null}</span>
          </li>
        )}
      </ul>
      <RemovedList items={data.removed.irritabilityGrades.map((g) => ({ key: g.id, text: `${irritabilityLabel[g.grade]} on ${g.date}`, removed: g.removed }))} />
    </section>
  );
}
