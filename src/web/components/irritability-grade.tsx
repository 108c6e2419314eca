// Irritability graded again (spec §4a.1): the grade now, beside the one it replaces. The intake grade
// stays on the intake page; these later grades form the series the engine reads (the latest
// confirmed grade on or before the day it assesses).
import type { ReactElement } from 'react';
import type { ApiError } from '../client/client.ts';
import type { CaseFileResponse, Irritability } from '../client/types.ts';
import { Field } from './field.tsx';

const grades: Irritability[] = ['high', 'moderate', 'low'];

/** The grade in force now: the latest later grade, else the intake's confirmed one. */
export function latestGrade(file: CaseFileResponse): { grade: Irritability; date: string; where: string } | null {
  const later = [...file.irritabilityGrades].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).at(-1);
  if (later) return { grade: later.grade, date: later.date, where: later.context === 'other' ? 'graded again' : `graded at a ${later.context}` };
  const intake = file.intake.irritability;
  return intake.confirmed ? { grade: intake.confirmed, date: intake.confirmedOn ?? file.episode.startDate, where: 'at intake' } : null;
}

export function IrritabilityGradeField({ file, value, onChange, error, path = 'grade', optional }: {
  file: CaseFileResponse;
  value: Irritability | '';
  onChange: (grade: Irritability | '') => void;
  error: ApiError | null;
  path?: string;
  /** Offer "not graded" (the session note: grading is optional there). */
  optional: boolean;
}): ReactElement {
  const current = latestGrade(file);
  const hint = current ? `Now ${current.grade} (${current.where}, ${current.date}).` : 'Not graded yet.';
  return (
    <Field label="Irritability now" path={path} error={error} hint={hint}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value as Irritability | '')}>
          {optional && <option value="">not graded at this session</option>}
          {grades.map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
      )}
    </Field>
  );
}
